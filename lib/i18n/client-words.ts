import 'server-only';
import { getMessages, getTranslations } from 'next-intl/server';
import { pickMessages } from './client-messages';
import type { Messages } from './messages';
import type { Words } from './words';

// A plural, select, number or date argument cannot stay a marker: such a message is formatted by the page.
const complexArgument = /\{\s*\w+\s*,/;

/**
 * The messages under `paths` (namespaces or keys, as pickMessages takes them) as plain strings for a
 * client component (lib/i18n/words.ts): each simple argument stays its `{name}` marker. Messages with
 * rich tags or complex arguments are left out; the page formats those itself.
 */
export function clientWords(locale: string, paths: readonly string[]): Promise<Words> {
  // The catalogs are fixed for the life of the process and no request value is formatted in: work each list out
  // once per language, not on every checkout render (it cost a quarter of checkout's throughput).
  const key = `${locale}\n${paths.join(',')}`;
  let words = computed.get(key);
  if (!words) {
    words = computeWords(locale, paths);
    computed.set(key, words);
    words.catch(() => computed.delete(key));
  }
  return words;
}

const computed = new Map<string, Promise<Words>>();

async function computeWords(locale: string, paths: readonly string[]): Promise<Words> {
  const [messages, t] = await Promise.all([getMessages({ locale }), getTranslations({ locale })]);
  const words: Words = {};
  const walk = (node: Messages, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (value && typeof value === 'object') walk(value as Messages, path);
      else if (typeof value === 'string' && !complexArgument.test(value) && !/<\w+>/.test(value)) {
        const markers = Object.fromEntries([...value.matchAll(/\{(\w+)\}/g)].map(([marker, name]) => [name!, marker]));
        words[path] = t(path as never, markers as never);
      }
    }
  };
  walk(pickMessages(messages, paths), '');
  return words;
}
