/**
 * The price alert: the new price, the link back to the results, and the one-click stop link. Written
 * in the language of the page the search was saved from; the payload holds the alert id only.
 */
import 'server-only';
import { z } from 'zod';
import { db } from '../db/client';
import { env } from '../env';
import { formatMoney } from '../i18n/format';
import { renderMailLayout } from '../mail/layout';
import type { MailTemplate, RenderedMail } from '../mail/outbox/types';
import { mailTranslator } from '../mail/translate';
import { summariseSearch } from './describe-search';
import { resultsPath } from './normalise-search';
import { PRICE_ALERT_MAIL } from './run-price-alerts';
import { stopTokenFor } from './stop-token';

const payloadSchema = z.object({ alertId: z.uuid() });

export const priceAlertMail: MailTemplate = {
  name: PRICE_ALERT_MAIL,
  async render(payload, { locale }): Promise<RenderedMail | null> {
    const { alertId } = payloadSchema.parse(payload);
    const alert = await db.priceAlert.findUnique({ where: { id: alertId }, include: { savedSearch: { select: { id: true, kind: true, queryKey: true, ceilingMinor: true, ceilingCurrency: true } } } });
    // The traveller stopped or deleted the search (or the account) before the mail went out.
    if (!alert) return null;
    const search = alert.savedSearch;
    const t = mailTranslator(locale, 'alerts');
    const base = env().APP_URL.replace(/\/$/, '');
    const summary = summariseSearch(search.kind, search.queryKey, locale);
    const what = summary.kind === 'FLIGHT' ? t('mail.flight', { from: summary.from, to: summary.to, date: summary.depart }) : t('mail.hotel', { city: summary.city, checkIn: summary.checkIn, checkOut: summary.checkOut });
    const price = formatMoney({ amount: alert.priceMinor, currency: alert.currency }, locale);
    const paragraphs = [
      t(alert.reason === 'DROP' ? 'mail.dropIntro' : 'mail.ceilingIntro', { what, price }),
      ...(search.ceilingMinor !== null && search.ceilingCurrency ? [t('mail.ceiling', { ceiling: formatMoney({ amount: search.ceilingMinor, currency: search.ceilingCurrency }, locale) })] : []),
      t('mail.recheck'),
    ];
    const { html, text } = renderMailLayout({
      locale,
      brand: t('mail.brand'),
      heading: t('mail.heading', { price }),
      paragraphs,
      action: { label: t('mail.openResults'), url: `${base}/${locale}${resultsPath(search.kind, search.queryKey)}` },
      notes: [t('mail.why')],
      secondaryLink: { label: t('mail.stop'), url: `${base}/api/alerts/stop?${new URLSearchParams({ token: stopTokenFor(search.id) })}` },
      footer: t('mail.footer'),
    });
    return { subject: t('mail.subject', { what, price }), text, html };
  },
};
