import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from './locales';

/**
 * Catalogs live in content/messages/<locale>/<namespace>.json, one file per feature, so
 * features add their strings without editing a shared file. Namespace = file name.
 */
const messagesDir = path.join(process.cwd(), 'content', 'messages');

export type Messages = Record<string, unknown>;

const cache = new Map<Locale, Messages>();

export function loadMessages(locale: Locale): Messages {
  const cached = cache.get(locale);
  if (cached && process.env.NODE_ENV === 'production') return cached;
  const dir = path.join(messagesDir, locale);
  const messages: Messages = {};
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    messages[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  }
  cache.set(locale, messages);
  return messages;
}
