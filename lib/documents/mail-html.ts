/**
 * The layout of the order's mails: lib/mail's look (inline styles only, one column, a text part that
 * stands on its own), with what a receipt needs besides paragraphs: label/value rows, lists and the
 * price table.
 */
import type { Locale } from '@/lib/i18n/locales';
import { escapeHtml } from '@/lib/mail/layout';
import type { LabelledValue } from './receipt-view';

export type MailSection = {
  heading?: string;
  subheading?: string;
  paragraphs?: string[];
  rows?: LabelledValue[];
  list?: string[];
  table?: { columns: string[]; rows: { label: string; cells: string[] }[]; totals: { label: string; cells: string[] }[] };
};

export type DocumentMailInput = {
  locale: Locale;
  brand: string;
  heading: string;
  intro: string[];
  sections: MailSection[];
  action?: { label: string; url: string; hint?: string };
  notes?: string[];
  footer: string;
};

export function renderDocumentMail(input: DocumentMailInput): { html: string; text: string } {
  return { html: html(input), text: text(input) };
}

function text(input: DocumentMailInput): string {
  const out: string[] = [input.heading, ''];
  for (const p of input.intro) out.push(p, '');
  for (const s of input.sections) {
    if (s.heading) out.push(s.heading, '-'.repeat(Math.min(s.heading.length, 60)));
    if (s.subheading) out.push(s.subheading);
    for (const p of s.paragraphs ?? []) out.push(p);
    for (const r of s.rows ?? []) out.push(r.value ? `${r.label}: ${r.value}` : r.label);
    for (const l of s.list ?? []) out.push(`- ${l}`);
    if (s.table) {
      for (const r of [...s.table.rows, ...s.table.totals]) {
        out.push(`${r.label}: ${r.cells.map((c, i) => `${s.table!.columns[i + 1]} ${c}`).join('; ')}`);
      }
    }
    out.push('');
  }
  if (input.action) {
    if (input.action.hint) out.push(input.action.hint);
    out.push(`${input.action.label}:`, input.action.url, '');
  }
  for (const n of input.notes ?? []) out.push(n, '');
  out.push('--', input.footer);
  return out.join('\n');
}

const P = 'margin:0 0 12px;line-height:1.5';
const CELL = 'padding:6px 8px;border-bottom:1px solid #e2e8f0;font-size:14px';

function html(input: DocumentMailInput): string {
  const e = escapeHtml;
  const sections = input.sections
    .map((s) => {
      const parts: string[] = [];
      if (s.heading) parts.push(`<h2 style="margin:24px 0 8px;font-size:17px;color:#0b5d5b">${e(s.heading)}</h2>`);
      if (s.subheading) parts.push(`<h3 style="margin:16px 0 6px;font-size:15px">${e(s.subheading)}</h3>`);
      for (const p of s.paragraphs ?? []) parts.push(`<p style="${P}">${e(p)}</p>`);
      if (s.rows?.length) {
        parts.push(
          `<dl style="margin:0 0 12px">${s.rows
            .map((r) =>
              r.value
                ? `<dt style="font-weight:600;margin-top:6px">${e(r.label)}</dt><dd style="margin:0 0 0 0">${e(r.value)}</dd>`
                : `<dt style="font-weight:700;margin-top:10px">${e(r.label)}</dt>`,
            )
            .join('')}</dl>`,
        );
      }
      if (s.list?.length) parts.push(`<ul style="margin:0 0 12px;padding-left:20px">${s.list.map((l) => `<li style="margin:0 0 4px">${e(l)}</li>`).join('')}</ul>`);
      if (s.table) {
        const [first, ...others] = s.table.columns;
        parts.push(
          `<table role="table" style="width:100%;border-collapse:collapse;margin:0 0 12px">` +
            `<thead><tr><th scope="col" style="${CELL};text-align:left">${e(first ?? '')}</th>${others.map((c) => `<th scope="col" style="${CELL};text-align:right">${e(c)}</th>`).join('')}</tr></thead>` +
            `<tbody>${s.table.rows
              .map((r) => `<tr><th scope="row" style="${CELL};text-align:left;font-weight:400">${e(r.label)}</th>${r.cells.map((c) => `<td style="${CELL};text-align:right;white-space:nowrap">${e(c)}</td>`).join('')}</tr>`)
              .join('')}${s.table.totals
              .map((r) => `<tr><th scope="row" style="${CELL};text-align:left">${e(r.label)}</th>${r.cells.map((c) => `<td style="${CELL};text-align:right;font-weight:700;white-space:nowrap">${e(c)}</td>`).join('')}</tr>`)
              .join('')}</tbody></table>`,
        );
      }
      return parts.join('\n');
    })
    .join('\n');
  const action = input.action
    ? `${input.action.hint ? `<p style="${P}">${e(input.action.hint)}</p>` : ''}
<p style="margin:20px 0"><a href="${e(input.action.url)}" style="display:inline-block;background:#0b5d5b;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:600">${e(input.action.label)}</a></p>
<p style="${P};font-size:14px"><a href="${e(input.action.url)}" style="color:#0b5d5b;word-break:break-all">${e(input.action.url)}</a></p>`
    : '';
  return `<!doctype html>
<html lang="${e(input.locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${e(input.heading)}</title></head>
<body style="margin:0;padding:24px;background:#f8f5ef;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1e293b">
<main style="max-width:640px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
<p style="margin:0 0 16px;font-weight:700;color:#0b5d5b">${e(input.brand)}</p>
<h1 style="margin:0 0 16px;font-size:22px">${e(input.heading)}</h1>
${input.intro.map((p) => `<p style="${P}">${e(p)}</p>`).join('\n')}
${sections}
${action}
${(input.notes ?? []).map((n) => `<p style="${P};font-size:14px;color:#475569">${e(n)}</p>`).join('\n')}
<hr style="border:none;border-top:1px solid #e2e8f0;margin:24px 0">
<p style="${P};font-size:12px;color:#64748b">${e(input.footer)}</p>
</main>
</body>
</html>`;
}
