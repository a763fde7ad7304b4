'use client';

import { useId } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { alert, dangerButton, input, primaryButton, secondaryButton, status } from '@/components/privacy/ui';

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
 * Every back-office form: fields described by the server page (labels translated there), the action's
 * field errors under each field and its message keys translated here. Nothing is validated only in the
 * browser: the server action parses with the shared zod schema and the lib operation checks again.
 */
export function StaffForm({ action, fields, hidden = {}, submitLabel, variant = 'primary', inline = false }: Props) {
  const t = useTranslations();
  const id = useId();
  const { state, formAction, pending, formKey, errorsOf: listErrorsOf } = useActionForm(action);
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
        const fid = `${id}-${f.name}`;
        const errors = listErrorsOf(f.name) ?? [];
        const describedBy = [f.hint ? `${fid}-hint` : null, errors.length ? `${fid}-error` : null].filter(Boolean).join(' ') || undefined;
        const common = { id: fid, name: f.name, 'aria-describedby': describedBy, 'aria-invalid': errors.length > 0 || undefined, required: f.required };
        const hint = f.hint ? <p id={`${fid}-hint`} className="text-sm text-slate-600">{f.hint}</p> : null;
        const error = errors.length ? <p id={`${fid}-error`} className="mt-1 text-sm font-medium text-red-700">{errors[0]}</p> : null;
        if (f.type === 'checkbox') {
          return (
            <div key={f.name} className="flex flex-col">
              <div className="flex items-start gap-2">
                <input {...common} type="checkbox" defaultChecked={state.values ? state.values[f.name] === 'on' : f.defaultChecked} className="mt-1 size-5" />
                <label htmlFor={fid} className="font-medium text-slate-900">{f.label}</label>
              </div>
              {hint}
              {error}
            </div>
          );
        }
        if (f.type === 'radio') {
          return (
            <fieldset key={f.name} className="flex flex-col gap-1" aria-describedby={describedBy}>
              <legend className="font-medium text-slate-900">{f.label}</legend>
              {hint}
              {f.options?.map((o) => (
                <div key={o.value} className="flex items-center gap-2">
                  <input id={`${fid}-${o.value}`} type="radio" name={f.name} value={o.value} defaultChecked={value(f) === o.value} className="size-5" />
                  <label htmlFor={`${fid}-${o.value}`}>{o.label}</label>
                </div>
              ))}
              {error}
            </fieldset>
          );
        }
        return (
          <div key={f.name} className="flex flex-col">
            <label htmlFor={fid} className="font-medium text-slate-900">{f.label}</label>
            {hint}
            {f.type === 'textarea' ? (
              <textarea {...common} rows={4} defaultValue={value(f)} className={input} />
            ) : f.type === 'select' ? (
              <select {...common} defaultValue={value(f)} className={input}>
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>{o.label}</option>
                ))}
              </select>
            ) : (
              <input {...common} type={f.type} defaultValue={value(f)} inputMode={f.inputMode} autoComplete={f.autoComplete ?? 'off'} className={input} />
            )}
            {error}
          </div>
        );
      })}
      <div>
        <button type="submit" className={button} disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
