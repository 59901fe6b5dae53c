import { expect, test } from '@playwright/test';
import { readLock } from '../../scripts/lib/rfc-lock.ts';
import { checkParagraphs, collapse, sha256 } from '../../scripts/lib/verbatim.ts';

// What the RFC says is proven by the committed lock (hashes cut from the reference texts), so these
// tests need no reference text beside the project.
const lock = readLock();

test('the 403 history page shows the three versions and the words that changed', async ({ page, request }) => {
  await page.goto('./history/403/');
  await expect(page.locator('h1')).toHaveText('How the wording of 403 Forbidden changed');
  const quotes = page.locator('.history-grid blockquote');
  await expect(quotes).toHaveCount(3);
  expect(await quotes.evaluateAll((qs) => qs.map((q) => q.getAttribute('cite')))).toEqual([
    'https://www.rfc-editor.org/rfc/rfc2616#section-10.4.4',
    'https://www.rfc-editor.org/rfc/rfc7231#section-6.5.3',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4',
  ]);
  await expect(quotes.nth(0)).toContainText('Authorization will not help and the request SHOULD NOT be repeated.');
  const [first, second] = [page.locator('.diff').nth(0), page.locator('.diff').nth(1)];
  await expect(first.locator('del')).toContainText(['will not help']);
  await expect(first.locator('ins').filter({ hasText: 'different' })).not.toHaveCount(0);
  await expect(second.locator('del').filter({ hasText: 'authorize' })).toHaveCount(1);
  await expect(second.locator('ins').filter({ hasText: 'fulfill' })).toHaveCount(1);
  // Deletions and insertions are labelled for screen readers, not only coloured.
  await expect(first.locator('del .sr-only').first()).toHaveText('[removed: ');
  for (const link of await page.locator('.history-grid h3 a').all()) {
    expect((await request.get((await link.getAttribute('href'))!)).status()).toBe(200);
  }
});

test('an outcome page quotes its sections inline and links to them, annotated', async ({ page }) => {
  await page.goto('./outcomes/forbidden/');
  const quote = page.locator('blockquote[cite="https://www.rfc-editor.org/rfc/rfc9110#section-11.4"]');
  await expect(quote).toContainText('valid credentials that are not adequate to gain access ought to respond with the 403 (Forbidden) status code');
  await page.getByRole('link', { name: 'Read RFC 9110 §11.4 in full, annotated' }).first().click();
  await expect(page).toHaveURL(/\/rfc\/9110\/11\.4\/$/);
  await expect(page.locator('h1')).toHaveText('RFC 9110 §11.4 Credentials');
  const block = page.locator('blockquote.rfc');
  await expect(block).toHaveAttribute('cite', 'https://www.rfc-editor.org/rfc/rfc9110#section-11.4');
  await expect(block.locator('mark')).toHaveCount(3);
  // The quotation holds only the RFC's words: its text is the section, word for word (SHA-256 of the locked section text).
  expect(sha256(collapse(await block.innerText()))).toBe(lock.sections['rfc9110-11.4']!.sha256);
  // Notes sit outside the quote and link to their phrase; paragraph links point at real ids.
  await page.locator('.annotations a').first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#mark-1$/);
  for (const link of await page.locator('.paragraph-links a[href^="#"]').all()) {
    const id = (await link.getAttribute('href'))!.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  }
  await expect(page.locator('.paragraph-links a[href="https://www.rfc-editor.org/rfc/rfc9110#section-11.4-3"]')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'IETF Trust\u2019s terms' }).or(page.getByRole('link', { name: "IETF Trust's terms" }))).toHaveAttribute('href', /\/license\/$/);
});

test('the library lists every RFC, the licence page quotes RFC 2616 verbatim', async ({ page }) => {
  await page.goto('./rfc/');
  for (const rfc of [9110, 7617, 7235, 7231, 6750, 2617, 2616]) await expect(page.locator(`#rfc-${rfc}`)).toBeVisible();
  await page.goto('./license/');
  const paragraphs = await page.locator('blockquote.rfc p').allInnerTexts();
  expect(paragraphs).toHaveLength(3);
  expect(checkParagraphs(paragraphs, lock.sections['rfc2616-21']!)).toEqual([]);
});

test('claims carry a verdict and the sentence that decides them', async ({ page }) => {
  await page.goto('./claims/');
  const claims = page.locator('section.claim');
  expect(await claims.count()).toBeGreaterThanOrEqual(6);
  await expect(page.locator('[id="403-never-retry"] .verdict-badge')).toHaveText('Obsolete');
  await expect(page.locator('[id="403-never-retry"] blockquote')).toHaveAttribute('cite', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4');
  await page.locator('[id="403-never-retry"]').getByRole('link', { name: '403 wording history' }).click();
  await expect(page).toHaveURL(/\/history\/403\/$/);
});
