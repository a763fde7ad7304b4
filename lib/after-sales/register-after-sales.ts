/**
 * After-sales' part of start-up (called from lib/jobs/register-features.ts): its background jobs, if any.
 */
export function registerAfterSales(): void {}
