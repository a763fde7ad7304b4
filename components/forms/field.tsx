import type { ComponentProps, InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

/**
 * The one field family of every form (issue 16, point 4). Each control gets a <label> bound by id, its hint
 * and its error through aria-describedby, aria-invalid while it has an error, `required` with a visible mark
 * (the action forms are noValidate: the server decides), and one look; the focus ring is app/globals.css's.
 * Kept values after an error are the caller's `defaultValue` / `defaultChecked` (useActionForm's `field()` /
 * `checkbox()` give them; the form is remounted with them, which a <select> needs).
 *
 * No 'use client', no hooks and no next-intl: the search forms on cached public pages render these on the
 * server, and client forms bundle only this small module. Words arrive translated, as props.
 * Lint rejects raw <input>/<select>/<textarea> outside components/forms/ (eslint.config.mjs).
 */

/** "items.0.passengers.1.firstName" → "f-items-0-passengers-1-firstName" (the error summaries link to it). */
export function fieldId(name: string): string {
  return `f-${name.replaceAll('.', '-')}`;
}

const controlLook =
  'rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:bg-red-50 disabled:bg-slate-100';
const controlClass = `block w-full min-w-0 ${controlLook}`;
const labelClass = 'font-medium text-slate-900';
const hintClass = 'text-sm text-slate-600';
const errorClass = 'text-sm font-medium text-red-700';
const boxClass = 'mt-0.5 size-5 shrink-0 accent-brand-600';

export type FieldFrame = {
  /** the form value's name; also gives the id (`fieldId`) unless `id` is set */
  name: string;
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  /** translated error message */
  error?: string;
  required?: boolean;
  /** the wrapper's extra classes (grid spans, widths) */
  className?: string;
};

/** What a control needs to be wired to its label, hint and error. */
export type ControlProps = {
  id: string;
  name: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  required?: true;
};

function wiring({ name, id, hint, error, required }: FieldFrame) {
  const controlId = id ?? fieldId(name);
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const control: ControlProps = {
    id: controlId,
    name,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(error ? { 'aria-invalid': true as const } : {}),
    ...(required ? { required: true as const } : {}),
  };
  return { control, hintId, errorId };
}

/** Outside the <label>, so the label's text (and the control's name) stays the words alone. */
function RequiredMark({ required }: { required?: boolean }) {
  return required ? (
    <span aria-hidden="true" className="ml-0.5 text-red-700">
      *
    </span>
  ) : null;
}

/** Label, hint, any control (through the render prop) and error. */
export function Field({ children, ...frame }: FieldFrame & { children: (control: ControlProps) => ReactNode }) {
  const { control, hintId, errorId } = wiring(frame);
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${frame.className ?? ''}`}>
      <div>
        <label htmlFor={control.id} className={labelClass}>
          {frame.label}
        </label>
        <RequiredMark required={frame.required} />
      </div>
      {frame.hint && (
        <p id={hintId} className={hintClass}>
          {frame.hint}
        </p>
      )}
      {children(control)}
      {frame.error && (
        <p id={errorId} className={errorClass}>
          {frame.error}
        </p>
      )}
    </div>
  );
}

type Native<T> = Omit<T, 'id' | 'name' | 'className' | 'required'> & { controlClassName?: string };

export function TextField({ controlClassName, type = 'text', ...props }: FieldFrame & Native<InputHTMLAttributes<HTMLInputElement>>) {
  const { name, id, label, hint, error, required, className, ...native } = props;
  return (
    <Field {...{ name, id, label, hint, error, required, className }}>
      {(control) => <input type={type} {...native} {...control} className={`${controlClass} ${controlClassName ?? ''}`} />}
    </Field>
  );
}

export type Option = { value: string; label: string; disabled?: boolean; /** radio groups: a line under the option */ hint?: string };

/** `options` or <option> children; `defaultValue` keeps the choice (the form is remounted after an answer). */
export function SelectField({ controlClassName, options, children, ...props }: FieldFrame & Native<SelectHTMLAttributes<HTMLSelectElement>> & { options?: readonly Option[] }) {
  const { name, id, label, hint, error, required, className, ...native } = props;
  return (
    <Field {...{ name, id, label, hint, error, required, className }}>
      {(control) => (
        <select {...native} {...control} className={`${controlClass} ${controlClassName ?? ''}`}>
          {options?.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
          {children}
        </select>
      )}
    </Field>
  );
}

export function TextAreaField({ controlClassName, rows = 4, ...props }: FieldFrame & Native<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  const { name, id, label, hint, error, required, className, ...native } = props;
  return (
    <Field {...{ name, id, label, hint, error, required, className }}>
      {(control) => <textarea rows={rows} {...native} {...control} className={`${controlClass} ${controlClassName ?? ''}`} />}
    </Field>
  );
}

/** A box with its label on the right; `value` defaults to the browser's "on". */
export function CheckboxField({ controlClassName, ...props }: FieldFrame & Native<Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>>) {
  const { name, id, label, hint, error, required, className, ...native } = props;
  const { control, hintId, errorId } = wiring({ name, id, label, hint, error, required });
  return (
    <div className={`flex flex-col gap-1 ${className ?? ''}`}>
      <div className="flex items-start gap-3">
        <input type="checkbox" {...native} {...control} className={`${boxClass} ${controlClassName ?? ''}`} />
        <span>
          <label htmlFor={control.id} className="text-slate-900">
            {label}
          </label>
          <RequiredMark required={required} />
        </span>
      </div>
      {hint && (
        <p id={hintId} className={`pl-8 ${hintClass}`}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className={`pl-8 ${errorClass}`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** One choice of several: a fieldset whose legend is the label; each option has its own bound label. */
export function RadioGroupField({
  options,
  defaultValue,
  inline = false,
  className,
  ...frame
}: FieldFrame & { options: readonly Option[]; defaultValue?: string; /** options side by side */ inline?: boolean }) {
  const { control, hintId, errorId } = wiring(frame);
  // the fieldset carries the id, so an error summary's link lands on the group
  return (
    <fieldset id={control.id} className={`flex ${inline ? 'flex-wrap gap-x-4 gap-y-1' : 'flex-col gap-1'} ${className ?? ''}`} aria-describedby={control['aria-describedby']}>
      <legend className={`mb-1 ${labelClass}`}>
        {frame.label}
        <RequiredMark required={frame.required} />
      </legend>
      {frame.hint && (
        <p id={hintId} className={hintClass}>
          {frame.hint}
        </p>
      )}
      {options.map((o) => {
        const optionId = `${control.id}-${o.value}`;
        return (
          <div key={o.value} className="flex items-start gap-2">
            <input
              id={optionId}
              type="radio"
              name={frame.name}
              value={o.value}
              defaultChecked={defaultValue === o.value}
              disabled={o.disabled}
              aria-describedby={o.hint ? `${optionId}-hint` : undefined}
              className={boxClass}
            />
            <div>
              <label htmlFor={optionId}>{o.label}</label>
              {o.hint && (
                <p id={`${optionId}-hint`} className={hintClass}>
                  {o.hint}
                </p>
              )}
            </div>
          </div>
        );
      })}
      {frame.error && (
        <p id={errorId} className={errorClass}>
          {frame.error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * Bare controls for the places whose label is elsewhere or visually hidden (filter boxes, the pagination's
 * page, the currency switcher, the place combobox): they still need an `id` a <label htmlFor> names, or an
 * aria-label; the look and focus ring are the family's.
 */
export function Input({ className, ...props }: ComponentProps<'input'>) {
  const box = props.type === 'checkbox' || props.type === 'radio';
  return <input {...props} className={`${box ? boxClass : controlLook} ${className ?? ''}`} />;
}

export function Select({ className, ...props }: ComponentProps<'select'>) {
  return <select {...props} className={`${controlLook} ${className ?? ''}`} />;
}
