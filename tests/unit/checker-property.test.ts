/**
 * Seeded property tests of the response checker: whatever is pasted (random text, response-shaped text
 * with hostile header values, random request facts), checkExchange never throws, answers every input in
 * bounded time, and reports either a parsed response or a problem saying why not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUTHORIZATION_KINDS, checkExchange, requestFactsFromHeaders, RULE_IDS, SEVERITIES } from '../../src/decision/index.ts';

const SEED = 42;
const RUNS = 2000;

const headerName = fc.constantFrom('WWW-Authenticate', 'Proxy-Authenticate', 'Location', 'Retry-After', 'Allow', 'Cache-Control', 'Content-Length', 'Access-Control-Allow-Origin', 'X-Junk', ':status', 'www-authenticate');
const hostileChar = fc.constantFrom('"', '\\', ',', '=', ' ', '\t', '\r', '\u0000', '\u0001', 'é', '€', '😀', '\r\n', '\n ', '\n\t', ':', ';');
const headerValue = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.array(fc.oneof(fc.constantFrom('Bearer', 'Basic', 'realm', 'error', 'scope', 'invalid_token', 'insufficient_scope', 'charset', '"x"', 'UTF-8'), hostileChar), { maxLength: 30 }).map((a) => a.join('')),
);
const response = fc
  .record({
    preamble: fc.constantFrom('', 'HTTP/1.1 100 Continue\r\n\r\n', '* Trying\n< ', 'garbage\n'),
    version: fc.constantFrom('HTTP/1.1', 'HTTP/2', 'HTTP/1.0', 'HTTP/3', 'http/1.1', 'HTTP/9.9', ''),
    status: fc.oneof(fc.constantFrom(200, 301, 302, 400, 401, 403, 405, 407, 429), fc.integer({ min: 0, max: 1200 })),
    headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 12 }),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    body: fc.string({ maxLength: 200 }),
  })
  .map(({ preamble, version, status, headers, eol, body }) => `${preamble}${version} ${status}${eol}${headers.map(([n, v]) => `${n}: ${v}`).join(eol)}${eol}${eol}${body}`);
const request = fc.record(
  {
    method: fc.oneof(fc.constantFrom('GET', 'POST', 'DELETE'), fc.string({ maxLength: 10 })),
    authorization: fc.oneof(fc.constantFrom(...AUTHORIZATION_KINDS), fc.string({ maxLength: 8 })),
    cookie: fc.oneof(fc.boolean(), fc.constant('yes')),
    origin: fc.oneof(fc.constant('https://app.example'), fc.string({ maxLength: 20 })),
    navigation: fc.oneof(fc.boolean(), fc.constant(null)),
  },
  { requiredKeys: [] },
);

function timed(input: unknown): number {
  const t = performance.now();
  const r = checkExchange(input as never);
  const ms = performance.now() - t;
  expect(r.parsed !== null || r.problems.length > 0).toBe(true);
  for (const f of r.findings) {
    expect(RULE_IDS).toContain(f.rule);
    expect(SEVERITIES).toContain(f.severity);
    expect(f.message.length).toBeGreaterThan(0);
  }
  return ms;
}

describe('checkExchange never throws and stays fast', () => {
  it('on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 2000 }), fc.uint8Array({ maxLength: 2000 }).map((a) => String.fromCharCode(...a))), (text) => {
        expect(timed({ response: text })).toBeLessThan(50);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('on response-shaped text with hostile header values and random request facts', () => {
    fc.assert(
      fc.property(response, request, (text, facts) => {
        expect(timed({ response: text, request: facts })).toBeLessThan(50);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('on 1 MB pastes (under 500 ms each)', () => {
    fc.assert(
      fc.property(response, fc.constantFrom('a', '\n', 'WWW-Authenticate: Bearer realm="', '"\\', '\r\n ', ', '), (head, filler) => {
        const big = head + filler.repeat(Math.ceil((1024 * 1024) / filler.length));
        expect(timed({ response: big })).toBeLessThan(500);
      }),
      { seed: SEED, numRuns: 20 },
    );
  });

  it('requestFactsFromHeaders on any lines', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 60 }), fc.tuple(fc.constantFrom('Authorization', 'Cookie', 'Origin', 'Sec-Fetch-Mode', ':method', 'GET'), fc.string({ maxLength: 30 })).map(([n, v]) => `${n}: ${v}`)), { maxLength: 20 }), (lines) => {
        const facts = requestFactsFromHeaders(lines);
        expect(AUTHORIZATION_KINDS).toContain(facts.authorization);
        expect(typeof facts.cookie).toBe('boolean');
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
