// Vitest: does the API answer each situation as the guide says, and pass the response checker?
// API_URL points at the API under test (a dev server, a container in CI).
import { describe, expect, it } from 'vitest';
import { checkExchange, requestFactsFromHeaders, responseText, testVectors } from '401-or-403';

const API = process.env['API_URL'] ?? 'http://localhost:3000';
const vectors = new Map(testVectors().vectors.map((v) => [v.id, v]));

// The situations this endpoint can be in (test-vector ids), and a request that puts it in each one.
const PRIVATE = 'checked-by=origin/client-blocked=no/route-exists=yes/requires-auth=yes';
const cases: { vector: string; headers: Record<string, string> }[] = [
  { vector: `${PRIVATE}/credentials-sent=no/anonymous-caller=challenge`, headers: {} },
  {
    vector: `${PRIVATE}/credentials-sent=yes/credentials-parse=well-formed/credentials-valid=invalid`,
    headers: { Authorization: 'Bearer expired-token' },
  },
];

describe.each(cases)('GET /orders/42: $vector', ({ vector, headers }) => {
  it('has the status and header fields the guide gives, and no checker error', async () => {
    const expected = vectors.get(vector)!;
    const res = await fetch(`${API}/orders/42`, { headers, redirect: 'manual' });
    expect(res.status, expected.citation.quote).toBe(expected.status);
    for (const field of expected.requiredHeaders.filter((h) => h.requirement === 'MUST' && !h.condition)) {
      expect(res.headers.has(field.name), `${field.name} (e.g. ${field.example})`).toBe(true);
    }
    const report = checkExchange({
      response: responseText({ status: res.status, statusText: res.statusText, headers: res.headers, body: await res.text() }),
      request: requestFactsFromHeaders(Object.entries(headers).map(([name, value]) => `${name}: ${value}`)),
    });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
