import type { StaffField } from '@/components/support/staff-form';
import { PROMO_CURRENCIES, PROMO_KINDS, type PromoCodeView } from '@/lib/after-sales/admin/promo-codes';

type T = (key: string, values?: Record<string, string | number>) => string;

/** The promo code form's fields (Agreement 7 limits), with an existing code's values when editing. */
export function promoCodeFields(t: T, promo?: PromoCodeView): StaffField[] {
  return [
    ...(promo ? [] : [{ name: 'code', label: t('promo.fields.code'), hint: t('promo.fields.codeHint'), type: 'text' as const }]),
    {
      name: 'discountType',
      label: t('promo.fields.discountType'),
      type: 'radio',
      defaultValue: promo?.discountType ?? 'PERCENT',
      options: [
        { value: 'PERCENT', label: t('promo.types.PERCENT') },
        { value: 'FIXED', label: t('promo.types.FIXED') },
      ],
    },
    { name: 'percent', label: t('promo.fields.percent'), type: 'text', inputMode: 'decimal', defaultValue: promo?.percent ?? '' },
    { name: 'amount', label: t('promo.fields.amount'), type: 'text', inputMode: 'decimal', defaultValue: promo?.amount ?? '' },
    { name: 'limitCurrency', label: t('promo.fields.currency'), hint: t('promo.fields.currencyHint'), type: 'select', defaultValue: promo?.limitCurrency ?? 'AZN', options: PROMO_CURRENCIES.map((c) => ({ value: c, label: c })) },
    ...PROMO_KINDS.map((k) => ({ name: `kind${k}`, label: t('promo.fields.kind', { kind: t(`itemKinds.${k}`) }), type: 'checkbox' as const, defaultChecked: promo ? promo.kinds.includes(k) : true })),
    { name: 'validFrom', label: t('promo.fields.validFrom'), type: 'date', defaultValue: promo?.validFrom ?? '' },
    { name: 'validUntil', label: t('promo.fields.validUntil'), hint: t('promo.fields.datesHint'), type: 'date', defaultValue: promo?.validUntil ?? '' },
    { name: 'maxUses', label: t('promo.fields.maxUses'), hint: t('promo.fields.optional'), type: 'text', inputMode: 'numeric', defaultValue: promo?.maxUses?.toString() ?? '' },
    { name: 'maxUsesPerCustomer', label: t('promo.fields.maxUsesPerCustomer'), hint: t('promo.fields.optional'), type: 'text', inputMode: 'numeric', defaultValue: promo?.maxUsesPerCustomer?.toString() ?? '' },
    { name: 'minimumSpend', label: t('promo.fields.minimumSpend'), hint: t('promo.fields.optional'), type: 'text', inputMode: 'decimal', defaultValue: promo?.minimumSpend ?? '' },
    { name: 'maxDiscount', label: t('promo.fields.maxDiscount'), hint: t('promo.fields.optional'), type: 'text', inputMode: 'decimal', defaultValue: promo?.maxDiscount ?? '' },
  ];
}
