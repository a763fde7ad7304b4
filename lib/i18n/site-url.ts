/**
 * The site's public origin (APP_URL) for absolute canonical and hreflang links, the sitemap and
 * robots.txt. Read without the full environment check (lib/env.ts) because `next build` prerenders
 * pages with it; set APP_URL at build time too, or prerendered pages name localhost until their
 * first revalidation.
 */
export function siteUrl(): URL {
  try {
    return new URL(process.env.APP_URL ?? 'http://localhost:3000');
  } catch {
    return new URL('http://localhost:3000');
  }
}
