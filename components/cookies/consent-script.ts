import { createHash } from 'node:crypto';
import { CONSENT_COOKIE, CONSENT_MAX_AGE_SECONDS } from '@/lib/consent/cookie-consent';
import { COOKIE_POLICY_VERSION } from '@/lib/consent/cookie-policy-version';

/**
 * Runs before the first paint, at the top of the body: marks `<html data-consent="decided">` when the
 * browser holds a current cookie choice, so CSS hides the banner that every cached page carries and
 * the page never moves when the banner turns out not to be needed (issue 19, CLS). The same test as
 * `consentStatus` (lib/consent/cookie-consent.ts): current policy version, not expired.
 */
export const CONSENT_SCRIPT = `(function(){try{var m=document.cookie.match(/(?:^|; )${CONSENT_COOKIE}=([^;]*)/);if(!m)return;var c=JSON.parse(decodeURIComponent(m[1]));if(c.version===${JSON.stringify(COOKIE_POLICY_VERSION)}&&Date.now()-Date.parse(c.decidedAt)<${CONSENT_MAX_AGE_SECONDS * 1000})document.documentElement.setAttribute("data-consent","decided")}catch(e){}})()`;

/** Its hash for the Content-Security-Policy: allowed on every page by content, not by nonce. */
export const CONSENT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(CONSENT_SCRIPT, 'utf8').digest('base64')}'`;
