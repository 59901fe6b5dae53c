import { expect, test } from '@playwright/test';

test('the footer links the test vectors and their schema, which name each other under the base @base', async ({ page, request }) => {
  await page.goto('./');
  const vectorsLink = page.locator('footer a', { hasText: 'test-vectors.json' });
  const schemaLink = page.locator('footer a', { hasText: 'schema' });
  const vectorsUrl = new URL((await vectorsLink.getAttribute('href'))!, page.url()).href;
  const schemaUrl = new URL((await schemaLink.getAttribute('href'))!, page.url()).href;

  const vectors = await request.get(vectorsUrl);
  expect(vectors.status()).toBe(200);
  const file = (await vectors.json()) as { $schema: string; version: number; vectors: { id: string; status: number; url: string }[] };
  expect(file.version).toBe(1);
  expect(file.vectors.find((v) => v.id === 'checked-by=proxy')?.status).toBe(407);
  const schema = (await (await request.get(schemaUrl)).json()) as { $id: string };
  // Absolute addresses come from SITE_URL, so compare paths: both end where the footer points.
  expect(new URL(file.$schema).pathname).toBe(new URL(schemaUrl).pathname);
  expect(new URL(schema.$id).pathname).toBe(new URL(schemaUrl).pathname);
  const outcome = await request.get(new URL(file.vectors[0]!.url).pathname);
  expect(outcome.status()).toBe(200);
});

test('the checker page shows the command for CI, readable at 375 px without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto(new URL('check/', test.info().project.use.baseURL).href);
  const section = page.locator('#ci + p + pre');
  await expect(section).toContainText('npx 401-or-403 check --url');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await context.close();
});
