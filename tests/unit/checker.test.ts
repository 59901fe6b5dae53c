/**
 * The response checker: every rule on its own failing and passing exchange, a few rules on hand-written
 * exchanges (so that the examples are not the only evidence), the challenge grammar, and the parser on
 * hostile pastes (binary junk, 1 MB, CRLF injection, duplicate headers, obs-fold, non-ASCII, empty).
 */
import { describe, expect, it } from 'vitest';
import {
  checkExchange,
  parseChallenges,
  parseResponse,
  requestFactsFromHeaders,
  RULE_IDS,
  RULES,
  SEVERITIES,
  type RequestFacts,
} from '../../src/decision/index.ts';

const rulesOf = (response: string, request?: RequestFacts) => checkExchange({ response, request }).findings.map((f) => f.rule);

describe('every rule', () => {
  it.each(RULE_IDS.map((id) => [id] as const))('%s: fires on its failing example, not on its passing one', (id) => {
    const rule = RULES[id];
    expect(rule.id).toBe(id);
    expect(SEVERITIES).toContain(rule.severity);
    const failing = checkExchange(rule.examples.failing);
    expect(failing.findings.filter((f) => f.rule === id).length, rule.examples.failing.response).toBeGreaterThan(0);
    for (const f of failing.findings) expect(f.severity).toBe(RULES[f.rule].severity);
    expect(checkExchange(rule.examples.passing).findings.map((f) => f.rule)).not.toContain(id);
  });

  it('ids are slugs, and every rule has a title, a summary and a citation', () => {
    for (const id of RULE_IDS) {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      const r = RULES[id];
      expect(r.title.length).toBeGreaterThan(5);
      expect(r.summary.length).toBeGreaterThan(20);
      expect('quote' in r.citation ? r.citation.quote : r.citation.paraphrase).not.toBe('');
      // A paraphrase is our words: quotation marks would pass them off as the source's.
      if (!('quote' in r.citation)) expect(r.citation.paraphrase, id).not.toMatch(/["“”]/);
    }
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });
});

describe('rules on hand-written exchanges', () => {
  it('401: a challenge in any case of the field name satisfies it; HTTP/2 and :status forms too', () => {
    expect(rulesOf('HTTP/1.1 401 Unauthorized')).toEqual(['401-without-challenge']);
    expect(rulesOf('HTTP/2 401\nwww-authenticate: Basic realm="x"')).toEqual([]);
    expect(rulesOf(':status: 401\ncontent-type: text/plain')).toEqual(['401-without-challenge']);
    expect(rulesOf('HTTP/1.1 200 OK')).toEqual([]);
  });

  it('Bearer errors against the status (RFC 6750 §3.1)', () => {
    const www = (error: string) => `WWW-Authenticate: Bearer realm="a", error="${error}"`;
    expect(rulesOf(`HTTP/1.1 403 Forbidden\n${www('invalid_request')}`, { authorization: 'bearer' })).toContain('bearer-invalid-request-status');
    expect(rulesOf(`HTTP/1.1 400 Bad Request\n${www('invalid_request')}`, { authorization: 'bearer' })).toEqual([]);
    expect(rulesOf(`HTTP/1.1 401 Unauthorized\n${www('invalid_token')}`, { authorization: 'bearer' })).toEqual([]);
    expect(rulesOf(`HTTP/1.1 400 Bad Request\n${www('invalid_token')}`, { authorization: 'bearer' })).toContain('bearer-invalid-token-status');
    expect(rulesOf(`HTTP/1.1 403 Forbidden\n${www('insufficient_scope')}`, { authorization: 'bearer' })).toEqual([]);
    // A token error value is read the same as a quoted one.
    expect(rulesOf('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="a", error=insufficient_scope', { authorization: 'bearer' })).toContain('bearer-insufficient-scope-status');
  });

  it('request facts that were not given keep the rules that need them silent', () => {
    expect(rulesOf('HTTP/1.1 403 Forbidden')).toEqual([]);
    expect(rulesOf('HTTP/1.1 403 Forbidden', { authorization: 'none', cookie: true })).toEqual([]);
    expect(rulesOf('HTTP/1.1 403 Forbidden', { authorization: 'none' })).toEqual(['403-without-credentials']);
    expect(rulesOf('HTTP/1.1 302 Found\nLocation: /login')).toEqual([]);
    expect(rulesOf('HTTP/1.1 302 Found\nLocation: /login', { navigation: false })).toEqual(['login-redirect-for-code']);
    expect(rulesOf('HTTP/1.1 302 Found\nLocation: /catalog', { navigation: false })).toEqual([]);
  });

  it('Retry-After: seconds and the three date forms pass, other forms fail', () => {
    for (const ok of ['0', '120', 'Sun, 06 Nov 1994 08:49:37 GMT', 'Sunday, 06-Nov-94 08:49:37 GMT', 'Sun Nov  6 08:49:37 1994']) {
      expect(rulesOf(`HTTP/1.1 503 Service Unavailable\nRetry-After: ${ok}`), ok).toEqual([]);
    }
    for (const bad of ['-1', '1.5', '30s', '2024-01-01T00:00:00Z', 'soon']) {
      expect(rulesOf(`HTTP/1.1 429 Too Many Requests\nRetry-After: ${bad}`), bad).toEqual(['retry-after-syntax']);
    }
  });

  it('caching a refusal: public or s-maxage flag it, private or no-store do not', () => {
    expect(rulesOf('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="a"\nCache-Control: s-maxage=60')).toEqual(['cacheable-auth-failure']);
    expect(rulesOf('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="a"\nCache-Control: public, no-store')).toEqual([]);
    expect(rulesOf('HTTP/1.1 200 OK\nCache-Control: public, max-age=60')).toEqual([]);
  });

  it('a message names the specific value', () => {
    const [f] = checkExchange({ response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="a", charset="latin1"' }).findings;
    expect(f).toEqual({ rule: 'basic-charset', severity: 'error', message: expect.stringContaining('latin1') });
  });
});

describe('the challenge grammar (RFC 9110 §11.2, §11.3)', () => {
  it('reads the RFC 9110 §11.6.1 example: two challenges, escaped quotes', () => {
    const { challenges, error } = parseChallenges('Basic realm="simple", Newauth realm="apps", type=1, title="Login to \\"apps\\""');
    expect(error).toBeNull();
    expect(challenges.map((c) => c.scheme)).toEqual(['Basic', 'Newauth']);
    expect(challenges[1]!.params).toEqual([
      { name: 'realm', value: 'apps', quoted: true },
      { name: 'type', value: '1', quoted: false },
      { name: 'title', value: 'Login to "apps"', quoted: true },
    ]);
  });

  it('reads token68, bare schemes, empty list elements and BWS around "="', () => {
    expect(parseChallenges('Negotiate YIIB==').challenges).toEqual([{ scheme: 'Negotiate', token68: 'YIIB==', params: [] }]);
    expect(parseChallenges(', Bearer ,, Basic realm = "x" ,').challenges.map((c) => [c.scheme, c.params.length])).toEqual([
      ['Bearer', 0],
      ['Basic', 1],
    ]);
  });

  it('reports unclosed quotes, missing commas, spaces in tokens and empty values', () => {
    for (const bad of ['Bearer realm="api', 'Bearer realm="a" error="b"', 'Bearer realm=my api', 'Basic realm="a", charset=', '"Bearer"', 'Bearer realm="a\u0001"', '']) {
      expect(parseChallenges(bad).error, bad).not.toBeNull();
    }
  });
});

describe('the parser', () => {
  it('an empty paste or whitespace gets a message, not a crash', () => {
    for (const text of ['', '   \n\n  ']) {
      const r = checkExchange({ response: text });
      expect(r.parsed).toBeNull();
      expect(r.problems[0]!.message).toMatch(/empty/);
    }
  });

  it('headers without a status ask for it', () => {
    const r = checkExchange({ response: 'Content-Type: text/html\nWWW-Authenticate: Basic realm="x"' });
    expect(r.parsed).toBeNull();
    expect(r.problems.map((p) => p.message).join()).toMatch(/No status found/);
  });

  it('curl -i with a redirect and 100 Continue: the last response counts, and it says so', () => {
    const text = 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 302 Found\r\nLocation: /b\r\n\r\nHTTP/2 401\r\nwww-authenticate: Bearer realm="x"\r\n\r\n{"e":1}';
    const r = parseResponse(text);
    expect(r.parsed).toMatchObject({ httpVersion: '2', status: 401, body: '{"e":1}' });
    expect(r.problems).toEqual([{ message: expect.stringContaining('3 responses'), line: 6 }]);
  });

  it('curl -v output: the response lines count, the request lines are dropped', () => {
    const text = '* Connected\n> GET / HTTP/1.1\n> Authorization: Bearer x\n>\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Bearer realm="x"\n<\n';
    expect(parseResponse(text).parsed).toMatchObject({ status: 401, headers: [{ name: 'WWW-Authenticate', value: 'Bearer realm="x"' }] });
  });

  it('binary junk: a message, and no throw', () => {
    let junk = '';
    for (let i = 0; i < 5000; i++) junk += String.fromCharCode((i * 7919) % 256);
    const r = checkExchange({ response: junk });
    expect(r.problems.some((p) => /binary/.test(p.message))).toBe(true);
  });

  it('a 1 MB paste is cut at 256 KB, with a message, quickly', () => {
    const big = `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="x"\n\n${'x'.repeat(1024 * 1024)}`;
    const t = performance.now();
    const r = checkExchange({ response: big });
    expect(performance.now() - t).toBeLessThan(500);
    expect(r.parsed!.status).toBe(401);
    expect(r.problems[0]!.message).toMatch(/only the first 256 KB/);
    const longHeader = `HTTP/1.1 200 OK\nX-Long: ${'a'.repeat(100_000)}`;
    expect(parseResponse(longHeader).problems.some((p) => /only the first/.test(p.message))).toBe(true);
    const many = `HTTP/1.1 200 OK\n${Array.from({ length: 500 }, (_, i) => `X-${i}: ${i}`).join('\n')}`;
    expect(parseResponse(many).parsed!.headers).toHaveLength(200);
  });

  it('CRLF games: a lone CR inside a value is a finding; a bare LF splits lines like CRLF', () => {
    expect(rulesOf('HTTP/1.1 302 Found\r\nLocation: /x\rSet-Cookie: a=b')).toContain('field-value-control-chars');
    expect(rulesOf('HTTP/1.1 302 Found\r\nLocation: /x\u0000')).toContain('field-value-control-chars');
    const mixed = parseResponse('HTTP/1.1 302 Found\nLocation: /x\r\nX-A: 1');
    expect(mixed.parsed!.headers).toEqual([
      { name: 'Location', value: '/x' },
      { name: 'X-A', value: '1' },
    ]);
  });

  it('duplicate headers: list fields combine, singletons with different values are reported', () => {
    expect(rulesOf('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="a"\nWWW-Authenticate: Bearer realm="a"')).toEqual([]);
    expect(rulesOf('HTTP/1.1 200 OK\nContent-Length: 5\nContent-Length: 7')).toEqual(['singleton-field-repeated']);
    expect(rulesOf('HTTP/1.1 200 OK\nContent-Length: 5\nContent-Length: 5')).toEqual([]);
  });

  it('obs-fold joins the lines (as a user agent does) and is reported', () => {
    const r = checkExchange({ response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic\n\trealm="a"' });
    expect(r.parsed!.headers[0]).toEqual({ name: 'WWW-Authenticate', value: 'Basic realm="a"' });
    expect(r.findings.map((f) => f.rule)).toEqual(['obs-fold']);
  });

  it('non-ASCII text survives; a non-ASCII error_description is reported', () => {
    const r = checkExchange({ response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="Zürich", error="invalid_token", error_description="Jeton expiré"', request: { authorization: 'bearer' } });
    expect(r.findings.map((f) => f.rule)).toEqual(['bearer-error-chars']);
    expect(r.findings[0]!.message).toContain('"é"');
  });

  it('lines that are not header fields are reported and skipped', () => {
    const r = parseResponse('HTTP/1.1 401 Unauthorized\nthis is not a header\nX Bad: 1\nName : v\nWWW-Authenticate: Basic realm="a"');
    expect(r.parsed!.headers.map((h) => h.name)).toEqual(['Name', 'WWW-Authenticate']);
    expect(r.problems.map((p) => p.line)).toEqual([2, 3, 4]);
  });

  it('hostile input objects never throw', () => {
    for (const bad of [undefined, null, 42, {}, { response: 7 }, { response: 'HTTP/1.1 401 x', request: { authorization: 'toString', origin: 5, navigation: 'yes' } }]) {
      expect(() => checkExchange(bad as never)).not.toThrow();
    }
  });
});

describe('request facts from header lines', () => {
  it('reads the scheme, cookie, origin, fetch mode and method', () => {
    expect(requestFactsFromHeaders(['GET /api HTTP/1.1', 'Authorization: Bearer abc', 'Origin: https://a.example', 'Sec-Fetch-Mode: cors', 'Cookie: s=1'])).toEqual({
      method: 'GET',
      authorization: 'bearer',
      cookie: true,
      origin: 'https://a.example',
      navigation: false,
    });
    expect(requestFactsFromHeaders([])).toEqual({ authorization: 'none', cookie: false });
    expect(requestFactsFromHeaders(['authorization: ApiKey 1'])).toMatchObject({ authorization: 'other' });
    expect(requestFactsFromHeaders(['Sec-Fetch-Mode: navigate'])).toMatchObject({ navigation: true });
  });
});
