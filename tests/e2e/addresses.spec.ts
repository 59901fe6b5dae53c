/**
 * No address crashes a page: malformed percent-encoding in the path or the query, very long
 * addresses, unknown and prototype keys. Every page script runs (the wizard, the outcome pages'
 * script, the 404 suggestions) and none may throw.
 *
 * `astro preview` itself answers a malformed path with a 500 (it decodes the path to look for a
 * file), so those paths get the built 404 page as a static host serves it.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SUBPATH } from '../../playwright.config.ts';
import { openWizard } from './helpers.ts';

const LONG = 'x'.repeat(6000);
const JUNK_QUERIES = ['?%', '?%%=%', '?%zz=%zz&%E0%A4=%E0%A4%A', `?__proto__=x&constructor[prototype][polluted]=1&toString=1&hasOwnProperty=1`, `?${'checked-by=origin&'.repeat(300)}`, `?checked-by=${LONG}`, `?${LONG}=1`];
const MALFORMED_PATHS = ['questions/%E0%A4/', 'outcomes/%zz/', '%/', 'outcomes/forbid%E0%A4%A', 'outcomes/%ED%A0%80/', 'outcomes/forbidden%zz/'];

async function errors(page: Page, baseURL: string): Promise<string[]> {
  const found: string[] = [];
  page.on('pageerror', (e) => found.push(`${page.url().slice(0, 120)}: ${e.name}: ${e.message}`));
  const dist = baseURL.endsWith(SUBPATH) ? 'dist-subpath' : 'dist';
  const notFound = readFileSync(new URL(`../../${dist}/404.html`, import.meta.url), 'utf8');
  await page.route(
    (url) => MALFORMED_PATHS.some((p) => url.pathname.endsWith(`/${p}`)),
    (route) => route.fulfill({ status: 404, contentType: 'text/html', body: notFound }),
  );
  return found;
}

test('the wizard survives any query @base', async ({ page, baseURL }) => {
  const found = await errors(page, baseURL!);
  for (const query of JUNK_QUERIES) {
    await openWizard(page, query);
    await expect(page.getByTestId('question'), query.slice(0, 60)).toBeVisible();
  }
  expect(await page.evaluate(() => Object.hasOwn(Object.prototype, 'polluted'))).toBe(false);
  expect(found).toEqual([]);
});

test('an outcome page survives any query @base', async ({ page, baseURL }) => {
  const found = await errors(page, baseURL!);
  for (const query of JUNK_QUERIES) {
    await page.goto(`./outcomes/forbidden/${query}`);
    await expect(page.getByRole('button', { name: 'Copy link' }), query.slice(0, 60)).toBeVisible();
    await expect(page.locator('#how-you-got-here [data-mismatch]')).toBeVisible();
  }
  expect(found).toEqual([]);
});

test('the 404 page survives any address @base', async ({ page, baseURL }) => {
  const found = await errors(page, baseURL!);
  for (const path of [...MALFORMED_PATHS, `outcomes/${LONG}/`, `${LONG}/`, '__proto__/', 'constructor/prototype/', 'no/such/page/?%']) {
    const response = await page.goto(`./${path}`);
    expect(response?.status(), path.slice(0, 60)).toBe(404);
    await expect(page.locator('h1'), path.slice(0, 60)).toContainText('no page at this address');
  }
  expect(found).toEqual([]);
  // Valid encoding around the malformed part still counts.
  await page.goto('./outcomes/forbidden%zz/');
  await expect(page.locator('[data-suggestions] a').first()).toHaveText('Authenticated but not permitted');
  expect(found).toEqual([]);
});
