/**
 * Decision v2: one block per item of the issue, and the table of real situations. Every expectation is
 * about the decision module's data or what it generates (examples, share URLs, exports), not the pages.
 */
import { describe, expect, it } from 'vitest';
import {
  ALL_SETTINGS,
  allPaths,
  decide,
  decisionTreeJson,
  DEFAULT_SETTINGS,
  EXAMPLE_METHODS,
  exampleFor,
  EXTERNAL_SOURCES,
  fromQuery,
  isExternalRef,
  legacyRewrite,
  OUTCOMES,
  outcomes,
  QUESTIONS,
  RFCS,
  OPTIONAL_SETTINGS,
  SETTING_IDS,
  SETTINGS,
  SITUATIONS,
  toQuery,
  V1_PATHS,
  variantFor,
  type OutcomeSlug,
  type Settings,
} from '../../src/decision/index.ts';
import { signedIn, slugOf, walk } from './walks.ts';

const lines = (example: string) => example.split('\n\n')[0]!.split('\n');
const challengeOf = (example: string) => lines(example).find((l) => l.startsWith('WWW-Authenticate: '))?.slice(18) ?? null;
const bearerErrorOf = (example: string) => {
  const c = challengeOf(example);
  if (!c?.startsWith('Bearer ')) return 'no challenge';
  return /error="([^"]+)"/.exec(c)?.[1] ?? 'none';
};
/** Every (scheme, client) pair. */
const EVERY = ALL_SETTINGS;
const anonymous = { ...signedIn, 'credentials-sent': 'no' } as const;
const bearer: Settings = DEFAULT_SETTINGS;

describe('situations in plain language (one table, exported)', () => {
  it('holds at least 40 situations, each a complete path', () => {
    expect(SITUATIONS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(SITUATIONS.map((s) => [s.situation, s] as const))('%s', (_name, s) => {
    const d = walk(s.settings, s.answers as Record<string, string>);
    expect(d.ignored).toEqual([]);
    expect(slugOf(d)).toBe(s.outcome);
    const o = OUTCOMES[s.outcome];
    expect(o.status).toBe(s.status);
    const example = exampleFor(o, s.settings, s.method);
    if (s.header) expect(lines(example).some((l) => l.startsWith(s.header!)), `${s.header} in\n${example}`).toBe(true);
    if (s.bearerError === 'n/a') expect(s.settings.scheme).not.toBe('bearer');
    else expect(bearerErrorOf(example)).toBe(s.bearerError);
    if (s.method === 'HEAD') expect(example.endsWith('\n\n')).toBe(true);
  });

  it('are exported by /decision-tree.json with their settings and expectations', () => {
    const tree = decisionTreeJson((id) => `https://example.com/${id}/`);
    expect(tree.situations).toHaveLength(SITUATIONS.length);
    for (const s of tree.situations) {
      const d = decide(Object.entries(s.answers));
      expect(slugOf(d), s.situation).toBe(s.outcome);
      expect(Object.keys(s.answers).slice(0, 2)).toEqual(['scheme', 'client']);
    }
  });
});

describe('1. insufficient_scope only when more scope would help', () => {
  it('is sent only by the insufficient-scope outcome, in any setting', () => {
    for (const o of outcomes) {
      for (const s of EVERY) {
        const sent = exampleFor(o, s).includes('insufficient_scope');
        expect(sent, `${o.slug} ${s.scheme}`).toBe(o.slug === 'insufficient-scope' && s.scheme === 'bearer');
      }
    }
  });

  it('a role refusal, a feature requirement and a suspended account get a bare Bearer challenge, without an error', () => {
    for (const slug of ['forbidden', 'feature-unavailable', 'account-barred', 'forbidden-record'] as const) {
      expect(challengeOf(OUTCOMES[slug].example), slug).toBe('Bearer realm="api"');
    }
    expect(slugOf(walk(bearer, { ...signedIn, 'credentials-valid': 'valid', permitted: 'scope' }))).toBe('insufficient-scope');
    expect(slugOf(walk(bearer, { ...signedIn, 'credentials-valid': 'valid', permitted: 'no', 'reveal-existence': 'yes' }))).toBe('forbidden');
  });
});

describe('2. step-up authentication (RFC 9470)', () => {
  it('answers a too-weak sign-in with 401 insufficient_user_authentication, and redirects a page load with a cookie session', () => {
    const code = walk(bearer, { ...signedIn, 'credentials-valid': 'too-weak' });
    expect(slugOf(code)).toBe('step-up-required');
    expect(OUTCOMES['step-up-required'].status).toBe(401);
    expect(challengeOf(OUTCOMES['step-up-required'].example)).toMatch(/error="insufficient_user_authentication".*acr_values=.*max_age=/);
    expect(slugOf(walk({ scheme: 'cookie', client: 'navigation' }, { ...signedIn, 'credentials-valid': 'too-weak' }))).toBe(
      'redirect-to-reauthenticate',
    );
  });

  it('cites RFC 9470 by link and paraphrase only', () => {
    const sources = (OUTCOMES['step-up-required'].paraphrases ?? []).map((p) => p.source);
    expect(sources).toEqual(['rfc9470-3', 'rfc9470-4', 'rfc9470-6']);
    for (const c of OUTCOMES['step-up-required'].citations) expect(c.ref.startsWith('rfc9470')).toBe(false);
  });
});

describe('3. a token for another audience or issuer is invalid_token', () => {
  it('is named where the visitor decides, and leads to 401 invalid_token', () => {
    const q = QUESTIONS['credentials-valid'];
    expect(q.hint).toMatch(/audience \(aud\)/);
    expect(q.hint).toMatch(/issuer .*\(iss\)/);
    expect(q.answers.find((a) => a.id === 'invalid')!.label).toMatch(/audience or issuer/);
    const d = walk(bearer, { ...signedIn, 'credentials-valid': 'invalid' });
    expect(slugOf(d)).toBe('invalid-credentials');
    expect(bearerErrorOf(OUTCOMES['invalid-credentials'].example)).toBe('invalid_token');
    expect(OUTCOMES['invalid-credentials'].rationale.join(' ')).toMatch(/\(aud\).*\(iss\)/);
  });
});

describe('4. page load or code, asked once, before the questions', () => {
  it('is a setting, not a question: the same answers redirect a page load and challenge code', () => {
    expect(Object.keys(QUESTIONS)).not.toContain('client');
    expect(SETTINGS.client).toEqual(['programmatic', 'navigation']);
    const answers = { ...anonymous, 'anonymous-caller': 'challenge' };
    expect(slugOf(walk({ scheme: 'cookie', client: 'navigation' }, answers))).toBe('redirect-to-login');
    const code = walk({ scheme: 'cookie', client: 'programmatic' }, answers);
    expect(slugOf(code)).toBe('authentication-required');
    expect(challengeOf(exampleFor(OUTCOMES['authentication-required'], code.settings))).toMatch(/^Cookie realm="app"/);
    // An expired session: redirected on a page load, 401 for fetch.
    const expired = { ...signedIn, 'credentials-valid': 'invalid' };
    expect(slugOf(walk({ scheme: 'cookie', client: 'navigation' }, expired))).toBe('redirect-to-login');
    expect(slugOf(walk({ scheme: 'cookie', client: 'programmatic' }, expired))).toBe('invalid-credentials');
  });

  it('is written first in every share URL, and read back', () => {
    for (const p of allPaths()) {
      const query = toQuery(p.steps, p.settings);
      expect(query.startsWith(`?scheme=${p.settings.scheme}&client=${p.settings.client}&`)).toBe(true);
      const d = fromQuery(query);
      expect(d.settings).toEqual(p.settings);
      expect(slugOf(d)).toBe(p.outcome);
    }
  });
});

describe('5. the scheme, stated once, shapes the challenge, the example and the client step', () => {
  const prefix = { bearer: 'Bearer ', basic: 'Basic ', digest: 'Digest ', 'api-key': 'APIKey ', cookie: 'Cookie ' } as const;
  it.each(['authentication-required', 'invalid-credentials'] as const)('%s challenges in the scheme chosen', (slug) => {
    for (const [scheme, start] of Object.entries(prefix) as [keyof typeof prefix, string][]) {
      const example = exampleFor(OUTCOMES[slug], { scheme, client: 'programmatic' });
      expect(challengeOf(example), `${slug} ${scheme}`).toMatch(new RegExp(`^${start}`));
      expect(variantFor(OUTCOMES[slug], scheme).clientNext, scheme).not.toBe(OUTCOMES[slug].clientNext);
    }
  });

  it('Basic names its realm and only charset="UTF-8" (RFC 7617)', () => {
    expect(challengeOf(exampleFor(OUTCOMES['authentication-required'], { scheme: 'basic', client: 'programmatic' }))).toBe(
      'Basic realm="admin", charset="UTF-8"',
    );
  });

  it('mutual TLS is never challenged with WWW-Authenticate for its certificate', () => {
    for (const slug of ['client-certificate-refused'] as const) expect(challengeOf(OUTCOMES[slug].example)).toBeNull();
  });
});

describe('6. hiding with 404', () => {
  const family: OutcomeSlug[] = ['not-found', 'not-found-after-checks', 'hidden-from-anonymous', 'hidden-from-unauthorized'];
  it('gives all four 404 outcomes byte-identical examples in every setting and for every method', () => {
    for (const s of EVERY) {
      for (const method of EXAMPLE_METHODS) {
        const examples = family.map((slug) => exampleFor(OUTCOMES[slug], s, method));
        expect(new Set(examples).size, `${s.scheme} ${s.client} ${method}`).toBe(1);
      }
    }
  });

  it('explains the Bearer challenge on every 404 (RFC 6750 §3) and the price for clients that wait for a 401', () => {
    const r = OUTCOMES['hidden-from-anonymous'].rationale.join(' ');
    expect(r).toMatch(/RFC 6750 §3/);
    expect(r).toMatch(/every 404/);
    expect(r).toMatch(/after receiving a 401/);
    expect(challengeOf(OUTCOMES['not-found'].example)).toBe('Bearer realm="api"');
    for (const slug of family) expect(challengeOf(exampleFor(OUTCOMES[slug], { scheme: 'basic', client: 'programmatic' }))).toBeNull();
  });
});

describe('7. account bans and feature requirements, each with a body that matches its path', () => {
  it('keeps blocked clients, suspended accounts and missing features apart', () => {
    expect(slugOf(walk(bearer, { 'checked-by': 'origin', 'client-blocked': 'yes' }))).toBe('client-barred');
    expect(slugOf(walk(bearer, { ...signedIn, 'credentials-valid': 'barred' }))).toBe('account-barred');
    expect(slugOf(walk(bearer, { ...signedIn, 'credentials-valid': 'valid', permitted: 'feature' }))).toBe('feature-unavailable');
    const body = (slug: OutcomeSlug) => JSON.parse(OUTCOMES[slug].example.split('\n\n')[1]!) as { type: string; detail: string };
    expect(body('client-barred').type).toMatch(/client-blocked/);
    expect(body('client-barred').detail).not.toMatch(/account/i);
    expect(body('account-barred').type).toMatch(/account-suspended/);
    expect(body('feature-unavailable').type).toMatch(/plan-required/);
    expect(body('forbidden').detail).not.toMatch(/\d{3,}/); // about the operation, never a record id
  });
});

describe('8. record lookups come after the permission checks', () => {
  it('never answers 403 about a record that does not exist, and scoped lookups get 404', () => {
    for (const p of allPaths()) {
      // The public branch has its own record question (rfc-review W5): a signed-in caller only reaches the 403.
      const record = p.steps.find((s) => s.question === 'record-exists' || s.question === 'public-record-exists');
      if (record?.answer === 'no') expect(OUTCOMES[p.outcome].status, p.outcome).toBe(404);
      if (p.outcome === 'forbidden-record') expect(['not-owner', 'not-owner-signed-in']).toContain(record?.answer);
      if (record?.question === 'public-record-exists' && p.outcome === 'forbidden-record') expect(record.answer).toBe('not-owner-signed-in');
      const at = (q: string) => p.steps.findIndex((s) => s.question === q);
      if (at('record-exists') >= 0 && at('permitted') >= 0) expect(at('permitted')).toBeLessThan(at('record-exists'));
    }
    expect(QUESTIONS['record-exists'].hint).toMatch(/scoped/);
  });
});

describe('9. prose slips', () => {
  it('does not say that authenticating again would not help, and dates the 401 challenge to 1997', () => {
    expect(OUTCOMES.forbidden.rationale.join(' ')).not.toMatch(/authenticating again would not help/);
    expect(OUTCOMES.forbidden.rationale.join(' ')).toMatch(/MAY repeat the request with new or different credentials/);
    expect(RFCS[2617].status).toMatch(/7616/);
    expect(RFCS[2617].status).toMatch(/7615/);
  });
});

describe('new cases', () => {
  it('405 with Allow, before authentication', () => {
    expect(slugOf(walk(bearer, { 'checked-by': 'origin', 'client-blocked': 'no', 'route-exists': 'wrong-method' }))).toBe('method-not-allowed');
    expect(lines(OUTCOMES['method-not-allowed'].example)).toContain('Allow: GET, HEAD');
  });

  it('429 with Retry-After for rate limits, not 403', () => {
    const d = walk(bearer, { 'checked-by': 'origin', 'client-blocked': 'rate-limited' });
    expect(OUTCOMES[slugOf(d) as OutcomeSlug].status).toBe(429);
    expect(lines(OUTCOMES['rate-limited'].example).some((l) => /^Retry-After: \d+$/.test(l))).toBe(true);
    expect(OUTCOMES['rate-limited'].alternative.status).toBe(403);
  });

  it('410 for a retired endpoint and for a deleted record', () => {
    expect(slugOf(walk(bearer, { 'checked-by': 'origin', 'client-blocked': 'no', 'route-exists': 'gone' }))).toBe('gone');
    expect(slugOf(walk(bearer, { ...signedIn, 'credentials-valid': 'valid', permitted: 'yes', 'record-exists': 'gone' }))).toBe('gone');
    expect(OUTCOMES.gone.status).toBe(410);
  });

  it('a CORS preflight is answered before authentication and never challenged', () => {
    for (const slug of ['cors-preflight', 'cors-preflight-refused'] as const) {
      for (const s of EVERY) expect(challengeOf(exampleFor(OUTCOMES[slug], s)), `${slug} ${s.scheme}`).toBeNull();
    }
    expect(OUTCOMES['cors-preflight'].status).toBe(204);
    expect(OUTCOMES['cors-preflight-refused'].example).not.toMatch(/Access-Control-Allow/);
    const preflight = { 'checked-by': 'origin', 'client-blocked': 'no', 'route-exists': 'preflight' };
    expect(slugOf(walk(bearer, { ...preflight, 'preflight-origin': 'allowed' }))).toBe('cors-preflight');
  });

  it('a public resource with bad credentials: the choice is the visitor’s', () => {
    const pub = { 'checked-by': 'origin', 'client-blocked': 'no', 'route-exists': 'yes', 'requires-auth': 'no' };
    expect(slugOf(walk(bearer, { ...pub, 'public-credentials': 'ignore', 'public-record-exists': 'yes' }))).toBe('allowed');
    expect(slugOf(walk(bearer, { ...pub, 'public-credentials': 'reject' }))).toBe('invalid-credentials');
  });

  it('mutual TLS: refused in the handshake or with 403, never 401 for the certificate', () => {
    const mtls: Settings = { ...DEFAULT_SETTINGS, scheme: 'mtls', client: 'programmatic' };
    for (const answers of [
      { ...anonymous, 'anonymous-caller': 'challenge' },
      { ...signedIn, 'credentials-valid': 'invalid' },
    ]) {
      const d = walk(mtls, answers);
      expect(slugOf(d)).toBe('client-certificate-refused');
    }
    expect(OUTCOMES['client-certificate-refused'].status).toBe(403);
    // A certificate-bound token presented with another certificate: the token fails, 401 invalid_token.
    const bound = SITUATIONS.find((s) => /Certificate-bound token/.test(s.situation))!;
    expect([bound.outcome, bound.bearerError]).toEqual(['invalid-credentials', 'invalid_token']);
    expect(OUTCOMES['client-certificate-refused'].paraphrases?.map((p) => p.source)).toContain('rfc8705-3');
  });

  it('a failed CSRF check is 403 with the reason, never 401', () => {
    const d = walk({ scheme: 'cookie', client: 'navigation' }, { ...signedIn, 'credentials-parse': 'csrf-failed' });
    expect(slugOf(d)).toBe('csrf-failed');
    expect(OUTCOMES['csrf-failed'].status).toBe(403);
    expect(OUTCOMES['csrf-failed'].example).toMatch(/csrf-token-invalid/);
    expect(challengeOf(OUTCOMES['csrf-failed'].example)).toBeNull();
  });

  it('reverse proxies and auth gateways answer as the origin; a forward proxy refusing a destination answers 403', () => {
    expect(QUESTIONS['checked-by'].hint).toMatch(/Reverse proxies.*speak for the origin server/);
    expect(slugOf(walk(bearer, { 'checked-by': 'proxy-refuses' }))).toBe('proxy-forbidden');
    expect(OUTCOMES['proxy-forbidden'].status).toBe(403);
    expect(OUTCOMES['proxy-forbidden'].example).not.toMatch(/Authenticate/);
    // 407 only when a forward proxy wants its own credentials.
    const proxyAuth = allPaths().filter((p) => OUTCOMES[p.outcome].status === 407);
    expect(proxyAuth.map((p) => p.steps)).toEqual([[{ question: 'checked-by', answer: 'proxy' }]]);
  });

  it('HEAD: the same status line and fields as GET, without content, for every outcome and setting', () => {
    for (const o of outcomes) {
      for (const s of EVERY) {
        const get = exampleFor(o, s, 'GET');
        const head = exampleFor(o, s, 'HEAD');
        expect(head, o.slug).toBe(`${get.split('\n\n')[0]}\n\n`);
      }
    }
  });
});

describe('settings in share links', () => {
  it('report an unknown setting value and use the default', () => {
    const d = fromQuery('?scheme=kerberos&client=programmatic&checked-by=origin');
    expect(d.settings).toEqual(DEFAULT_SETTINGS);
    expect(d.ignored).toEqual([expect.objectContaining({ key: 'scheme', value: 'kerberos', reason: 'unknown-setting-value' })]);
    expect(d.ignored[0]!.message).toMatch(/“kerberos” is not a choice/);
  });

  it('decode every v1 complete path to the outcome the design promises', () => {
    expect(V1_PATHS).toHaveLength(15);
    for (const [query, v1] of V1_PATHS) {
      const d = fromQuery(`?${query}`);
      expect(d.ignored, query).toEqual([]);
      // The one change: a barred account now has its own outcome (issue item 7).
      const expected = query.endsWith('account-standing=barred') ? 'account-barred' : v1;
      expect(slugOf(d), query).toBe(expected);
      expect(d.notes.length, query).toBeGreaterThan(0);
    }
    expect(fromQuery(`?${V1_PATHS[8]![0]}`).settings).toEqual({ scheme: 'cookie', client: 'navigation', policy: 'none' });
  });

  it('leave current links alone and ask again when a v1 link stopped at account standing', () => {
    const current = [['scheme', 'bearer'], ['client', 'programmatic'], ['checked-by', 'origin']] as const;
    expect(legacyRewrite(current).pairs).toEqual(current);
    const stopped = fromQuery(`?${V1_PATHS[0]![0].replace(/&account-standing=good.*$/, '')}`);
    expect(stopped.current).toEqual({ kind: 'question', id: 'credentials-valid' });
  });
});

describe('limits', () => {
  it('asks no more than 12 things on any path, settings included', () => {
    // The policy is asked only by those who open it (it defaults to none); scheme and client count always.
    const asked = (s: Settings) => SETTING_IDS.filter((id) => !OPTIONAL_SETTINGS.includes(id) || s[id] !== DEFAULT_SETTINGS[id]).length;
    const longest = Math.max(...allPaths().map((p) => p.steps.length + asked(p.settings)));
    expect(longest).toBeLessThanOrEqual(12);
  });

  it('never quotes what it cannot check: paraphrases have no quotation marks and point at external sources', () => {
    for (const o of outcomes) {
      for (const p of o.paraphrases ?? []) {
        expect(isExternalRef(p.source), p.source).toBe(true);
        expect(p.paraphrase, `${o.slug} ${p.source}`).not.toMatch(/["“”«»]/);
      }
      for (const c of o.citations) expect(isExternalRef(c.ref), c.ref).toBe(false);
    }
    expect(Object.keys(EXTERNAL_SOURCES)).toEqual(expect.arrayContaining(['rfc9470-3', 'rfc6585-4', 'rfc8705-3', 'rfc7616-3.3']));
  });
});
