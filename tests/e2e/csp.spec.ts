/**
 * The Content-Security-Policy holds on every page: each page of the sitemap, the 404 page and the
 * moved addresses are opened, their scripts run (the wizard is walked to a result, copy buttons
 * pressed, suggestions shown), and any report of a violation fails the test: the
 * securitypolicyviolation event (scripts, styles, anything else blocked) and the browser's console.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { REDIRECTS } from '../../src/site/redirects.ts';
import { answer, openWizard } from './helpers.ts';

const dist = new URL('../../dist/', import.meta.url);
/** The sitemap's pages as paths under the base (dist is built at the root). */
const pages = [...readFileSync(new URL('sitemap-0.xml', dist), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(1));

/** Collects every CSP report and script error of the page, across navigations. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => console.error(`securitypolicyviolation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} ${e.sample}`),
      true,
    );
  });
  page.on('console', (m) => {
    if (/securitypolicyviolation|Content.Security.Policy/i.test(m.text())) problems.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.name}: ${e.message}`));
  return problems;
}

/** Reports are queued as tasks: let them arrive before reading them. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
}

test('pages carry a policy without unsafe-inline or unsafe-eval for scripts', async ({ page }) => {
  await page.goto('./');
  const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!;
  const directive = (name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
  expect(directive('script-src')).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  expect(directive('object-src')).toBe("object-src 'none'");
  expect(directive('base-uri')).toBe("base-uri 'self'");
  expect(directive('default-src')).toBe("default-src 'none'");
  expect(policy).not.toMatch(/unsafe-eval|\*/);
  expect(directive('style-src')).not.toContain('unsafe-inline');
});

test('the watch catches what the policy blocks: an injected inline script and style', async ({ page }) => {
  const problems = await watch(page);
  await page.goto('./');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "yes"';
    document.body.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { outline: 5px solid red; }';
    document.head.append(style);
  });
  await settle(page);
  await expect(page.locator('body')).not.toHaveAttribute('data-injected', 'yes');
  expect(problems.some((p) => /script-src/.test(p))).toBe(true);
  expect(problems.some((p) => /style-src/.test(p))).toBe(true);
});

test.describe('no violation', () => {
  // One test per part of the site, each visiting its pages in one tab: a fresh browser context per
  // page would cost more than the visit.
  const sections = Map.groupBy(pages, (path) => {
    const section = path.slice(0, path.indexOf('/') + 1);
    return ['questions/', 'outcomes/', 'rfc/', 'history/'].includes(section) ? `/${section}` : 'the other pages';
  });
  const visits = new Map<string, { path: string; lands: string }[]>([
    ...[...sections].map(([name, paths]) => [name, paths.map((path) => ({ path, lands: path }))] as const),
    ['the 404 page', ['404.html', 'no/such/page/', 'outcomes/forbiden/'].map((path) => ({ path, lands: path }))],
    // The redirect page, then the page it leads to.
    ['the moved addresses', Object.entries(REDIRECTS).map(([path, lands]) => ({ path, lands }))],
  ]);
  for (const [name, group] of visits) {
    test(`on ${name} (${group.length}) @base`, async ({ page, baseURL }) => {
      test.setTimeout(20_000 + group.length * 3_000);
      const problems = await watch(page);
      for (const { path, lands } of group) {
        await page.goto(`./${path}`);
        await expect(page).toHaveURL(new URL(`./${lands}`, baseURL).href);
        await expect(page.locator('meta[http-equiv="content-security-policy"]'), path).toHaveCount(1);
        if (lands === '') await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
        await settle(page);
      }
      expect(problems).toEqual([]);
    });
  }
});

test.describe('no violation while the scripts run', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the wizard, from the first question to a result and back @base', async ({ page }) => {
    const problems = await watch(page);
    await openWizard(page);
    for (const a of ['origin', 'no', 'yes', 'yes', 'yes', 'well-formed', 'valid', 'no', 'yes']) await answer(page, a);
    await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'forbidden');
    // The path is highlighted on the flowchart under the policy.
    await expect(page.locator('[id^="fc-permission-flowchart-permitted-"]')).toHaveAttribute('data-hl', 'step');
    expect(await page.locator('[id^="fc-permission-flowchart-permitted-"] > polygon').evaluate((el) => getComputedStyle(el).strokeWidth)).toBe('3px');
    for (const name of ['Copy link', 'Copy review comment', 'Copy example response']) await page.getByRole('button', { name }).click();
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toBeVisible();
    await page.goBack();
    await page.getByRole('link', { name: 'Start over' }).click();
    await expect(page.locator('[data-hl]')).toHaveCount(1);
    await expect(page.locator('[id^="fc-request-flowchart-checked_by-"]')).toHaveAttribute('data-hl', 'end');
    await openWizard(page, '?checked-by=nope&x=1');
    await expect(page.getByTestId('ignored-notice')).toBeVisible();
    await settle(page);
    expect(problems).toEqual([]);
  });

  test('an outcome page with its copy buttons and "how you got here" @base', async ({ page }) => {
    const problems = await watch(page);
    await page.goto('./outcomes/forbidden/?checked-by=origin&client-blocked=no&route-exists=yes&requires-auth=yes&credentials-sent=yes&credentials-parse=well-formed&credentials-valid=valid&account-standing=good&permitted=no&reveal-existence=yes');
    await expect(page.locator('#how-you-got-here')).toBeVisible();
    for (const name of ['Copy link', 'Copy review comment', 'Copy example response']) await page.getByRole('button', { name }).click();
    await expect(page.locator('[data-share-status]').filter({ hasText: 'copied' })).toHaveCount(2);
    await settle(page);
    expect(problems).toEqual([]);
  });

  test('the response checker: an example checked, a result link copied and reopened @base', async ({ page }) => {
    const problems = await watch(page);
    await page.goto('./check/');
    await expect(page.locator('.checker[data-ready="true"]')).toBeVisible();
    await page.getByLabel('Load an example').selectOption({ index: 1 });
    await expect(page.getByTestId('checker-findings')).toBeVisible();
    await page.getByRole('button', { name: 'Copy result link' }).click();
    await expect(page.getByTestId('checker-message')).toContainText('copied');
    await page.goto(await page.getByTestId('result-link').inputValue());
    await page.reload();
    await expect(page.getByTestId('checker-findings')).toBeVisible();
    await settle(page);
    expect(problems).toEqual([]);
  });

  test('the 404 page with its suggestions @base', async ({ page }) => {
    const problems = await watch(page);
    await page.goto('./outcomes/forbiden/');
    await expect(page.locator('[data-suggestions]')).toBeVisible();
    await settle(page);
    expect(problems).toEqual([]);
  });
});
