import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { pageScripts } from '../../scripts/lib/site-check.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;
const pages = (readdirSync(dist, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.html'))
  .map((f) => relative(dist, join(dist, f)).replace(/index\.html$/, '').replace(/\\/g, '/'));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the questions can be answered through plain links to an outcome @base', async ({ page }) => {
    await page.goto('./');
    for (const a of ['origin', 'no', 'yes', 'yes', 'yes', 'well-formed', 'valid', 'no', 'yes']) {
      await page.locator(`a[data-answer="${a}"]`).first().click();
    }
    await expect(page).toHaveURL(/\/outcomes\/forbidden\/$/);
    await expect(page.locator('h1')).toContainText('403');
    await expect(page.locator('blockquote[cite="https://www.rfc-editor.org/rfc/rfc9110#section-11.4"]')).toContainText('valid credentials that are not adequate');
  });

  test('a question page works on its own and highlights where it sits', async ({ page }) => {
    await page.goto('./questions/permitted/');
    await expect(page.locator('h1')).toHaveText('Setting the particular record aside, may this caller do this kind of thing here?');
    // The page shows the chart that holds the question, with the path into it from the chart before, marked.
    await expect(page.locator('.flowchart-canvas > svg')).toHaveCount(1);
    await expect(page.locator('[id^="fc-permission-flowchart-permitted-"]')).toHaveAttribute('data-hl', 'end');
    await expect(page.locator('[id^="fc-permission-flowchart-entry_credentials_valid-"]')).toHaveAttribute('data-hl', 'step');
    const width = await page.locator('[id^="fc-permission-flowchart-permitted-"] > polygon').evaluate((el) => getComputedStyle(el).strokeWidth);
    expect(width).toBe('4px');
    const entry = await page.locator('[id^="fc-permission-flowchart-entry_credentials_valid-"] > rect').evaluate((el) => getComputedStyle(el).strokeWidth);
    expect(entry).toBe('3px');
  });
});

/** Bytes of JavaScript a page loads, and the files it comes from. */
function pageJs(html: string, page: string): { bytes: number; files: string[] } {
  const { inline, files } = pageScripts(dist, '/', html, join(dist, page));
  const bytes = inline.reduce((n, c) => n + c.length, 0) + [...files].reduce((n, f) => n + readFileSync(f).length, 0);
  return { bytes, files: [...files].map((f) => relative(dist, f)) };
}

test('only the wizard, checker, outcome, search and 404 pages ship a script, and no script holds mermaid', async () => {
  for (const p of pages) {
    const html = readFileSync(join(dist, p, p.endsWith('.html') ? '' : 'index.html'), 'utf8');
    const scripts = html.match(/<script\b/g) ?? [];
    // The two islands; their budgets are npm run bench's (85 KB and 15 KB beyond Preact, gzip).
    if (p === '' || p === 'check/') expect(scripts.length, p).toBeGreaterThan(0);
    else if (/^outcomes\/[a-z-]+\/$/.test(p) || p === '404.html' || p === 'search/') {
      // One small module and no framework: copy buttons and "how you got here", the 404 suggestions, or
      // the search page's (Pagefind's own library loads only when there is something to search for).
      expect(scripts.length, p).toBe(1);
      const js = pageJs(html, p);
      expect(js.bytes, p).toBeLessThan(4000);
      expect(js.files.filter((f) => /preact|hooks\.module|signals|client\.|Wizard/.test(f)), p).toEqual([]);
    } else expect(scripts.length, p).toBe(0);
  }
  const js = (readdirSync(join(dist, '_astro')) as string[]).filter((f) => f.endsWith('.js'));
  expect(js.length).toBeGreaterThan(0);
  for (const f of js) expect(/mermaid/i.test(readFileSync(join(dist, '_astro', f), 'utf8')), f).toBe(false);
});

test('unknown addresses get the helpful 404 page @base', async ({ page }) => {
  const response = await page.goto('./outcomes/forbiden/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText('no page at this address');
  const suggestions = page.locator('[data-suggestions]');
  await expect(suggestions).toBeVisible();
  await expect(suggestions.getByRole('link').first()).toHaveText('Authenticated but not permitted');
  await suggestions.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/outcomes\/forbidden\/$/);
  await page.goto('./questions/credentials-vald/');
  await expect(page.locator('[data-suggestions] a').first()).toHaveAttribute('href', /\/questions\/credentials-valid\/$/);
  await page.goto('./zzzzzzzzzzzzzzzzzzzzzz/');
  await expect(page.locator('[data-suggestions]')).toBeHidden();
  await page.getByRole('link', { name: 'Start the wizard' }).click();
  await expect(page.getByTestId('question')).toBeVisible();
});

test('moved addresses redirect to their successor @base', async ({ page }) => {
  await page.goto('./wizard/');
  await expect(page.getByTestId('question')).toBeVisible();
  expect(new URL(page.url()).pathname).toMatch(/\/$/);
  await page.goto('./diagram/');
  await expect(page).toHaveURL(/\/flowchart\/$/);
  // A retired question leads to the one that now asks it.
  await page.goto('./questions/account-standing/');
  await expect(page).toHaveURL(/\/questions\/credentials-valid\/$/);
});

test.describe('without JavaScript, the settings', () => {
  test.use({ javaScriptEnabled: false });
  test('an answer whose outcome depends on the settings links every outcome it can reach', async ({ page }) => {
    await page.goto('./questions/anonymous-caller/');
    const targets = page.locator('[data-route-targets="challenge"] a');
    await expect(targets).toHaveCount(3);
    await expect(page.locator('a[data-answer="challenge"]')).toHaveAttribute('href', /\/outcomes\/authentication-required\/$/);
    await expect(targets.nth(0)).toHaveAttribute('href', /\/outcomes\/client-certificate-refused\/$/);
    await expect(targets.nth(1)).toHaveAttribute('href', /\/outcomes\/redirect-to-login\/$/);
    // A team whose policy is always-403 refuses anonymous callers with 403.
    await expect(targets.nth(2)).toHaveAttribute('href', /\/outcomes\/anonymous-forbidden\/$/);
  });
});

test('the exports are generated from the module', async ({ request }) => {
  const tree = await (await request.get('./decision-tree.json')).json();
  expect(tree.start).toBe('checked-by');
  expect(tree.paths.length).toBeGreaterThan(10);
  expect(tree.situations.length).toBeGreaterThanOrEqual(40);
  const { outcomes } = await (await request.get('./outcomes.json')).json();
  const forbidden = outcomes.find((o: { slug: string }) => o.slug === 'forbidden');
  expect(forbidden.status).toBe(403);
  expect(forbidden.url).toMatch(/^https?:\/\/.+\/outcomes\/forbidden\/$/);
  const page = await request.get(new URL(forbidden.url).pathname.replace(/^\//, './'));
  expect(page.status()).toBe(200);
});

test('every box of the flowchart links to a page that exists @base', async ({ page, request }) => {
  await page.goto('./flowchart/');
  const hrefs = await page.locator('svg a').evaluateAll((as) => as.map((a) => a.getAttribute('xlink:href') ?? a.getAttribute('href')));
  // 15 questions, 28 outcomes (some drawn in two charts), and the boxes that link one chart to another.
  expect(new Set(hrefs.filter((h) => !h!.includes('#'))).size).toBe(43);
  for (const h of new Set(hrefs)) {
    const [path, anchor] = h!.split('#');
    expect((await request.get(path!)).status(), h!).toBe(200);
    if (anchor) expect(await page.locator(`#${anchor}`).count(), h!).toBe(1);
  }
});
