'use client';

import { useId } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { CheckboxField, RadioGroupField, SelectField, TextAreaField, TextField } from '@/components/forms/field';
import { alert, dangerButton, primaryButton, secondaryButton, status } from '@/components/privacy/ui';

export type StaffField = {
  name: string;
  /** already translated on the server */
  label: string;
  type: 'text' | 'textarea' | 'select' | 'date' | 'datetime-local' | 'checkbox' | 'radio';
  hint?: string;
  options?: { value: string; label: string }[];
  defaultValue?: string;
  /** checkbox: ticked by default */
  defaultChecked?: boolean;
  inputMode?: 'decimal' | 'numeric' | 'text' | 'email';
  autoComplete?: string;
  required?: boolean;
};

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  fields: StaffField[];
  hidden?: Record<string, string>;
  submitLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
  /** a compact form on one line (a button in a table row) */
  inline?: boolean;
};

/**
 * Every back-office form: fields described by the server page (labels translated there) and drawn with
 * components/forms/field.tsx, the action's field errors under each field and its message keys translated here. Nothing is validated only in the
 * browser: the server action parses with the shared zod schema and the lib operation checks again.
 */
export function StaffForm({ action, fields, hidden = {}, submitLabel, variant = 'primary', inline = false }: Props) {
  const t = useTranslations();
  const id = useId();
  const { state, formAction, pending, formKey, errorOf, checkbox } = useActionForm(action);
  const names = new Set(fields.map((f) => f.name));
  const formErrors = Object.entries(state.fieldErrors ?? {})
    .filter(([name]) => !names.has(name))
    .map(([, key]) => key);
  const value = (f: StaffField) => state.values?.[f.name] ?? f.defaultValue ?? '';
  const button = variant === 'danger' ? dangerButton : variant === 'secondary' ? secondaryButton : primaryButton;

  return (
    <form key={formKey} action={formAction} className={inline ? 'flex flex-wrap items-end gap-2' : 'flex flex-col gap-4'} noValidate>
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      {state.error && (
        <p role="alert" className={alert}>
          {t(state.error)}
        </p>
      )}
      {formErrors.length > 0 && (
        <ul role="alert" className={alert}>
          {formErrors.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      )}
      {state.ok && state.message && (
        <p role="status" className={status}>
          {t(state.message, state.values as never)}
        </p>
      )}
      {fields.map((f) => {
        const frame = { id: `${id}-${f.name}`, name: f.name, label: f.label, hint: f.hint, error: errorOf(f.name), required: f.required };
        if (f.type === 'checkbox') return <CheckboxField key={f.name} {...frame} defaultChecked={checkbox(f.name, f.defaultChecked).defaultChecked} />;
        if (f.type === 'radio') return <RadioGroupField key={f.name} {...frame} options={f.options ?? []} defaultValue={value(f)} />;
        if (f.type === 'textarea') return <TextAreaField key={f.name} {...frame} defaultValue={value(f)} />;
        if (f.type === 'select') return <SelectField key={f.name} {...frame} options={f.options ?? []} defaultValue={value(f)} />;
        return <TextField key={f.name} {...frame} type={f.type} defaultValue={value(f)} inputMode={f.inputMode} autoComplete={f.autoComplete ?? 'off'} />;
      })}
      <div>
        <button type="submit" className={button} disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
