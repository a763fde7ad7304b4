/**
 * Weight and layout-shift budgets of the production build per page kind (issue 19, point 5), enforced by
 * tests/e2e/page-budgets.spec.ts. Sizes are gzip bytes as lib/bench/page-weight.ts measures them.
 *
 * First-load JavaScript is budgeted beyond Next.js's own runtime (the build manifest's `rootMainFiles`:
 * React, the app router, Turbopack's loader), which every app-router page loads whatever it renders:
 * 129.2 KB on Next.js 16.4.5. The issue asked for 120 KB in all on public pages, which is below that
 * floor, and 150 KB on checkout: 20 KB of the app's own code keeps both (checkout and its confirmation
 * ship no next-intl client, as public pages do not: README "Pages, caching and speed").
 */
export const KB = 1024;

export const BUDGETS = {
  homeHtmlGzip: 25 * KB,
  /** A results page with a full page of 20 results. */
  resultsHtmlGzip: 35 * KB,
  publicAppJsGzip: 20 * KB,
  /** with the runtime, at most 150 KB in all (the checkout budget) */
  checkoutAppJsGzip: 20 * KB,
  cumulativeLayoutShift: 0.05,
} as const;
