'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, useTransition, type FormEvent } from 'react';
import { Input } from '@/components/forms/field';
import { completeSandboxPaymentAction } from '@/app/[locale]/sandbox-pay/[sessionId]/actions';
import { checkTestCard, groupCardNumber, type CardFieldError, type CardFields } from '@/lib/payments/sandbox/test-cards';

type Props = { sessionId: string; amount: string; cancelUrl: string };
type FieldErrors = Partial<Record<keyof CardFields, CardFieldError>>;

/**
 * The sandbox's card form. The card is checked here, in the browser; only the outcome (success or
 * decline) is sent to the server, so no card number reaches Karvan (Agreement 4.2.2). The inputs have
 * no `name`, so even a form submitted without JavaScript carries no card data.
 */
export function SandboxCardForm({ sessionId, amount, cancelUrl }: Props) {
  const t = useTranslations('payments.sandbox');
  const tAll = useTranslations();
  const id = useId();
  const [fields, setFields] = useState<CardFields>({ cardNumber: '', expiry: '', cvc: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<'idle' | 'redirecting'>('idle');
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || status === 'redirecting') return;
    const check = checkTestCard(fields);
    if (!check.ok) {
      setErrors(check.errors);
      setFormError(t('errors.formHasErrors'));
      const first = (['cardNumber', 'expiry', 'cvc'] as const).find((name) => check.errors[name]);
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setErrors({});
    setFormError(null);
    startTransition(async () => {
      const data = new FormData();
      data.set('sessionId', sessionId);
      data.set('outcome', check.outcome);
      const result = await completeSandboxPaymentAction({}, data);
      const redirectUrl = result.details?.redirectUrl;
      if (!result.ok || typeof redirectUrl !== 'string') {
        setFormError(tAll(result.error ?? Object.values(result.fieldErrors ?? {})[0] ?? 'payments.sandbox.errors.unavailable'));
        return;
      }
      setStatus('redirecting');
      window.location.assign(redirectUrl);
    });
  }

  const field = (name: keyof CardFields) => ({
    id: `${id}-${name}`,
    value: fields[name],
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': `${id}-${name}-hint${errors[name] ? ` ${id}-${name}-error` : ''}`,
    className: 'w-full',
  });

  const error = (name: keyof CardFields) =>
    errors[name] ? (
      <p id={`${id}-${name}-error`} className="text-sm text-red-700">
        {t(`errors.${errors[name]}`)}
      </p>
    ) : null;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <fieldset className="flex flex-col gap-4" disabled={pending || status === 'redirecting'}>
        <legend className="mb-2 text-lg font-semibold">{t('cardDetails')}</legend>

        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-cardNumber`} className="font-medium">
            {t('cardNumber')}
          </label>
          <Input
            {...field('cardNumber')}
            type="text"
            inputMode="numeric"
            autoComplete="cc-number"
            maxLength={23}
            onChange={(e) => setFields((f) => ({ ...f, cardNumber: groupCardNumber(e.target.value) }))}
          />
          <p id={`${id}-cardNumber-hint`} className="text-sm text-slate-600">
            {t('cardNumberHint')}
          </p>
          {error('cardNumber')}
        </div>

        <div className="grid grid-cols-1 gap-4 min-[360px]:grid-cols-2">
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-expiry`} className="font-medium">
              {t('expiry')}
            </label>
            <Input
              {...field('expiry')}
              type="text"
              inputMode="numeric"
              autoComplete="cc-exp"
              maxLength={7}
              placeholder={t('expiryPlaceholder')}
              onChange={(e) => setFields((f) => ({ ...f, expiry: e.target.value }))}
            />
            <p id={`${id}-expiry-hint`} className="text-sm text-slate-600">
              {t('expiryHint')}
            </p>
            {error('expiry')}
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-cvc`} className="font-medium">
              {t('cvc')}
            </label>
            <Input
              {...field('cvc')}
              type="text"
              inputMode="numeric"
              autoComplete="cc-csc"
              maxLength={4}
              onChange={(e) => setFields((f) => ({ ...f, cvc: e.target.value.replace(/\D/g, '') }))}
            />
            <p id={`${id}-cvc-hint`} className="text-sm text-slate-600">
              {t('cvcHint')}
            </p>
            {error('cvc')}
          </div>
        </div>
      </fieldset>

      <p className="text-sm text-slate-600">{t('cardStaysInBrowser')}</p>

      <div role="status" aria-live="polite" className="text-sm">
        {pending ? t('processing') : status === 'redirecting' ? t('redirecting') : null}
      </div>
      {formError ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {formError}
        </p>
      ) : null}

      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <button
          type="submit"
          disabled={pending || status === 'redirecting'}
          className="rounded-lg bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700 disabled:opacity-70"
        >
          {t('pay', { amount })}
        </button>
        <a href={cancelUrl} className="text-brand-700 underline hover:text-brand-800">
          {t('back')}
        </a>
      </div>
    </form>
  );
}
