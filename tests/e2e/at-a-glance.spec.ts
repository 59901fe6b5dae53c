import { expect, test, type Locator, type Page } from '@playwright/test';
import { OUTCOME_SLUGS } from '../../src/decision/index.ts';
import { openWizard } from './helpers.ts';

/** The answer of a shared link is on the first screen: the status code and the verdict, whole. */
const SIZES = [
  { width: 375, height: 800 },
  { width: 1280, height: 800 },
] as const;

async function inFirstViewport(page: Page, target: Locator, what: string) {
  const box = await target.boundingBox();
  const { height, width } = page.viewportSize()!;
  expect(box, what).not.toBeNull();
  expect(box!.y, `${what} starts on the first screen`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what} ends on the first screen`).toBeLessThanOrEqual(height);
  expect(box!.x + box!.width, `${what} fits the width`).toBeLessThanOrEqual(width + 1);
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('every outcome page shows its status code and verdict first', async ({ page }) => {
      for (const slug of OUTCOME_SLUGS) {
        await page.goto(`./outcomes/${slug}/`);
        await inFirstViewport(page, page.locator('h1 .status'), `${slug}: status code`);
        await inFirstViewport(page, page.locator('p.verdict').first(), `${slug}: verdict`);
        // No table or block sticks out of the page sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), slug).toBe(true);
      }
    });

    test('a result link shows the verdict as the page heading, the answers folded away @base', async ({ page }) => {
      const query = '?scheme=bearer&client=programmatic&checked-by=origin&client-blocked=no&route-exists=yes&requires-auth=yes&credentials-sent=yes&credentials-parse=well-formed&credentials-valid=valid&permitted=no&reveal-existence=yes';
      await openWizard(page, query);
      const h1 = page.locator('h1');
      await expect(h1).toHaveCount(1);
      await expect(h1).toContainText('403');
      await expect(h1).toContainText('Forbidden');
      await inFirstViewport(page, h1.locator('.status'), 'status code');
      await inFirstViewport(page, page.getByTestId('result').locator('p.verdict'), 'verdict');
      const answers = page.getByTestId('your-answers');
      await expect(answers).not.toHaveAttribute('open', /.*/);
      await expect(answers.locator('summary')).toContainText(/\d+ answers · change/);
      await expect(page).toHaveTitle('403 Forbidden: Authenticated but not permitted · 401 or 403?');
    });
  });
}

test('the tab title follows each step of the wizard', async ({ page }) => {
  await openWizard(page);
  const first = await page.title();
  await page.locator('[data-testid="question"] a[data-answer="origin"]').click();
  await expect(page).toHaveTitle(/ · 401 or 403\?$/);
  expect(await page.title()).not.toBe(first);
  await page.goBack();
  await expect(page).toHaveTitle(first);
});
