import { getLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { ResultsSkeleton } from '../_shared/results-skeleton';

export default async function Loading() {
  const locale = (await getLocale()) as Locale;
  return <ResultsSkeleton locale={locale} />;
}
