import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * axe's WCAG 2.1 A and AA rules on the page as it is now: no violation. Every e2e test checks accessibility
 * through this one function.
 *
 * Legacy mode runs axe inside the page. The default mode collects results frame by frame and then opens a
 * blank page in the browser context to combine them, which is meant for cross-origin frames. None of our
 * pages has one, and the extra page was about a third of each check's cost. The mailbox's sandboxed mail
 * frame is excluded by the one test that meets it.
 */
export async function expectNoAxeViolations(page: Page, options: { exclude?: string } = {}): Promise<void> {
  const builder = new AxeBuilder({ page })
    // Every failing element is still reported; passing and inapplicable rules keep one example instead of a
    // selector for every element they looked at (a fifth of each check's time). First: options() replaces all.
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true);
  const result = await (options.exclude ? builder.exclude(options.exclude) : builder).analyze();
  expect(result.violations).toEqual([]);
}
