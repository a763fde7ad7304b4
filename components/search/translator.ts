import type { getTranslations } from 'next-intl/server';

/**
 * The `search` namespace's translator, fetched once per page and handed to the result components:
 * a results page renders hundreds of labels, and building a translator per component was the
 * largest cost of rendering one.
 */
export type SearchT = Awaited<ReturnType<typeof getTranslations<'search'>>>;
