import type { getTranslations } from 'next-intl/server';

/**
 * The `search` namespace's translator, fetched once per page and handed to the result components:
 * a results page renders hundreds of labels, and building a translator per component was the
 * largest cost of rendering one.
 */
export type SearchT = Awaited<ReturnType<typeof getTranslations<'search'>>>;

/**
 * A catalog code's name, or the supplier's own words: the built-in catalog's room types, beds and boards
 * are codes with names in every language, a real supplier's (Duffel Stays) are free text in its language.
 */
export function codeOrText(t: SearchT, key: string, raw: string): string {
  return t.has(key as 'hotels.roomTypes.SUITE') ? t(key as 'hotels.roomTypes.SUITE') : raw;
}
