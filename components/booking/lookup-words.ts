import { getTranslations } from 'next-intl/server';
import type { BookingLookupWords } from './lookup-form';

/** The look-up form's labels in the page's language (the form ships no next-intl client). */
export async function bookingLookupWords(locale: string): Promise<BookingLookupWords> {
  const t = await getTranslations({ locale, namespace: 'booking.lookup' });
  return { reference: t('reference'), referenceHint: t('referenceHint'), surname: t('surname'), surnameHint: t('surnameHint'), submit: t('submit'), submitting: t('submitting') };
}
