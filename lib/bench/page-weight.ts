import { gzipSync } from 'node:zlib';

export type PageWeight = { htmlBytes: number; htmlGzip: number; jsGzip: number; scripts: number };

const gzipSize = (body: Buffer) => gzipSync(body).length;

async function body(url: string, headers: Record<string, string>): Promise<Buffer> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/**
 * What a first visit downloads: the HTML and every script it loads with `<script src>` (first-load
 * JavaScript), each gzipped at the default level as the server sends them to browsers. A `noModule`
 * script (Next.js's polyfills for browsers without ES modules) is not counted: every browser that
 * runs modules skips it, as Lighthouse does.
 */
export async function pageWeight(base: string, path: string, headers: Record<string, string> = {}): Promise<PageWeight> {
  const html = await body(base + path, headers);
  const tags = [...html.toString('utf8').matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter((m) => !/\snoModule\b/i.test(m[1]! + ' ' + m[3]!));
  const sources = [...new Set(tags.map((m) => m[2]!.replace(/&amp;/g, '&')))];
  let jsGzip = 0;
  for (const src of sources) jsGzip += gzipSize(await body(new URL(src, base).href, {}));
  return { htmlBytes: html.length, htmlGzip: gzipSize(html), jsGzip, scripts: sources.length };
}
