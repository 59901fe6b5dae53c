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
