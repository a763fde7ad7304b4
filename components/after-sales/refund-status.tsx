import { getTranslations } from 'next-intl/server';
import type { TravellerRequestView } from '@/lib/after-sales/list-order-requests';
import { formatMoney } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { CARD_REFUND_TIME } from '@/lib/rules';

/** Requested → approved → sent (with the provider's refund id) or failed, and the 1–30 days notice (Agreement 6.5). */
export async function RefundStatus({ refund, locale }: { refund: TravellerRequestView['refund']; locale: Locale }) {
  if (refund.progress === 'none') return null;
  const t = await getTranslations({ locale, namespace: 'afterSales' });
  const amount = refund.amount ? formatMoney(refund.amount, locale) : '';
  return (
    <div className="flex flex-col gap-1 text-sm" data-testid="refund-status">
      <p className="font-medium">{refund.progress === 'failed' ? t('refund.failed') : t(`refund.${refund.progress}`, { amount })}</p>
      {refund.providerRefundRef && <p>{t('refund.providerRef', { ref: refund.providerRefundRef })}</p>}
      {refund.cardNotice && <p className="text-slate-700">{t('refund.cardNotice', { min: CARD_REFUND_TIME.minDays, max: CARD_REFUND_TIME.maxDays })}</p>}
    </div>
  );
}
