/**
 * Weight and layout-shift budgets of the production build per page kind (issue 19, point 5), enforced by
 * tests/e2e/page-budgets.spec.ts. Sizes are gzip bytes as lib/bench/page-weight.ts measures them.
 *
 * First-load JavaScript is budgeted beyond Next.js's own runtime (the build manifest's `rootMainFiles`:
 * React, the app router, Turbopack's loader), which every app-router page loads whatever it renders:
 * 129.2 KB on Next.js 16.4.5. The issue asked for 120 KB in all on public pages and 150 KB on checkout,
 * which is below that floor; the budgets keep its intent, 20 KB and 50 KB of the app's own code.
 */
export const KB = 1024;

export const BUDGETS = {
  homeHtmlGzip: 25 * KB,
  /** A results page with a full page of 20 results. */
  resultsHtmlGzip: 35 * KB,
  publicAppJsGzip: 20 * KB,
  checkoutAppJsGzip: 50 * KB,
  cumulativeLayoutShift: 0.05,
} as const;
