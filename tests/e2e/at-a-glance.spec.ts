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

test('answer cards and Start over act as buttons: Space presses them', async ({ page }) => {
  await openWizard(page);
  const card = page.locator('[data-testid="question"] a[data-answer="origin"]');
  await card.focus();
  const before = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('question')).toHaveAttribute('data-question', 'client-blocked');
  expect(await page.evaluate(() => window.scrollY)).toBeLessThanOrEqual(before + 1);
  await page.getByRole('link', { name: 'Start over' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('question')).toHaveAttribute('data-question', 'checked-by');
});

test('"Why not …?" links to the outcomes where that status is right', async ({ page }) => {
  await page.goto('./outcomes/forbidden/');
  const links = page.getByTestId('alternatives').getByRole('link');
  expect(await links.count()).toBeGreaterThan(0);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    const res = await page.request.get(href!);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain('<span class="status st-401">401</span>');
  }
});

test('a hub per status lists every outcome with that status, with its verdict @base', async ({ page }) => {
  for (const code of ['401', '403', '404']) {
    await page.goto(`./${code}/`);
    await expect(page.locator('h1')).toContainText(code);
    const items = page.getByTestId('hub-outcomes').locator('li');
    expect(await items.count(), code).toBeGreaterThan(1);
    for (const item of await items.all()) {
      await expect(item.locator('.status')).toHaveText(code);
      await expect(item.locator('p')).not.toBeEmpty();
    }
  }
  await page.goto('./outcomes/');
  await page.getByRole('navigation', { name: 'By status code' }).getByRole('link', { name: '429' }).click();
  await expect(page.locator('h1')).toContainText('429 Too Many Requests');
});
