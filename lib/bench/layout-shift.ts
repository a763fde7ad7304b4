import { chromium, type Browser, type BrowserContext } from '@playwright/test';

/** Debian's Chromium, headless on these machines: no sandbox, no GPU, nothing but loopback (the e2e tests use them too). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A phone-sized context like Lighthouse's mobile preset, with no cookies unless given. */
export function mobileContext(browser: Browser, cookies: { name: string; value: string; url: string }[] = []): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, locale: 'en-GB' }).then(async (context) => {
    if (cookies.length) await context.addCookies(cookies);
    return context;
  });
}

/**
 * Cumulative layout shift of one page load in Chromium (the layout-shift entries without recent
 * input, summed as Lighthouse does for a load), after the page and its late content settled.
 */
export async function measureLayoutShift(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  await page.close();
  return cls;
}
