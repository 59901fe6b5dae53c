// Playwright API test (no browser): the request fixture calls the API; the checker reads the response.
import { expect, test } from '@playwright/test';
import { checkExchange, requestFactsFromHeaders, responseText, testVectors } from '401-or-403';

const API = process.env['API_URL'] ?? 'http://localhost:3000';
const vectors = new Map(testVectors().vectors.map((v) => [v.id, v]));
const PRIVATE = 'checked-by=origin/client-blocked=no/route-exists=yes/requires-auth=yes';

test('an expired token gets 401 with error="invalid_token" (RFC 6750 §3.1)', async ({ request }) => {
  const expected = vectors.get(`${PRIVATE}/credentials-sent=yes/credentials-parse=well-formed/credentials-valid=invalid`)!;
  const headers = { Authorization: 'Bearer expired-token' };
  const res = await request.get(`${API}/orders/42`, { headers, maxRedirects: 0 });

  expect(res.status()).toBe(expected.status);
  expect(res.headers()['www-authenticate']).toContain(`error="${expected.bearerError}"`);
  const report = checkExchange({
    response: responseText({
      status: res.status(),
      statusText: res.statusText(),
      headers: res.headersArray().map((h): [string, string] => [h.name, h.value]),
      body: await res.text(),
    }),
    request: requestFactsFromHeaders(Object.entries(headers).map(([name, value]) => `${name}: ${value}`)),
  });
  expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
});
