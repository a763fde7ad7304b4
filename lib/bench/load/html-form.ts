/** The named fields of the first `<form>` in `html` that contains `marker` (a field name), with their default values. */
export type FormField = { name: string; type: string; value: string; checked: boolean; options: string[] };

const attr = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);
  return match ? decode(match[1]!) : /\s/.test(tag) && new RegExp(`\\s${name}(\\s|>|/)`, 'i').test(tag) ? '' : undefined;
};

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export function formFields(html: string, marker: string): FormField[] {
  const forms = html.split(/<form[\s>]/i).slice(1).map((chunk) => chunk.split(/<\/form>/i)[0]!);
  const form = forms.find((f) => f.includes(`name="${marker}"`));
  if (!form) throw new Error(`no form with the field ${marker}`);
  const fields: FormField[] = [];
  for (const match of form.matchAll(/<input\b[^>]*>/gi)) {
    const tag = match[0];
    const name = attr(tag, 'name');
    if (!name) continue;
    fields.push({ name, type: (attr(tag, 'type') ?? 'text').toLowerCase(), value: attr(tag, 'value') ?? '', checked: attr(tag, 'checked') !== undefined, options: [] });
  }
  for (const match of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
    const name = attr(`<select ${match[1]}>`, 'name');
    if (!name) continue;
    const options = [...match[2]!.matchAll(/<option\b[^>]*value="([^"]*)"/gi)].map((o) => decode(o[1]!));
    const selected = /<option\b[^>]*value="([^"]*)"[^>]*selected/i.exec(match[2]!);
    fields.push({ name, type: 'select', value: selected ? decode(selected[1]!) : (options[0] ?? ''), checked: false, options });
  }
  return fields;
}

/** Every `href` in `html` whose path starts with `prefix`, decoded, without duplicates. */
export function hrefs(html: string, prefix: string): string[] {
  const out = new Set<string>();
  for (const match of html.matchAll(/href="([^"]+)"/g)) {
    const href = decode(match[1]!);
    if (href.startsWith(prefix)) out.add(href);
  }
  return [...out];
}
