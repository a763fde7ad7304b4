import { randomUUID } from 'node:crypto';
import { officeDetails } from '@/lib/booking/office';
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { loadAwaitingOrders, loadSavedTravellerChoices, loadTrip } from '@/lib/booking/page-reads';
import { offerFacts, passengerTypes } from '@/lib/booking/offer-facts';
import { officeDeadline } from '@/lib/booking/office-deadline';
import { promoCustomerKey } from '@/lib/booking/promo-customer-key';
import { tripPrefills } from '@/lib/booking/trip-prefills';
import { repriceTrip } from '@/lib/booking/reprice-trip';
import { countryOptions } from '@/lib/booking/countries';
import { localeAlternates } from '@/lib/i18n/alternates';
import { formatMoney } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/link';
import { intlLocale, type Locale } from '@/lib/i18n/locales';
import { policyInfo } from '@/lib/consent/policy-versions';
import { DISPLAY_CURRENCY_COOKIE, localeDisplayCurrency, resolveDisplayCurrency } from '@/lib/rates/display-currencies';
import { checkTransferExtras } from '@/lib/rules';
import { priceTripForPage } from '@/lib/pricing/price-trip';
import { timelineOfTripPricing } from '@/lib/timeline/trip-timeline';
import { RefundTimeline } from '@/components/timeline/refund-timeline';
import { CheckoutForm } from '@/components/checkout/checkout-form';
import { checkoutFormWords } from '@/components/checkout/form-words';
import { PriceBreakdown } from '@/components/checkout/price-breakdown';
import { PriceSummary } from '@/components/checkout/price-summary';
import { PriceChanges, type PriceChangeView } from '@/components/checkout/price-changes';
import type { CheckoutFormView, CheckoutItemView } from '@/components/checkout/types';
import { formatRuleValues, momentIn } from '@/components/search/format';
import { describeOffer } from '@/components/trip/describe-offer';
import { currentTripOwner } from './booking-action';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/checkout'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'checkout' });
  return { title: t('metaTitle'), alternates: localeAlternates(locale as Locale, '/checkout'), robots: { index: false } };
}

export default async function CheckoutPage({ params, searchParams }: PageProps<'/[locale]/checkout'>) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'checkout' });
  const tRules = await getTranslations({ locale, namespace: 'rules' });
  const { owner, viewer } = await currentTripOwner();
  const trip = await loadTrip(owner);
  const at = new Date();

  if (!trip || trip.items.length === 0) {
    const awaiting = trip ? await loadAwaitingOrders(trip.id, at) : [];
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('heading')}</h1>
        <p className="text-slate-700">{t('empty')}</p>
        {awaiting.map((order) => (
          <p key={order.reference}>
            <Link href={{ pathname: '/checkout/done', query: { ref: order.reference } }} className="text-brand-800 underline">
              {t('awaiting', { reference: order.reference })}
            </Link>
          </p>
        ))}
        <p>
          <Link href="/trip" className="text-brand-800 underline">
            {t('backToTrip')}
          </Link>
        </p>
      </div>
    );
  }

  // Re-priced through the supplier boundary on every visit; nothing changes until the traveller accepts.
  const repriced = await repriceTrip(trip, at);
  const descriptions = await Promise.all(trip.items.map((item) => describeOffer(item.offer, locale)));
  const changes: PriceChangeView[] = repriced.flatMap((r, i) =>
    r.status === 'AVAILABLE'
      ? []
      : [{ itemId: r.itemId, heading: descriptions[i]!.heading, status: r.status, previous: formatMoney(r.previous, locale), price: r.status === 'PRICE_CHANGED' ? formatMoney(r.price, locale) : null }],
  );

  // Priced as placeOrder will charge it (lib/pricing): the promo code applied to the trip, this customer's uses.
  const offers = trip.items.map((item) => item.offer);
  const pricing = await priceTripForPage({ offers, promoCode: trip.promoCode, customerKey: promoCustomerKey(owner.userId, viewer?.email ?? null), at });
  const { quote, rates } = pricing;
  const timeline = timelineOfTripPricing(
    trip.items.map((item, i) => ({ id: item.id, label: descriptions[i]!.heading, offer: item.offer })),
    pricing,
    at,
  );
  const firstStart = new Date(Math.min(...offers.map((o) => offerFacts(o).startsAt.getTime())));
  const deadline = officeDeadline(at, firstStart);

  // Only its version (front matter, read once per process): rendering the whole document took longer than the rest of the page.
  const agreementVersion = policyInfo('agreement', locale).version;
  const countries = [...countryOptions(intlLocale[locale])];
  const saved = viewer ? await loadSavedTravellerChoices(viewer.id) : [];

  // A transfer from the airport the trip's flight lands at: the driver follows that flight (Agreement 6.2).
  const prefills = tripPrefills(trip.items.map((item) => item.offer));
  const items: CheckoutItemView[] = trip.items.map((item, i) => {
    const facts = offerFacts(item.offer);
    const offer = item.offer;
    return {
      tripItemId: item.id,
      kind: item.kind,
      heading: descriptions[i]!.heading,
      lines: descriptions[i]!.lines,
      rules: (quote.rules[i] ?? []).map((m) => tRules(m.key as 'common.refundToCard', formatRuleValues(m.values, locale, facts.timeZone) as never)),
      passengerTypes: passengerTypes(offer),
      transfer:
        offer.kind === 'TRANSFER'
          ? (() => {
              const extras = checkTransferExtras(offer.pickupAt, at);
              return {
                passengers: offer.passengers,
                bags: offer.bags,
                maxPassengers: offer.maxPassengers,
                maxBags: offer.maxBags,
                extrasOpen: extras.allowed,
                extrasDeadline: momentIn(extras.cutoffAt, offer.pickupTimeZone, locale),
                flightNumber: prefills && prefills.airportCode === offer.airport.code ? prefills.flightNumber : '',
              };
            })()
          : null,
    };
  });

  const promoStatus = quote.promo ? { text: tRules(`reasons.${quote.promo.reason}` as 'reasons.PROMO_APPLIED'), ok: quote.promo.applicable } : null;
  const view: CheckoutFormView = {
    locale,
    idempotencyKey: randomUUID(),
    agreementVersion,
    items,
    savedTravellers: saved.map((s) => ({ id: s.id, label: `${s.firstName} ${s.lastName}` })),
    countries,
    contactEmail: viewer?.email ?? '',
    promoCode: trip.promoCode ?? '',
    promoStatus,
    office: { available: deadline !== null, deadline: deadline ? momentIn(deadline, 'Asia/Baku', locale) : null, ...officeDetails(locale) },
    chargeLabel: formatMoney(quote.charge, locale),
    blocked: changes.length > 0,
  };

  const words = await checkoutFormWords(locale, { agreement: `/${locale}/legal/agreement`, privacy: `/${locale}/legal/privacy` });

  const sp = (await searchParams) as Record<string, string | string[] | undefined>;
  const displayCurrency = resolveDisplayCurrency(sp.cur, (await cookies()).get(DISPLAY_CURRENCY_COOKIE)?.value) ?? localeDisplayCurrency(locale);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p>
          <Link href="/trip" className="text-brand-700 underline">
            {t('backToTrip')}
          </Link>
        </p>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('heading')}</h1>
        <p className="max-w-2xl text-slate-700">{t('intro')}</p>
      </header>
      <PriceSummary breakdown={quote.breakdown} labels={descriptions.map((d) => d.heading)} charge={quote.charge} converted={quote.converted} ratesAsOf={rates.asOf} locale={locale} variant="collapsible" />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="flex min-w-0 flex-col gap-6">
          {changes.length > 0 && <PriceChanges changes={changes} locale={locale} />}
          <RefundTimeline timeline={timeline} locale={locale} headingId="refund-timeline-heading" note="ticketed" />
          <CheckoutForm
            view={view}
            words={words}
            priceBreakdown={
              <PriceBreakdown
                breakdown={quote.breakdown}
                labels={descriptions.map((d) => d.heading)}
                charge={quote.charge}
                converted={quote.converted}
                locale={locale}
                displayCurrency={displayCurrency}
                rates={rates}
              />
            }
          />
        </div>
        <PriceSummary breakdown={quote.breakdown} labels={descriptions.map((d) => d.heading)} charge={quote.charge} converted={quote.converted} ratesAsOf={rates.asOf} locale={locale} variant="sticky" />
      </div>
    </div>
  );
}
