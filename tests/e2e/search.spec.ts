import { expect, test } from '@playwright/test';

/** Full-text search (Pagefind), reached from the header's search box: a plain form on every page. */
test.describe('search @base', () => {
  test('finds insufficient_scope and WWW-Authenticate where they are explained', async ({ page }) => {
    await page.goto('./outcomes/not-found/');
    const box = page.getByRole('search').getByRole('searchbox', { name: 'Search the guide' });
    await box.fill('insufficient_scope');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=insufficient_scope$/);
    const results = page.locator('[data-search-results] a');
    await expect(page.locator('[data-search-status]')).toContainText('for “insufficient_scope”');
    const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => /\/rfc\/6750\/3\.1\/$/.test(h)), hrefs.join(' ')).toBe(true);
    expect(hrefs.some((h) => /\/outcomes\/[a-z-]+\/$/.test(h)), hrefs.join(' ')).toBe(true);
    await expect(page.locator('[data-search-results] mark').first()).toBeVisible();

    // A second search on the page itself; every result stays under the base path.
    await page.getByLabel('Search outcomes, questions, RFC text, claims and history').fill('WWW-Authenticate');
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await expect(page.locator('[data-search-status]')).toContainText('for “WWW-Authenticate”');
    const second = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(second.some((h) => h.endsWith('/rfc/9110/11.6.1/')), second.join(' ')).toBe(true);
    const base = new URL(page.url()).pathname.replace(/search\/$/, '');
    for (const h of second) expect(h.startsWith(base), h).toBe(true);
    await results.filter({ hasText: 'WWW-Authenticate' }).first().click();
    await expect(page.locator('h1')).toContainText('WWW-Authenticate');
  });

  test('says so when nothing matches, and other pages load no search script', async ({ page }) => {
    await page.goto('./search/?q=zzqqxxnothing');
    await expect(page.locator('[data-search-status]')).toHaveText('Nothing found for “zzqqxxnothing”.');
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script' || r.url().includes('pagefind')) scripts.push(r.url()); });
    await page.goto('./rfc/9110/15.5.4/');
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
  });
});
