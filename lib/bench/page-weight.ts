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
 * JavaScript), each gzipped at the default level as the server sends them to browsers.
 */
export async function pageWeight(base: string, path: string, headers: Record<string, string> = {}): Promise<PageWeight> {
  const html = await body(base + path, headers);
  const sources = [...new Set([...html.toString('utf8').matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')))];
  let jsGzip = 0;
  for (const src of sources) jsGzip += gzipSize(await body(new URL(src, base).href, {}));
  return { htmlBytes: html.length, htmlGzip: gzipSize(html), jsGzip, scripts: sources.length };
}
