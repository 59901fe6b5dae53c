import { expect, test, type Page } from '@playwright/test';
import { OUTCOMES } from '../../src/decision/index.ts';
import { rawResponse, reviewComment } from '../../src/view/snippets.ts';
import { answer, openWizard } from './helpers.ts';

const FORBIDDEN = '?scheme=bearer&client=programmatic&checked-by=origin&client-blocked=no&route-exists=yes&requires-auth=yes&credentials-sent=yes&credentials-parse=well-formed&credentials-valid=valid&permitted=no&reveal-existence=yes';
/** The same answers as a v1 link (before the settings, with the account-standing question). */
const V1_FORBIDDEN = '?checked-by=origin&client-blocked=no&route-exists=yes&requires-auth=yes&credentials-sent=yes&credentials-parse=well-formed&credentials-valid=valid&account-standing=good&permitted=no&reveal-existence=yes';
const PERMITTED = 'Setting the particular record aside, may this caller do this kind of thing here?';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The page's canonical URL (absolute from SITE_URL), and the same path at the origin serving the page. */
async function addresses(page: Page): Promise<{ canonical: string; here: string }> {
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  // The preview serves at 127.0.0.1, the build's SITE_URL is elsewhere: the two must differ here.
  expect(new URL(canonical).origin).not.toBe(new URL(page.url()).origin);
  return { canonical, here: new URL(new URL(canonical).pathname, page.url()).href };
}

test('each copy button on an outcome page puts the exact snippet on the clipboard, with links at this origin @base', async ({ page }) => {
  await page.goto('./outcomes/forbidden/');
  const { here } = await addresses(page);
  const expected: Record<string, string> = {
    'Copy link': here,
    'Copy review comment': reviewComment(OUTCOMES.forbidden, here),
    'Copy example response': rawResponse(OUTCOMES.forbidden),
  };
  for (const [name, text] of Object.entries(expected)) {
    const button = page.getByRole('button', { name });
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    // The announcement sits next to the button that was pressed, in a live region.
    const status = button.locator('xpath=ancestor::*[@data-copy-group][1]').locator('[data-share-status]');
    await expect(status).toContainText('copied to the clipboard');
    await expect(status).toHaveAttribute('role', 'status');
  }
});

test('a result link shows how you got here and keeps the answers in the snippets @base', async ({ page }) => {
  await page.goto(`./outcomes/forbidden/${FORBIDDEN}`);
  const route = page.locator('#how-you-got-here');
  await expect(route).toBeVisible();
  await expect(route.locator('ol:visible > li')).toHaveCount(9);
  await expect(route.locator('ol:visible > li').nth(7)).toContainText(`${PERMITTED} No: the caller’s role, group or policy forbids`);
  const { here } = await addresses(page);
  await expect(page.locator('#share-link')).toHaveValue(`${here}${FORBIDDEN}`);
  await expect(page.locator('#share-markdown')).toHaveValue(reviewComment(OUTCOMES.forbidden, `${here}${FORBIDDEN}`));
  // Each answer links back to the wizard at that question, to change it.
  await route.getByRole('link', { name: `Change your answer to: ${PERMITTED}` }).click();
  await openWizardLoaded(page);
  await expect(page.getByTestId('question')).toHaveAttribute('data-question', 'permitted');
});

test('a v1 result link (before the settings existed) still shows how you got here, in today’s answers', async ({ page }) => {
  await page.goto(`./outcomes/forbidden/${V1_FORBIDDEN}`);
  const route = page.locator('#how-you-got-here');
  await expect(route.locator('ol:visible > li')).toHaveCount(9);
  await expect(route.locator('[data-mismatch]')).toBeHidden();
});

test('a link that carries a scheme marks that scheme’s variant on the outcome page @base', async ({ page }) => {
  await page.goto('./outcomes/authentication-required/?scheme=basic&client=programmatic');
  const basic = page.locator('#scheme-basic');
  await expect(basic).toHaveClass(/chosen/);
  await expect(basic).toContainText('WWW-Authenticate: Basic realm="admin", charset="UTF-8"');
  await expect(page.locator('#scheme-bearer')).not.toHaveClass(/chosen/);
  await expect(page.locator('#scheme-mtls')).toContainText('Not reached with this scheme');
});

async function openWizardLoaded(page: import('@playwright/test').Page) {
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
}

test('answers that do not lead to the outcome are called out, not shown as the route', async ({ page }) => {
  await page.goto('./outcomes/forbidden/?checked-by=proxy');
  await expect(page.locator('#how-you-got-here [data-mismatch]')).toBeVisible();
  await expect(page.locator('#how-you-got-here ol:visible')).toHaveCount(0);
  await expect(page.locator('#share-link')).toHaveValue(/\/outcomes\/forbidden\/$/);
  await page.locator('#how-you-got-here [data-mismatch] a').click();
  await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'proxy-authentication-required');
});

test('when the clipboard is refused, the snippet is selected and the visitor told how to copy it', async ({ page, context }) => {
  await context.clearPermissions();
  await page.goto('./outcomes/allowed/');
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.getByRole('button', { name: 'Copy review comment' }).click();
  await expect(page.locator('[data-share] [data-share-status]')).toContainText('press Ctrl+C');
  await expect(page.locator('#share-markdown')).toBeFocused();
  const selected = await page.evaluate(() => {
    const ta = document.getElementById('share-markdown') as HTMLTextAreaElement;
    return ta.value.slice(ta.selectionStart, ta.selectionEnd);
  });
  expect(selected).toBe(await page.locator('#share-markdown').inputValue());
  // The example response is a <pre>: its text is selected instead.
  await page.getByRole('button', { name: 'Copy example response' }).click();
  await expect(page.locator('#share-http ~ [data-share-status]')).toContainText('press Ctrl+C');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(rawResponse(OUTCOMES.allowed));
});

test('the wizard result copies a link to the outcome page that carries the answers @base', async ({ page }) => {
  await openWizard(page);
  for (const a of ['origin', 'no', 'yes', 'yes', 'yes', 'well-formed', 'valid', 'no', 'yes']) await answer(page, a);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // The link points at the site where it is being read (its path under the base), not at SITE_URL.
  const { here } = await addresses(page);
  expect(link).toBe(`${here}outcomes/forbidden/${FORBIDDEN}`);
  await page.getByRole('button', { name: 'Copy review comment' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reviewComment(OUTCOMES.forbidden, link));
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toBeVisible();
  await page.getByRole('button', { name: 'Copy example response' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(rawResponse(OUTCOMES.forbidden));
  await page.goto(`./outcomes/forbidden/${FORBIDDEN}`);
  await expect(page.locator('#how-you-got-here')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the snippets stay visible to copy by hand', async ({ page }) => {
    await page.goto(`./outcomes/invalid-credentials/${FORBIDDEN}`);
    await expect(page.locator('#share-markdown')).toBeVisible();
    await expect(page.locator('#share-markdown')).toHaveValue(/^\*\*401 Unauthorized\*\*/);
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await expect(page.locator('#how-you-got-here')).toBeHidden();
  });
});
