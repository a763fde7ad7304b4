/**
 * Weight and layout-shift budgets of the production build per page kind (issue 19, point 5), enforced by
 * tests/e2e/page-budgets.spec.ts and printed beside the figures of `npm run bench:pages`. Sizes are gzip
 * bytes as lib/bench/page-weight.ts measures them.
 */
export const KB = 1024;

export const BUDGETS = {
  homeHtmlGzip: 25 * KB,
  /** A results page with a full page of 20 results. */
  resultsHtmlGzip: 35 * KB,
  publicJsGzip: 120 * KB,
  checkoutJsGzip: 150 * KB,
  cumulativeLayoutShift: 0.05,
} as const;
