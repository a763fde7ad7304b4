import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** `appJsGzip`: the part of `jsGzip` that is not Next.js's own runtime (see nextRuntimeScripts). */
export type PageWeight = { htmlBytes: number; htmlGzip: number; jsGzip: number; appJsGzip: number; scripts: number };

const gzipSize = (body: Buffer) => gzipSync(body).length;

async function body(url: string, headers: Record<string, string>): Promise<Buffer> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/**
 * The scripts every app-router page loads whatever it renders (React, the router, the bundler's
 * runtime): the build manifest's `rootMainFiles`, as `/_next/static/…` URLs. On Next.js 16.4 with
 * Turbopack they are about 129 KB gzip, so a page's own weight is what it loads beyond them.
 */
export function nextRuntimeScripts(distDir = path.resolve(process.env.NEXT_DIST_DIR ?? '.next')): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  return new Set(manifest.rootMainFiles.map((file) => `/_next/${file}`));
}

/**
 * What a first visit downloads: the HTML and every script it loads with `<script src>` (first-load
 * JavaScript), each gzipped at the default level as the server sends them to browsers. A `noModule`
 * script (Next.js's polyfills for browsers without ES modules) is not counted: every browser that
 * runs modules skips it, as Lighthouse does.
 */
export async function pageWeight(base: string, pagePath: string, headers: Record<string, string> = {}, runtime: Set<string> = new Set()): Promise<PageWeight> {
  const html = await body(base + pagePath, headers);
  const tags = [...html.toString('utf8').matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter((m) => !/\snoModule\b/i.test(m[1]! + ' ' + m[3]!));
  const sources = [...new Set(tags.map((m) => m[2]!.replace(/&amp;/g, '&')))];
  let jsGzip = 0;
  let appJsGzip = 0;
  for (const src of sources) {
    const size = gzipSize(await body(new URL(src, base).href, {}));
    jsGzip += size;
    if (!runtime.has(new URL(src, base).pathname)) appJsGzip += size;
  }
  return { htmlBytes: html.length, htmlGzip: gzipSize(html), jsGzip, appJsGzip, scripts: sources.length };
}
