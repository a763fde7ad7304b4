'use client';

import type { ReactNode } from 'react';

/** "items.0.passengers.1.firstName" → "f-items-0-passengers-1-firstName" (the error summary links to it). */
export function fieldId(name: string): string {
  return `f-${name.replaceAll('.', '-')}`;
}

export const inputClass =
  'mt-1 block w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:bg-red-50';

export const primaryButton =
  'inline-flex items-center justify-center rounded-lg bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-60';
export const secondaryButton =
  'inline-flex items-center justify-center rounded-lg border border-slate-400 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60';

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  /** translated error message */
  error?: string;
  children: (props: { id: string; name: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
};

/** Label, hint and error wired to the control with aria-describedby / aria-invalid. */
export function Field({ name, label, hint, error, children }: FieldProps) {
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex min-w-0 flex-col">
      <label htmlFor={id} className="font-medium text-slate-900">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children({ id, name, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': true as const } : {}) })}
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

type CheckboxProps = {
  name: string;
  label: ReactNode;
  hint?: string;
  error?: string;
  defaultChecked?: boolean;
};

export function Checkbox({ name, label, hint, error, defaultChecked }: CheckboxProps) {
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={defaultChecked}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className="mt-1 size-5 shrink-0 accent-brand-600"
        />
        <label htmlFor={id} className="text-slate-900">
          {label}
        </label>
      </div>
      {hint && (
        <p id={hintId} className="pl-8 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="pl-8 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
