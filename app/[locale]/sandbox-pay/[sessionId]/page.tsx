import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { formatMoney } from '@/lib/i18n/format';
import { getSandboxProvider } from '@/lib/payments';
import { getSandboxCheckout } from '@/lib/payments/sandbox/get-sandbox-checkout';
import { groupCardNumber, SANDBOX_DECLINE_CARD, SANDBOX_SUCCESS_CARD } from '@/lib/payments/sandbox/test-cards';
import { SandboxCardForm } from '@/components/payments/sandbox-card-form';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/sandbox-pay/[sessionId]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'payments' });
  return { title: t('sandbox.metaTitle'), robots: { index: false, follow: false } };
}

/**
 * The sandbox provider's hosted payment page (embedded default only; a 404 when Stripe is configured).
 * It stands where Stripe Checkout stands: the order code redirects here, and the page sends the
 * traveller back to the order's success or cancel URL.
 */
export default async function SandboxPayPage({ params }: PageProps<'/[locale]/sandbox-pay/[sessionId]'>) {
  const { locale, sessionId } = await params;
  setRequestLocale(locale as Locale);
  if (!getSandboxProvider()) notFound();
  const checkout = await getSandboxCheckout(sessionId);
  if (!checkout) notFound();
  const t = await getTranslations({ locale, namespace: 'payments' });
  const amount = formatMoney(checkout.amount, locale as Locale);

  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <div role="note" className="rounded-lg border-2 border-amber-700 bg-amber-50 p-4 text-amber-950">
        <p className="mb-1">
          <span className="rounded bg-amber-800 px-2 py-0.5 text-sm font-bold tracking-wider text-white">{t('sandbox.testModeBadge')}</span>
        </p>
        <p className="text-sm">{t('sandbox.testModeNotice')}</p>
      </div>

      <h1 className="text-2xl font-bold tracking-tight">{t('sandbox.heading')}</h1>

      <section aria-label={t('sandbox.summaryLabel')} className="rounded-lg border border-slate-200 bg-white p-4">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-slate-600">{t('sandbox.merchant')}</dt>
          <dd className="font-medium">{t('sandbox.merchantName')}</dd>
          <dt className="text-slate-600">{t('sandbox.description')}</dt>
          <dd className="break-words">{checkout.description}</dd>
          <dt className="text-slate-600">{t('sandbox.amount')}</dt>
          <dd className="text-lg font-semibold">{amount}</dd>
        </dl>
      </section>

      {checkout.status === 'open' ? (
        <SandboxCardForm sessionId={checkout.id} amount={amount} cancelUrl={checkout.cancelUrl} />
      ) : (
        <div className="flex flex-col items-start gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <p>{t(`sandbox.closed.${checkout.status}`)}</p>
          <a href={checkout.returnUrl} className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t('sandbox.closed.return')}
          </a>
        </div>
      )}

      <section aria-labelledby="sandbox-test-cards" className="rounded-lg border border-slate-200 bg-sand-100 p-4 text-sm">
        <h2 id="sandbox-test-cards" className="mb-2 text-base font-semibold">
          {t('sandbox.testCards.heading')}
        </h2>
        <ul className="flex flex-col gap-1">
          <li>
            <span className="font-mono">{groupCardNumber(SANDBOX_SUCCESS_CARD)}</span> — {t('sandbox.testCards.success')}
          </li>
          <li>
            <span className="font-mono">{groupCardNumber(SANDBOX_DECLINE_CARD)}</span> — {t('sandbox.testCards.decline')}
          </li>
        </ul>
        <p className="mt-2 text-slate-700">{t('sandbox.testCards.anyExpiry')}</p>
      </section>
    </div>
  );
}
