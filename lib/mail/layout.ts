import type { Locale } from '@/lib/i18n/locales';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => entities[c]!);
}

export type MailLayoutInput = {
  locale: Locale;
  brand: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** shown under the button with the URL in full, for mail clients that break buttons */
  fallback?: string;
  notes?: string[];
  /** a second, quieter link after the notes (e.g. a one-click stop link) */
  secondaryLink?: { label: string; url: string };
  footer: string;
};

/**
 * One plain, accessible layout for every transactional mail: a text part that stands on its own and
 * an HTML part with inline styles only (mail clients drop <style> and external CSS).
 */
export function renderMailLayout(input: MailLayoutInput): { html: string; text: string } {
  const { action } = input;
  const text = [
    input.heading,
    '',
    ...input.paragraphs.flatMap((p) => [p, '']),
    ...(action ? [`${action.label}:`, action.url, ''] : []),
    ...(input.notes ?? []).flatMap((n) => [n, '']),
    ...(input.secondaryLink ? [`${input.secondaryLink.label}:`, input.secondaryLink.url, ''] : []),
    '--',
    input.footer,
  ].join('\n');

  const p = (content: string, style = '') => `<p style="margin:0 0 16px;line-height:1.5;${style}">${content}</p>`;
  const html = `<!doctype html>
<html lang="${escapeHtml(input.locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(input.heading)}</title></head>
<body style="margin:0;padding:24px;background:#f8f5ef;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1e293b">
<main style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
<p style="margin:0 0 16px;font-weight:700;color:#0b5d5b">${escapeHtml(input.brand)}</p>
<h1 style="margin:0 0 16px;font-size:22px">${escapeHtml(input.heading)}</h1>
${input.paragraphs.map((x) => p(escapeHtml(x))).join('\n')}
${
  action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#0b5d5b;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:600">${escapeHtml(action.label)}</a></p>
${input.fallback ? p(escapeHtml(input.fallback), 'font-size:14px;color:#475569') : ''}
${p(`<a href="${escapeHtml(action.url)}" style="color:#0b5d5b;word-break:break-all">${escapeHtml(action.url)}</a>`, 'font-size:14px')}`
    : ''
}
${(input.notes ?? []).map((x) => p(escapeHtml(x), 'font-size:14px;color:#475569')).join('\n')}
${input.secondaryLink ? p(`<a href="${escapeHtml(input.secondaryLink.url)}" style="color:#0b5d5b">${escapeHtml(input.secondaryLink.label)}</a>`, 'font-size:14px') : ''}
<hr style="border:none;border-top:1px solid #e2e8f0;margin:24px 0">
${p(escapeHtml(input.footer), 'font-size:12px;color:#64748b')}
</main>
</body>
</html>`;
  return { html, text };
}
