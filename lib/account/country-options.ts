import { intlLocale, type Locale } from '@/lib/i18n/locales';
import { countryCodes } from './countries';

/** Countries for a nationality select, named and sorted in the reader's language. */
export function countryOptions(locale: Locale): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([intlLocale[locale]], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(intlLocale[locale]);
  return countryCodes
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
