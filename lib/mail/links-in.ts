/**
 * The http(s) links of a message, for the outbox page to list outside the sandboxed frame. Labels are
 * the anchor text of the HTML part when there is one, else the URL.
 */
export function linksIn(text: string, html: string): { url: string; label: string }[] {
  const found = new Map<string, string>();
  const decode = (s: string) =>
    s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  for (const match of html.matchAll(/<a\s[^>]*href="(https?:\/\/[^"]+)"[^>]*>([\s\S]*?)<\/a>/gi)) {
    const url = decode(match[1]!);
    const label = decode(match[2]!.replace(/<[^>]+>/g, '')).trim();
    if (!found.has(url) || found.get(url) === url) found.set(url, label || url);
  }
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    if (!found.has(match[0])) found.set(match[0], match[0]);
  }
  return [...found].map(([url, label]) => ({ url, label }));
}
