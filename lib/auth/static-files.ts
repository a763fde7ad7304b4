import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The files the server answers outside app/[locale]: what public/ holds (read once, when the proxy
 * loads) and the metadata routes Next.js serves from app/. Everything else that is not an API route
 * or a Next.js internal is a page, whatever its last segment looks like: offer ids contain dots.
 */
function publicFiles(root = path.join(process.cwd(), 'public')): string[] {
  try {
    return readdirSync(/*turbopackIgnore: true*/ root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => '/' + path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  } catch {
    return [];
  }
}

const METADATA_ROUTES = ['/favicon.ico', '/icon.svg', '/apple-icon.png', '/robots.txt', '/sitemap.xml', '/manifest.webmanifest'];

export const staticFilePaths: ReadonlySet<string> = new Set([...publicFiles(), ...METADATA_ROUTES]);
