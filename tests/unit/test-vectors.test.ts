/**
 * /test-vectors.json as the build publishes it (dist/, written by `npm run build`, as the other site
 * tests read it): valid against its own published schema (checked by Ajv, not by our code), and every
 * vector replayed through the share-URL codec and decide(), with the status and header fields checked
 * against rules written here, from the RFCs, and against the hand-written situations.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  ALL_SETTINGS,
  allPaths,
  checkExchange,
  decide,
  DEFAULT_SETTINGS,
  exampleFor,
  FLOW,
  fromQuery,
  OUTCOMES,
  SECTIONS,
  SETTING_IDS,
  SITUATIONS,
  START,
  testVectors,
  toQuery,
  type Settings,
  type TestVector,
  type TestVectors,
} from '../../src/decision/index.ts';

const dist = new URL('../../dist/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, dist), 'utf8')) as unknown;
const file = read('test-vectors.json') as TestVectors;
const schema = read('test-vectors.schema.json') as { $id: string };
const { vectors } = file;

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  return ajv.compile(schema);
}

const header = (v: TestVector, name: string) => v.requiredHeaders.find((h) => h.name.toLowerCase() === name.toLowerCase());
/** The auth-scheme of a challenge: its first token (RFC 9110 §11.6.1). */
const authScheme = (challenge: string) => /^[^\s,]+/.exec(challenge)?.[0];
/** The error attribute of a Bearer challenge, read here with our own pattern (RFC 6750 §3). */
function bearerError(v: TestVector): string {
  const c = header(v, 'WWW-Authenticate')?.example;
  if (!c || authScheme(c) !== 'Bearer') return 'no challenge';
  return c.match(/[\s,]error="([^"]+)"/)?.[1] ?? 'none';
}

/** The challenge each scheme's 401 carries: registered schemes by their names, custom ones as the guide names them. */
const CHALLENGE_OF = { bearer: 'Bearer', basic: 'Basic', digest: 'Digest', 'api-key': 'APIKey', cookie: 'Cookie' } as const;

/** Complete walks counted from the flow table alone: an answer leads on to a question, or ends (an outcome, or a route to one). */
const walksInFlowTable = (q: string): number =>
  Object.values(FLOW[q as keyof typeof FLOW]).reduce((n: number, next) => n + (typeof next === 'string' && Object.hasOwn(FLOW, next) ? walksInFlowTable(next) : 1), 0);

describe('/test-vectors.json', () => {
  it('names its schema, and the schema is draft 2020-12 at its own address', () => {
    expect(file.$schema).toBe(schema.$id);
    expect(schema.$id).toMatch(/\/test-vectors\.schema\.json$/);
    expect((schema as { $schema?: string }).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('is valid against its schema (Ajv)', () => {
    const validate = validator();
    expect(validate(file), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('and the schema rejects what it should: an unknown outcome, a missing field, an unknown setting value', () => {
    const validate = validator();
    const first = vectors[0]!;
    const broken = [
      { ...first, outcome: 'teapot' },
      { ...first, status: 418 },
      Object.fromEntries(Object.entries(first).filter(([k]) => k !== 'citation')),
      { ...first, settings: { ...first.settings, scheme: 'kerberos' } },
      { ...first, bearerError: 'invalid_grant' },
      { ...first, extra: true },
    ];
    for (const v of broken) expect(validate({ ...file, vectors: [v] }), JSON.stringify(v).slice(0, 80)).toBe(false);
  });

  it('is what the decision module generates now (rebuild after changing the decision)', () => {
    const strip = ({ url: _url, ...v }: TestVector) => v;
    expect(vectors.map(strip)).toEqual(testVectors().vectors.map(strip));
  });

  it('holds every complete path of the graph under every combination of the settings, each id once', () => {
    expect(new Set(vectors.map((v) => v.id)).size).toBe(vectors.length);
    const key = (settings: Record<string, string>, answers: readonly { question: string; answer: string }[]) =>
      JSON.stringify([SETTING_IDS.map((id) => settings[id]), answers.map((a) => [a.question, a.answer])]);
    const have = new Map(vectors.map((v) => [key(v.settings, v.answers), v.outcome]));
    for (const p of allPaths()) expect(have.get(key(p.settings, p.steps)), key(p.settings, p.steps)).toBe(p.outcome);
    for (const s of ALL_SETTINGS) {
      const under = vectors.filter((v) => SETTING_IDS.every((id) => v.settings[id] === s[id]));
      // Without a policy every walk is the visitor's; a policy answers some questions, so there are fewer.
      if (s.policy === 'none') expect(under.length, JSON.stringify(s)).toBe(walksInFlowTable(START));
      else expect(under.length, JSON.stringify(s)).toBeGreaterThan(0);
    }
    expect(new Set(vectors.map((v) => v.outcome))).toEqual(new Set(Object.keys(OUTCOMES)));
  });

  it('keeps its ids: a few written out here', () => {
    const byId = new Map(vectors.map((v) => [v.id, v]));
    const expected = {
      'checked-by=proxy': 407,
      'scheme=cookie/client=navigation/checked-by=origin/client-blocked=no/route-exists=yes/requires-auth=yes/credentials-sent=no/anonymous-caller=challenge': 302,
      'checked-by=origin/client-blocked=no/route-exists=yes/requires-auth=yes/credentials-sent=yes/credentials-parse=well-formed/credentials-valid=valid/permitted=scope': 403,
      'scheme=basic/checked-by=origin/client-blocked=no/route-exists=yes/requires-auth=yes/credentials-sent=yes/credentials-parse=well-formed/credentials-valid=invalid': 401,
    };
    for (const [id, status] of Object.entries(expected)) expect(byId.get(id)?.status, id).toBe(status);
    // An id leaves out the settings at their default, so the defaults are part of what an id means.
    expect(byId.get('checked-by=proxy')?.settings).toMatchObject({ scheme: 'bearer', client: 'programmatic', policy: 'none' });
    expect(byId.get('policy=conceal/checked-by=proxy')?.settings).toMatchObject({ scheme: 'bearer', client: 'programmatic', policy: 'conceal' });
  });

  it.each(vectors.map((v) => [v.id, v] as const))('%s', (_id, v) => {
    // The share link opens this walk, and decide() reads the same answers to the same outcome.
    const viaLink = fromQuery(v.query);
    expect(viaLink.ignored).toEqual([]);
    expect(viaLink.current).toEqual({ kind: 'outcome', slug: v.outcome });
    expect(toQuery(viaLink.path, viaLink.settings)).toBe(v.query);
    const pairs = [...SETTING_IDS.map((id) => [id, v.settings[id]] as const), ...v.answers.map((a) => [a.question, a.answer] as const)];
    const decided = decide(pairs);
    expect(decided.current).toEqual({ kind: 'outcome', slug: v.outcome });
    expect(decided.byPolicy).toEqual(v.answeredByPolicy ?? []);

    const o = OUTCOMES[v.outcome];
    expect(v.status).toBe(o.status);
    expect(v.citation.quote).toBe(o.citations[0].quote);
    expect(SECTIONS[o.citations[0].ref]).toMatchObject({ rfc: v.citation.rfc, section: v.citation.section });
    expect(v.citation.url).toBe(`https://www.rfc-editor.org/rfc/rfc${v.citation.rfc}#section-${v.citation.section}`);

    const scheme = v.settings.scheme as keyof typeof CHALLENGE_OF | 'mtls';
    const challenge = header(v, 'WWW-Authenticate');
    // RFC 9110 §15.5.2: a 401 MUST carry WWW-Authenticate; mutual TLS has no HTTP challenge, so never a 401.
    if (v.status === 401) {
      expect(scheme).not.toBe('mtls');
      expect(challenge?.requirement).toBe('MUST');
      // The step-up challenge is Bearer's (RFC 9470) for every scheme but a cookie session's own.
      const expectedScheme = v.outcome === 'step-up-required' && scheme !== 'cookie' ? 'Bearer' : CHALLENGE_OF[scheme as keyof typeof CHALLENGE_OF];
      expect(authScheme(challenge!.example)).toBe(expectedScheme);
    }
    // RFC 9110 §15.5.8: 407 with Proxy-Authenticate; §15.5.6: 405 with Allow; §15.4: a redirect names where.
    if (v.status === 407) expect(header(v, 'Proxy-Authenticate')?.requirement).toBe('MUST');
    if (v.status === 405) expect(header(v, 'Allow')?.requirement).toBe('MUST');
    if (v.status >= 300 && v.status < 400) expect(header(v, 'Location')).toBeDefined();
    if (v.status !== 407) expect(header(v, 'Proxy-Authenticate')).toBeUndefined();
    // Only Bearer vectors say anything about Bearer errors, and what they say is what the challenge says.
    if (scheme === 'bearer') {
      expect(v.bearerError).toBe(bearerError(v));
      if (v.status === 401) expect(['none', 'invalid_token', 'insufficient_user_authentication']).toContain(v.bearerError);
      // RFC 6750 §3.1: insufficient_scope goes with 403, and only when more scope would help.
      expect(v.bearerError === 'insufficient_scope').toBe(v.outcome === 'insufficient-scope');
      if (v.bearerError === 'insufficient_scope') expect(v.status).toBe(403);
      if (v.bearerError === 'invalid_token') expect(v.status).toBe(401);
    } else {
      expect(v).not.toHaveProperty('bearerError');
      if (v.status !== 401) expect(challenge).toBeUndefined();
    }
    // A person's browser with a cookie session that has none is sent to sign in, never shown a bare 401.
    if (scheme === 'cookie' && v.settings.client === 'navigation') expect(v.status).not.toBe(401);

    // The guide's own example response for this vector passes the response checker (a module written apart).
    const example = exampleFor(o, { scheme: v.settings.scheme, client: v.settings.client } as Settings);
    // A vector describes a GET, but for the walks that say otherwise: a refused method, a CORS preflight.
    const route = v.answers.find((a) => a.question === 'route-exists')?.answer;
    const method = route === 'wrong-method' ? 'DELETE' : route === 'preflight' ? 'OPTIONS' : 'GET';
    const report = checkExchange({ response: example, request: { method, navigation: v.settings.client === 'navigation' } });
    expect(report.problems).toEqual([]);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    for (const h of v.requiredHeaders) expect(example, h.name).toContain(`\n${h.name}: ${h.example}\n`);
  });

  it('agree with every hand-written situation (status, header line, Bearer error)', () => {
    for (const s of SITUATIONS) {
      const v = vectors.find(
        (x) =>
          SETTING_IDS.every((id) => x.settings[id] === (s.settings[id] ?? DEFAULT_SETTINGS[id])) &&
          JSON.stringify(x.answers.map((a) => [a.question, a.answer])) === JSON.stringify(Object.entries(s.answers)),
      );
      expect(v, s.situation).toBeDefined();
      expect([v!.outcome, v!.status], s.situation).toEqual([s.outcome, s.status]);
      expect(v!.bearerError ?? 'n/a', s.situation).toBe(s.bearerError);
      if (s.header) {
        const lines = v!.requiredHeaders.map((h) => `${h.name}: ${h.example}`);
        expect(lines.some((l) => l.startsWith(s.header!)), `${s.situation}: ${s.header} in ${lines.join(' | ')}`).toBe(true);
      }
    }
  });
});
