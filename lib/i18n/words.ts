/**
 * Words for client components without next-intl's client (issue 19, point 5): the server formats a
 * catalog's messages into plain strings (lib/i18n/client-words.ts), an argument the client only knows
 * at run time kept as its `{name}` marker, and the client fills the markers in. Keys are full catalog
 * keys; a missing key answers the key, as next-intl does.
 */
export type Words = Record<string, string>;

function fill(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (marker, name: string) => (name in values ? String(values[name]) : marker));
}

export function word(words: Words, key: string, values?: Record<string, string | number>): string {
  const template = words[key];
  return template === undefined ? key : fill(template, values);
}
