'use client';

import { startTransition, useActionState, useEffect, useRef, useState, useSyncExternalStore, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import { checkoutAction } from '@/app/[locale]/checkout/actions';
import type { ActionState } from '@/lib/auth/action-state';
import { primaryButton, secondaryButton } from '@/components/forms/buttons';
import { ErrorSummary } from '@/components/forms/error-summary';
import { CheckboxField, fieldId, Input, SelectField, TextAreaField, TextField } from '@/components/forms/field';
import { word } from '@/lib/i18n/words';
import { checkoutFieldLabel, type LabelPart } from './field-label';
import type { CheckoutFormWords } from './form-words';
import type { CheckoutFormView, CheckoutItemView } from './types';

/** The element an error summary link points at: the payment choice has no single field of that name. */
function summaryTarget(name: string): string {
  return name === 'paymentMethod' ? 'pay-card' : fieldId(name);
}

/**
 * A link of the summary moves the focus to its field (a fragment link only scrolls), so the
 * traveller can type at once; without JavaScript the link still scrolls there.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

type Props = { view: CheckoutFormView; words: CheckoutFormWords; priceBreakdown: ReactNode };

/** A message of the form's words by its key (under `checkout.` for `t`), its `{markers}` filled in. */
type Say = (key: string, values?: Record<string, string | number>) => string;

const GENDERS = ['FEMALE', 'MALE', 'UNSPECIFIED'] as const;
const SUPPORT_REASONS = ['UNACCOMPANIED_MINOR', 'SPECIAL_ASSISTANCE_REQUIRED', 'LATE_PREGNANCY'];

/**
 * The checkout form: one section per offer, then contact, promo code, price, rules, consents and
 * payment. Every check is repeated on the server (placeOrder); this form only collects and shows.
 * A plain form post, so it works without JavaScript; typed values come back with every error.
 * No next-intl in the browser (issue 19, point 5): its words come from the page (form-words.tsx) and
 * the action answers its errors in words.
 */
export function CheckoutForm({ view, words, priceBreakdown }: Props) {
  const tAll: Say = (key, values) => word(words.words, key, values);
  const t: Say = (key, values) => tAll(`checkout.${key}`, values);
  const [state, action, pending] = useActionState<ActionState, FormData>(checkoutAction, {});
  const summaryRef = useRef<HTMLDivElement>(null);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const err = (name: string) => (errors[name] ? (state.fieldErrorTexts?.[name] ?? errors[name]) : undefined);
  const val = (name: string, fallback = '') => values[name] ?? fallback;
  const support = Array.isArray(state.details?.support) ? (state.details.support as string[]).filter((r) => SUPPORT_REASONS.includes(r)) : [];
  const errorEntries = Object.entries(errors).filter(([name]) => name !== '_form');

  // Each entry names its field ("Passenger 1 (GYD → ALA): First name(s) — This field is required.").
  const summaryEntry = (name: string, message: string) => {
    const { where, field } = checkoutFieldLabel(name, view.items);
    const text = (label: LabelPart) => tAll(label.key, label.values);
    if (where && field) return t('errors.entryAt', { where: text(where), field: text(field), message });
    if (where) return t('errors.entryItem', { where: text(where), message });
    if (field) return t('errors.entry', { field: text(field), message });
    return message;
  };

  useEffect(() => {
    if (state.error || errorEntries.length > 0) summaryRef.current?.focus();
  }, [state, errorEntries.length]);

  // With JavaScript the form is submitted here, so React does not reset it after the action and every
  // typed value (selects and boxes too) stays as it was; without JavaScript the action posts the form.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => action(data));
  };

  return (
    <form action={action} onSubmit={submit} noValidate className="flex flex-col gap-6" aria-describedby="checkout-required-note">
      <input type="hidden" name="locale" value={view.locale} />
      <input type="hidden" name="idempotencyKey" value={view.idempotencyKey} />
      <input type="hidden" name="consents.agreementVersion" value={view.agreementVersion} />
      <p id="checkout-required-note" className="text-sm text-slate-600">
        {t('requiredNote')}
      </p>

      {(state.error || errorEntries.length > 0) && support.length === 0 && (
        <ErrorSummary
          ref={summaryRef}
          title={state.error ? (state.errorText ?? state.error) : t('errors.fixFields')}
          details={errors._form && errors._form !== state.error ? err('_form') : undefined}
          entries={errorEntries.map(([name]) => ({ target: summaryTarget(name), text: summaryEntry(name, err(name)!) }))}
          onFollow={focusField}
        />
      )}

      {support.length > 0 && (
        <section ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="support-heading" className="flex flex-col gap-3 rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950">
          <h2 id="support-heading" className="text-lg font-semibold">
            {t('support.heading')}
          </h2>
          <p>{t('support.body')}</p>
          <ul className="list-disc pl-5">
            {support.map((reason) => (
              <li key={reason}>{tAll(`rules.reasons.${reason}`)}</li>
            ))}
          </ul>
          <input type="hidden" name="supportReasons" value={support.join(',')} />
          <TextAreaField name="assistanceMessage" label={t('support.message')} hint={t('support.messageHint')} rows={3} maxLength={1000} defaultValue={val('assistanceMessage')} />
          <CheckboxField name="assistanceConsent" defaultChecked={val('assistanceConsent') === 'on'} error={err('assistanceConsent')} label={t('support.consent')} />
          <p className="text-sm">{t('support.contactUsed')}</p>
          <div>
            <button type="submit" name="intent" value="assistance" className={secondaryButton} disabled={pending}>
              {t('support.send')}
            </button>
          </div>
        </section>
      )}
      {state.message === 'checkout.assistance.sent' && (
        <p role="status" className="rounded-lg border border-green-300 bg-green-50 p-4 text-green-900">
          {t('assistance.sent')}
        </p>
      )}

      {view.items.map((item, index) => (
        <ItemSection key={item.tripItemId} item={item} index={index} view={view} t={t} err={err} val={val} />
      ))}

      <fieldset className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t('contact.heading')}</legend>
        <p className="text-sm text-slate-700">{t('contact.intro')}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="contact.email" label={t('contact.email')} hint={t('contact.emailHint')} error={err('contact.email')} type="email" autoComplete="email" required defaultValue={val('contact.email', view.contactEmail)} />
          <TextField name="contact.phone" label={t('contact.phone')} hint={t('contact.phoneHint')} error={err('contact.phone')} type="tel" autoComplete="tel" required defaultValue={val('contact.phone')} />
          <TextField name="contact.bookerDateOfBirth" label={t('contact.bookerDateOfBirth')} hint={t('contact.bookerDateOfBirthHint')} error={err('contact.bookerDateOfBirth')} type="date" autoComplete="bday" required defaultValue={val('contact.bookerDateOfBirth')} />
        </div>
      </fieldset>

      <section aria-labelledby="promo-heading" className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="promo-heading" className="text-lg font-semibold">
          {t('promo.heading')}
        </h2>
        <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="grow">
            <TextField name="promoCode" label={t('promo.label')} hint={t('promo.hint')} error={err('promoCode')} type="text" autoComplete="off" maxLength={32} defaultValue={val('promoCode', view.promoCode)} />
          </div>
          <button type="submit" name="intent" value="promo" className={secondaryButton} disabled={pending}>
            {t('promo.apply')}
          </button>
        </div>
        {view.promoStatus && !errors.promoCode && (
          <p role="status" className={view.promoStatus.ok ? 'text-green-800' : 'text-amber-900'}>
            {view.promoStatus.text}
          </p>
        )}
      </section>

      {priceBreakdown}

      <fieldset className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t('payment.heading')}</legend>
        <div className="flex items-start gap-3">
          <Input id="pay-card" type="radio" name="paymentMethod" value="CARD" defaultChecked={val('paymentMethod', 'CARD') !== 'OFFICE'} aria-describedby="pay-card-hint" />
          <div>
            <label htmlFor="pay-card" className="font-medium">
              {t('payment.card')}
            </label>
            <p id="pay-card-hint" className="text-sm text-slate-600">
              {t('payment.cardHint')}
            </p>
          </div>
        </div>
        <div className="flex items-start gap-3">
          <Input
            id="pay-office"
            type="radio"
            name="paymentMethod"
            value="OFFICE"
            disabled={!view.office.available}
            defaultChecked={val('paymentMethod') === 'OFFICE'}
            aria-describedby="pay-office-hint"
          />
          <div>
            <label htmlFor="pay-office" className="font-medium">
              {t('payment.office')}
            </label>
            <p id="pay-office-hint" className="text-sm text-slate-600">
              {view.office.available && view.office.deadline ? t('payment.officeHint', { deadline: view.office.deadline }) : t('payment.officeUnavailable')}
            </p>
            {view.office.available && (
              <p className="text-sm text-slate-600" data-testid="office-details">
                {view.office.address}. {view.office.hours}.
              </p>
            )}
          </div>
        </div>
        {err('paymentMethod') && <p className="text-sm font-medium text-red-700">{err('paymentMethod')}</p>}
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t('consents.heading')}</legend>
        <CheckboxField
          name="consents.agreement"
          defaultChecked={val('consents.agreement') === 'on'}
          error={err('consents.agreement')}
          hint={t('consents.agreementVersion', { version: view.agreementVersion })}
          label={words.agreement}
        />
        <CheckboxField
          name="consents.dataProcessing"
          defaultChecked={val('consents.dataProcessing') === 'on'}
          error={err('consents.dataProcessing')}
          label={words.dataProcessing}
        />
        <CheckboxField name="consents.marketing" defaultChecked={val('consents.marketing') === 'on'} label={t('consents.marketing')} hint={t('consents.marketingHint')} />
      </fieldset>

      <div className="flex flex-col gap-2">
        {view.blocked && (
          <p id="pay-blocked" className="font-medium text-amber-900">
            {t('prices.resolveFirst')}
          </p>
        )}
        <p className="text-sm text-slate-700">{t('payment.confirmNote')}</p>
        <div>
          <button type="submit" name="intent" value="pay" className={primaryButton} disabled={pending || view.blocked} aria-describedby={view.blocked ? 'pay-blocked' : undefined}>
            {pending ? t('payment.processing') : t('payment.pay', { amount: view.chargeLabel })}
          </button>
        </div>
      </div>
    </form>
  );
}

type ItemProps = {
  item: CheckoutItemView;
  index: number;
  view: CheckoutFormView;
  t: Say;
  err: (name: string) => string | undefined;
  val: (name: string, fallback?: string) => string;
};

function ItemSection({ item, index, view, t, err, val }: ItemProps) {
  const base = `items.${index}`;
  const headingId = `item-${index}-heading`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4">
      <input type="hidden" name={`${base}.tripItemId`} value={item.tripItemId} />
      <input type="hidden" name={`${base}.kind`} value={item.kind} />
      <div>
        <p className="text-xs font-medium tracking-wide text-brand-700 uppercase">{t(`kinds.${item.kind}`)}</p>
        <h2 id={headingId} className="text-lg font-semibold">
          {item.heading}
        </h2>
        <ul className="text-sm text-slate-700">
          {item.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
        {err(`${base}._item`) && (
          <p id={fieldId(`${base}._item`)} tabIndex={-1} className="mt-1 text-sm font-medium text-red-700">
            {err(`${base}._item`)}
          </p>
        )}
      </div>

      {item.kind === 'FLIGHT' &&
        item.passengerTypes.map((type, i) => (
          <FlightPassenger key={i} base={`${base}.passengers.${i}`} number={i + 1} type={type} view={view} t={t} err={err} val={val} />
        ))}

      {item.kind === 'HOTEL' && (
        <fieldset className="flex flex-col gap-3">
          <legend className="font-semibold">{t('hotel.leadGuest')}</legend>
          <p className="text-sm text-slate-600">{t('hotel.leadGuestHint')}</p>
          <SameAsFirstPassenger base={`${base}.leadGuest`} view={view} t={t} err={err} val={val} />
        </fieldset>
      )}

      {item.kind === 'TRANSFER' && item.transfer && (
        <fieldset className="flex flex-col gap-3">
          <legend className="font-semibold">{t('transfer.heading')}</legend>
          <SameAsFirstPassenger base={`${base}.leadPassenger`} view={view} t={t} err={err} val={val} />
          <TextField name={`${base}.flightNumber`} label={t('transfer.flightNumber')} hint={t('transfer.flightNumberHint')} error={err(`${base}.flightNumber`)} type="text" autoComplete="off" maxLength={12} defaultValue={val(`${base}.flightNumber`, item.transfer!.flightNumber)} controlClassName="sm:max-w-xs" />
          <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
            <TextField name={`${base}.passengers`} label={t('transfer.passengers')} hint={t('transfer.upTo', { count: item.transfer.maxPassengers })} error={err(`${base}.passengers`)} type="number" inputMode="numeric" min={1} max={item.transfer!.maxPassengers} defaultValue={val(`${base}.passengers`, String(item.transfer!.passengers))} />
            <TextField name={`${base}.bags`} label={t('transfer.bags')} hint={t('transfer.upTo', { count: item.transfer.maxBags })} error={err(`${base}.bags`)} type="number" inputMode="numeric" min={0} max={item.transfer!.maxBags} defaultValue={val(`${base}.bags`, String(item.transfer!.bags))} />
            <TextField name={`${base}.childSeats`} label={t('transfer.childSeats')} error={err(`${base}.childSeats`)} type="number" inputMode="numeric" min={0} max={6} defaultValue={val(`${base}.childSeats`, '0')} />
            <TextField name={`${base}.animals`} label={t('transfer.animals')} error={err(`${base}.animals`)} type="number" inputMode="numeric" min={0} max={4} defaultValue={val(`${base}.animals`, '0')} />
          </div>
          <p className="text-sm text-slate-700">
            {item.transfer.extrasOpen ? t('transfer.extrasOpen', { deadline: item.transfer.extrasDeadline }) : t('transfer.extrasClosed', { deadline: item.transfer.extrasDeadline })}
          </p>
        </fieldset>
      )}

      <div className="rounded-lg bg-sand-50 p-3">
        <h3 className="font-semibold">{t('rulesHeading')}</h3>
        <ul className="mt-1 flex list-disc flex-col gap-1 pl-5 text-sm text-slate-800">
          {item.rules.map((rule, i) => (
            <li key={i}>{rule}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}

const noSubscribe = () => () => {};

/**
 * The lead guest / transfer lead: with JavaScript and a flight in the same checkout, a ticked "same as
 * passenger 1" box copies passenger 1's names into these fields (still posted) and hides them; without
 * JavaScript the box is not shown and the fields are typed as usual.
 */
function SameAsFirstPassenger({ base, view, t, err, val }: { base: string; view: CheckoutFormView; t: Say; err: ItemProps['err']; val: ItemProps['val'] }) {
  const flightIndex = view.items.findIndex((item) => item.kind === 'FLIGHT');
  const source = `items.${flightIndex}.passengers.0`;
  // true once hydrated (false in the server HTML): the box needs JavaScript to copy anything
  const mounted = useSyncExternalStore(noSubscribe, () => true, () => false);
  const [same, setSame] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!same || flightIndex < 0) return;
    const form = wrapper.current?.closest('form');
    if (!form) return;
    const copy = () => {
      for (const part of ['firstName', 'lastName']) {
        const from = form.elements.namedItem(`${source}.${part}`) as HTMLInputElement | null;
        const to = form.elements.namedItem(`${base}.${part}`) as HTMLInputElement | null;
        if (from && to) to.value = from.value;
      }
    };
    copy();
    form.addEventListener('input', copy);
    return () => form.removeEventListener('input', copy);
  }, [same, base, source, flightIndex]);
  const hasErrors = Boolean(err(`${base}.firstName`) || err(`${base}.lastName`));
  return (
    <div ref={wrapper} className="flex flex-col gap-3">
      {mounted && flightIndex >= 0 && (
        <label className="flex items-center gap-2">
          <Input type="checkbox" checked={same} onChange={(event) => setSame(event.target.checked)} />
          <span>{t('sameAsFirstPassenger')}</span>
        </label>
      )}
      <div hidden={same && !hasErrors}>
        <NameFields base={base} t={t} err={err} val={val} />
      </div>
    </div>
  );
}

function NameFields({ base, t, err, val }: { base: string; t: Say; err: ItemProps['err']; val: ItemProps['val'] }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField name={`${base}.firstName`} label={t('passenger.firstName')} hint={t('passenger.latinHint')} error={err(`${base}.firstName`)} type="text" autoComplete="off" required maxLength={50} defaultValue={val(`${base}.firstName`)} />
      <TextField name={`${base}.lastName`} label={t('passenger.lastName')} hint={t('passenger.latinHint')} error={err(`${base}.lastName`)} type="text" autoComplete="off" required maxLength={50} defaultValue={val(`${base}.lastName`)} />
    </div>
  );
}

type PassengerProps = {
  base: string;
  number: number;
  type: 'ADULT' | 'CHILD' | 'INFANT';
  view: CheckoutFormView;
  t: Say;
  err: ItemProps['err'];
  val: ItemProps['val'];
};

function FlightPassenger({ base, number, type, view, t, err, val }: PassengerProps) {
  return (
    <fieldset className="flex flex-col gap-3 border-t border-slate-200 pt-3">
      <legend className="font-semibold">{t('passenger.legend', { number, type: t(`passenger.types.${type}`) })}</legend>
      {view.savedTravellers.length > 0 && (
        <SelectField
          name={`${base}.savedTravellerId`}
          label={t('passenger.saved')}
          hint={t('passenger.savedHint')}
          error={err(`${base}.savedTravellerId`)}
          defaultValue={val(`${base}.savedTravellerId`)}
          options={[{ value: '', label: t('passenger.savedNone') }, ...view.savedTravellers.map((s) => ({ value: s.id, label: s.label }))]}
        />
      )}
      <NameFields base={base} t={t} err={err} val={val} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name={`${base}.dateOfBirth`} label={t('passenger.dateOfBirth')} error={err(`${base}.dateOfBirth`)} type="date" required defaultValue={val(`${base}.dateOfBirth`)} />
        <SelectField
          name={`${base}.gender`}
          label={t('passenger.gender')}
          error={err(`${base}.gender`)}
          required
          defaultValue={val(`${base}.gender`)}
          options={[{ value: '', label: t('passenger.choose') }, ...GENDERS.map((g) => ({ value: g, label: t(`passenger.genders.${g}`) }))]}
        />
        <SelectField
          name={`${base}.nationality`}
          label={t('passenger.nationality')}
          error={err(`${base}.nationality`)}
          required
          defaultValue={val(`${base}.nationality`)}
          options={[{ value: '', label: t('passenger.choose') }, ...view.countries.map((c) => ({ value: c.code, label: c.name }))]}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name={`${base}.documentNumber`} label={t('passenger.documentNumber')} hint={t('passenger.documentNumberHint')} error={err(`${base}.documentNumber`)} type="text" autoComplete="off" required maxLength={30} defaultValue={val(`${base}.documentNumber`)} />
        <TextField name={`${base}.documentExpiry`} label={t('passenger.documentExpiry')} hint={t('passenger.documentExpiryHint')} error={err(`${base}.documentExpiry`)} type="date" required defaultValue={val(`${base}.documentExpiry`)} />
      </div>
      <CheckboxField name={`${base}.specialAssistance`} defaultChecked={val(`${base}.specialAssistance`) === 'on'} error={err(`${base}.specialAssistance`)} label={t('passenger.specialAssistance')} hint={t('passenger.specialAssistanceHint')} />
      <CheckboxField name={`${base}.latePregnancy`} defaultChecked={val(`${base}.latePregnancy`) === 'on'} error={err(`${base}.latePregnancy`)} label={t('passenger.latePregnancy')} />
    </fieldset>
  );
}
