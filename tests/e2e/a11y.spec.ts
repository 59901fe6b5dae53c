import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openWizard } from './helpers.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;
/** Every page of the build but the redirect stubs (they navigate away at once). */
const pages = (readdirSync(dist, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.html') && !readFileSync(`${dist}${f}`, 'utf8').includes('http-equiv="refresh"'))
  .map((f) => f.replace(/index\.html$/, ''));

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const p of pages) {
      test(`axe finds nothing on /${p}`, async ({ page }) => {
        // Outcome and stack pages hold sixteen highlighted snippets each: axe needs time on a busy machine.
        test.setTimeout(60_000);
        await page.goto(`./${p}`);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test('axe finds nothing on a wizard result, a broken link notice, and at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const q of ['?checked-by=origin&client-blocked=no&route-exists=no', '?checked-by=nope&x=1']) {
    await openWizard(page, q);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id), q).toEqual([]);
  }
});
