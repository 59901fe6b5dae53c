/**
 * The response checker (/check/): paste an exchange and read the findings; copy the result link and open
 * it in a new page to get the same findings; a hostile fragment gets a message; without JavaScript the page
 * explains and lists every rule; axe on the checker with findings and on a rule page; 375 px without
 * horizontal scrolling.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const SPRING_403 = 'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"error":"Forbidden"}';
const BEARER_MIXUP = 'HTTP/2 403\nwww-authenticate: Bearer realm="api", error="invalid_token"\ncache-control: public, max-age=60';

async function openChecker(page: Page, fragment = ''): Promise<void> {
  await page.goto(`./check/${fragment}`);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  await expect(page.locator('.checker[data-ready="true"]')).toBeVisible();
}

const ruleIds = (page: Page) => page.locator('[data-testid="checker-findings"] > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));

test('paste a response, give the request facts, read the findings with their RFC sentence @base', async ({ page }) => {
  await openChecker(page);
  await page.getByLabel('Response: status line, headers, optional body').fill(SPRING_403);
  await page.getByLabel('Authorization').selectOption('none');
  await page.getByRole('button', { name: 'Check the response' }).click();
  await expect(page.getByTestId('checker-summary')).toHaveText('1 finding for 403: 1 warning.');
  const finding = page.locator('[data-rule="403-without-credentials"]');
  await expect(finding).toContainText('The request carried no credentials');
  await expect(finding.locator('blockquote')).toContainText('lacks valid authentication credentials');
  // The rule page, the excerpt and the outcome are real pages of this site.
  for (const link of await finding.locator('a').all()) {
    const href = await link.getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.status(), href!).toBe(200);
  }
  await expect(page.getByRole('heading', { name: 'Findings' })).toBeFocused();
});

test('copy the result link, open it in a new page: the same exchange and the same findings @base', async ({ page, context }) => {
  await openChecker(page);
  await page.getByLabel('Response: status line, headers, optional body').fill(BEARER_MIXUP);
  await page.getByLabel('Authorization').selectOption('bearer');
  await page.getByLabel('Sent by').selectOption('code');
  await page.getByRole('button', { name: 'Check the response' }).click();
  const before = await ruleIds(page);
  expect(before).toEqual(expect.arrayContaining(['bearer-invalid-token-status', 'cacheable-auth-failure']));
  await page.getByRole('button', { name: 'Copy result link' }).click();
  await expect(page.getByTestId('checker-message')).toContainText('copied to the clipboard');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/check\/#x=[A-Za-z0-9_-]+$/);
  expect(await page.getByTestId('result-link').inputValue()).toBe(link);

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.locator('.checker[data-ready="true"]')).toBeVisible();
  await expect(other.getByTestId('checker-message')).toHaveText('Opened the exchange from the link.');
  await expect(other.getByLabel('Response: status line, headers, optional body')).toHaveValue(BEARER_MIXUP);
  await expect(other.getByLabel('Authorization')).toHaveValue('bearer');
  await expect(other.getByLabel('Sent by')).toHaveValue('code');
  expect(await ruleIds(other)).toEqual(before);
});

test('a damaged, foreign or oversized fragment gets a message, never a crash', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const [fragment, text] of [
    ['#x=%%%', 'not valid base64url'],
    ['#x=AAAAAAAA', 'does not decompress'],
    [`#x=${'A'.repeat(20_000)}`, 'over the 16 KB limit'],
  ] as const) {
    await openChecker(page, fragment);
    await expect(page.getByTestId('link-error'), fragment.slice(0, 20)).toContainText(text);
    await expect(page.getByLabel('Response: status line, headers, optional body')).toBeEditable();
  }
  // A link made for another format version.
  const fragment = await page.evaluate(async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ v: 99, r: 'HTTP/1.1 401' }));
    const packed = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    return `#x=${btoa(String.fromCharCode(...packed)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
  });
  await openChecker(page, fragment);
  await expect(page.getByTestId('link-error')).toContainText('another version of this page');
  expect(errors).toEqual([]);
});

test('hostile pastes: empty, binary, a megabyte, headers without a status line', async ({ page }) => {
  await openChecker(page);
  const box = page.getByLabel('Response: status line, headers, optional body');
  const check = page.getByRole('button', { name: 'Check the response' });
  await check.click();
  await expect(page.getByTestId('checker-summary')).toContainText('The paste is empty');
  await box.fill('Content-Type: text/html\nX-Frame-Options: DENY');
  await check.click();
  await expect(page.getByTestId('checker-summary')).toContainText('No status found');
  await box.fill(`HTTP/1.1 401 Unauthorized\n\n${'x'.repeat(1024 * 1024)}`);
  await check.click();
  await expect(page.getByTestId('checker-problems')).toContainText('only the first 256 KB');
  await expect(page.getByTestId('checker-summary')).toHaveText('1 finding for 401: 1 error.');
  // Too long for a link, before compression (a megabyte) or after it (text that does not compress): said, not made.
  await page.getByRole('button', { name: 'Copy result link' }).click();
  await expect(page.getByTestId('checker-message')).toContainText('too large for a link');
  let noise = '';
  for (let i = 0, x = 1; i < 40_000; i++) noise += String.fromCharCode(33 + ((x = (x * 48271) % 2147483647) % 90));
  await box.fill(`HTTP/1.1 401 Unauthorized\n\n${noise}`);
  await check.click();
  await page.getByRole('button', { name: 'Copy result link' }).click();
  await expect(page.getByTestId('checker-message')).toContainText('the limit is 16 KB');
  await expect(page.getByTestId('result-link')).toHaveCount(0);
  await box.fill('HTTP/1.1 401 \u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u000e\u000f');
  await check.click();
  await expect(page.getByTestId('checker-problems')).toContainText('binary data');
});

test('examples load and are checked', async ({ page }) => {
  await openChecker(page);
  await page.getByLabel('Load an example').selectOption({ label: 'Bearer invalid_token sent with 403' });
  await expect(page.getByTestId('checker-message')).toContainText('Loaded the example');
  expect(await ruleIds(page)).toContain('bearer-invalid-token-status');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page explains the checker and links every rule page @base', async ({ page }) => {
    await page.goto('./check/');
    await expect(page.getByRole('heading', { level: 1, name: 'Response checker' })).toBeVisible();
    // Chromium does not render <noscript> when Playwright turns scripts off, so read it from the HTML.
    expect(await page.content()).toMatch(/<noscript>[^<]*<p[^>]*>The checker runs in your browser and needs JavaScript/);
    await expect(page.getByRole('heading', { name: 'Nothing is sent anywhere' })).toBeVisible();
    // Without the script the form cannot be submitted: that would put the paste in a query string sent to the server.
    await expect(page.getByLabel('Response: status line, headers, optional body')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Check the response' })).toBeDisabled();
    const rules = page.locator('.rule-list a');
    expect(await rules.count()).toBeGreaterThanOrEqual(25);
    await rules.filter({ hasText: '401 without WWW-Authenticate' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '401 without WWW-Authenticate' })).toBeVisible();
    await expect(page.getByTestId('example-failing')).toContainText('HTTP/1.1 401 Unauthorized');
    await expect(page.locator('blockquote.rfc')).toContainText('MUST send a WWW-Authenticate header field');
    await expect(page.getByRole('link', { name: /Authentication required/i }).first()).toBeVisible();
  });
});

test('axe finds nothing on the checker with findings and on a rule page, light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await openChecker(page);
    await page.getByLabel('Load an example').selectOption({ index: 3 });
    await expect(page.getByTestId('checker-findings')).toBeVisible();
    await page.getByRole('button', { name: 'Copy result link' }).click();
    await expect(page.getByTestId('result-link')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), scheme).toEqual([]);
    await page.goto('./check/rules/field-value-control-chars/');
    const rule = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(rule.violations.map((v) => v.id), scheme).toEqual([]);
  }
});

test('at 375 px nothing scrolls sideways, with findings and a long link shown', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openChecker(page);
  await page.getByLabel('Response: status line, headers, optional body').fill(`${BEARER_MIXUP}\nx-long: ${'a'.repeat(400)}`);
  await page.getByLabel('Authorization').selectOption('none');
  await page.getByLabel('Origin').fill('https://a-very-long-origin-name.example.com');
  await page.getByRole('button', { name: 'Check the response' }).click();
  await page.getByRole('button', { name: 'Copy result link' }).click();
  await expect(page.getByTestId('result-link')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.goto('./check/rules/cors-challenge-not-exposed/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
