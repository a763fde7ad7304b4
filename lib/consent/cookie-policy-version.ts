/**
 * The version in the front matter of content/legal/<locale>/cookies.md. A constant, so the browser
 * can tell an outdated choice without reading files; lib/privacy/cookie-registry.test.ts fails when
 * the policy's version changes and this line does not.
 */
export const COOKIE_POLICY_VERSION = '2026-11-23';
