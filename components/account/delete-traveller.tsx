'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { dangerButton, secondaryButton } from '@/components/forms/buttons';
import { FormMessage } from '@/components/forms/form-message';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  locale: string;
  id: string;
  name: string;
};

/** Two steps: "Delete" reveals the question, and only "Yes, delete" submits. */
export function DeleteTraveller({ action, locale, id, name }: Props) {
  const t = useTranslations('account.travellers.delete');
  const tRoot = useTranslations();
  const { state, formAction, pending, formKey } = useActionForm(action);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (opened.current) startRef.current?.focus();
    opened.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <div className="flex flex-col items-start gap-2">
        <FormMessage error={state.error ? tRoot(state.error) : undefined} />
        <button ref={startRef} type="button" className={secondaryButton} onClick={() => setConfirming(true)}>
          {t('start')}
        </button>
      </div>
    );
  }
  return (
    <form key={formKey} action={formAction} className="flex flex-col items-start gap-3" aria-describedby="delete-question">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <FormMessage error={state.error ? tRoot(state.error) : undefined} />
      <p id="delete-question" role="alert" className="font-medium text-slate-900">
        {t('question', { name })}
      </p>
      <div className="flex flex-wrap gap-3">
        <button ref={confirmRef} type="submit" className={dangerButton} disabled={pending}>
          {t('confirm')}
        </button>
        <button type="button" className={secondaryButton} onClick={() => setConfirming(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
