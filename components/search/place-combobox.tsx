'use client';

import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Field, Input } from '@/components/forms/field';
import { MAX_SHOWN } from './combobox-constants';

export type ComboOption = {
  value: string;
  /** what the input shows once chosen */
  label: string;
  /** second line: country, airport count, code */
  detail: string;
  /** lower-case names in every language and codes */
  keywords: string;
  /** airports are indented under their city */
  nested?: boolean;
};

type Props = {
  id: string;
  name: string;
  label: string;
  hint: string;
  options: ComboOption[];
  /** the submitted value (a code or a slug), or what was typed */
  defaultValue: string;
  error?: string;
  /** texts from the server, so the widget needs no message catalog on the client */
  texts: { noOptions: string; /** index = number of suggestions shown */ available: string[] };
};


const normalize = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * An editable combobox (WAI-ARIA 1.2 list autocomplete): type a city, an airport or a code in any
 * of the site's languages, move with the arrow keys, choose with Enter, close with Escape. The form
 * submits the chosen code; typed text that matches nothing is submitted as it is, and the server
 * answers with a field error.
 */
export function PlaceCombobox({ id, name, label, hint, options, defaultValue, error, texts }: Props) {
  const initial = options.find((o) => o.value === defaultValue);
  const [text, setText] = useState(initial?.label ?? defaultValue);
  const [value, setValue] = useState(initial?.value ?? defaultValue);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const statusId = `${id}-status`;
  const inputRef = useRef<HTMLInputElement>(null);

  const matches = useMemo(() => {
    const words = normalize(text).split(' ').filter(Boolean);
    if (words.length === 0) return options.filter((o) => !o.nested).slice(0, MAX_SHOWN);
    return options.filter((o) => words.every((w) => o.keywords.split(' ').some((k) => k.startsWith(w)))).slice(0, MAX_SHOWN);
  }, [text, options]);

  function choose(option: ComboOption) {
    setText(option.label);
    setValue(option.value);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (matches.length === 0 ? -1 : (i + 1) % matches.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (matches.length === 0 ? -1 : (i - 1 + matches.length) % matches.length));
    } else if (event.key === 'Enter' && open && active >= 0 && matches[active]) {
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    } else if (event.key === 'Tab' && open) {
      setOpen(false);
    }
  }

  const activeId = open && active >= 0 ? `${listId}-${active}` : undefined;

  return (
    <Field id={id} name={name} label={label} hint={hint} error={error} className="relative">
      {({ name: _visibleTextIsNotTheValue, ...control }) => (
        <>
          <Input
            {...control}
            ref={inputRef}
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={activeId}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setValue(e.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onFocus={() => setOpen(text.length > 0 && !options.some((o) => o.value === value))}
            onBlur={() => {
              setOpen(false);
              // Typed text that names exactly one option is as good as choosing it.
              const exact = options.filter((o) => normalize(o.label) === normalize(text) || o.value.toLowerCase() === text.trim().toLowerCase());
              if (exact.length >= 1 && exact[0]) choose(exact[0]);
            }}
            onKeyDown={onKeyDown}
          />
          <input type="hidden" name={name} value={value} />
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!open || matches.length === 0}
        className="absolute top-full z-20 mt-1 max-h-80 w-full min-w-64 overflow-auto rounded-lg border border-slate-300 bg-white py-1 shadow-lg"
      >
        {matches.map((option, index) => (
          <li
            key={option.value}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(option);
              inputRef.current?.focus();
            }}
            className={`cursor-pointer px-3 py-2 ${option.nested ? 'pl-7' : ''} ${index === active ? 'bg-brand-50 text-brand-800' : ''}`}
          >
            <span className="block font-medium">{option.label}</span>
            <span className="block text-xs text-slate-600">{option.detail}</span>
          </li>
        ))}
      </ul>
      {open && matches.length === 0 && (
        <p className="absolute top-full z-20 mt-1 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-600 shadow-lg">
          {texts.noOptions}
        </p>
      )}
      <p id={statusId} className="sr-only" aria-live="polite">
        {open && matches.length > 0 ? texts.available[matches.length] : ''}
      </p>
        </>
      )}
    </Field>
  );
}
