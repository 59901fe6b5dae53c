/**
 * The findings of the independent RFC review (notes: W = wrong, M = misleading), one block each, so that
 * a regression names the finding it reopens. The situations table holds a row for each wrong path too.
 */
import { describe, expect, it } from 'vitest';
import {
  allPaths,
  exampleFor,
  fromQuery,
  OUTCOMES,
  QUESTIONS,
  SETTINGS,
  SITUATIONS,
  variantFor,
  type Settings,
} from '../../src/decision/index.ts';
import { signedIn, slugOf, walk } from './walks.ts';

const pub = { 'checked-by': 'origin', 'client-blocked': 'no', 'route-exists': 'yes', 'requires-auth': 'no' } as const;
const everySetting = SETTINGS.scheme.flatMap((scheme) => SETTINGS.client.map((client): Settings => ({ scheme, client, policy: 'none' })));
const statusOf = (example: string) => Number(example.split(' ')[1]);
const challengeOf = (example: string) =>
  example.split('\n\n')[0]!.split('\n').find((l) => l.startsWith('WWW-Authenticate: '))?.slice(18) ?? null;

describe('W1/W3: schemes without a sign-in event to strengthen never get a step-up 401', () => {
  it('routes mTLS, API keys, Basic and Digest to a 403 without a challenge, for code and page loads', () => {
    for (const s of everySetting) {
      const d = walk(s, { ...signedIn, 'credentials-valid': 'too-weak' });
      const slug = slugOf(d);
      if (['mtls', 'api-key', 'basic', 'digest'].includes(s.scheme)) {
        expect(slug, `${s.scheme} ${s.client}`).toBe('step-up-not-possible');
        const example = exampleFor(OUTCOMES['step-up-not-possible'], s);
        expect(statusOf(example)).toBe(403);
        expect(challengeOf(example), s.scheme).toBeNull();
      } else {
        expect(['step-up-required', 'redirect-to-reauthenticate'], `${s.scheme} ${s.client}`).toContain(slug);
      }
    }
  });

  it('keeps mutual TLS away from every 401 on every path', () => {
    for (const p of allPaths()) {
      if (p.settings.scheme === 'mtls') expect(OUTCOMES[p.outcome].status, p.outcome).not.toBe(401);
    }
  });

  it('no longer offers a “confirm” realm for Basic or Digest, and names the 403 in the step-up variants', () => {
    for (const scheme of ['basic', 'digest', 'api-key', 'mtls'] as const) {
      const v = variantFor(OUTCOMES['step-up-required'], scheme);
      expect(v.challenge, scheme).not.toMatch(/confirm/);
      expect(v.why, scheme).toMatch(/step-up-not-possible/);
      expect(v.why, scheme).toMatch(/also accepts user access tokens/);
    }
    expect(QUESTIONS['credentials-valid'].answers.find((a) => a.id === 'too-weak')!.hint).toMatch(/403/);
  });

  it('has a situation row for each scheme that cannot step up', () => {
    const rows = SITUATIONS.filter((s) => s.answers['credentials-valid'] === 'too-weak' && s.outcome === 'step-up-not-possible');
    expect(new Set(rows.map((r) => r.settings.scheme))).toEqual(new Set(['mtls', 'api-key', 'basic', 'digest']));
  });
});

describe('W2: a Digest wrong password gets a new nonce, never stale=true', () => {
  it('leaves stale out of the example and explains it only in why', () => {
    const v = variantFor(OUTCOMES['invalid-credentials'], 'digest');
    expect(v.challenge).not.toMatch(/stale/);
    expect(v.challenge).toMatch(/nonce="<new nonce>"/);
    expect(v.why).toMatch(/stale=true only|Add stale=true only/);
    expect(v.why).toMatch(/RFC 7616 §3\.3, paraphrased, not quoted/);
    const row = SITUATIONS.find((s) => s.settings.scheme === 'digest' && s.outcome === 'invalid-credentials');
    expect(row).toBeDefined();
    expect(exampleFor(OUTCOMES['invalid-credentials'], row!.settings)).not.toMatch(/stale/);
  });
});

describe('W4: CORS credentials are cookies and client certificates, not a script-set Authorization', () => {
  it('says so in the preflight hint and the CORS outcome', () => {
    const hint = QUESTIONS['route-exists'].answers.find((a) => a.id === 'preflight')!.hint;
    expect(hint).not.toMatch(/with credentials or custom headers/);
    expect(hint).toMatch(/not CORS-safelisted/);
    expect(hint).toMatch(/Credentials alone .*do not trigger one/);
    const o = OUTCOMES['cors-preflight'];
    const acac = o.headers.find((h) => h.name === 'Access-Control-Allow-Credentials')!;
    expect(acac.why).not.toMatch(/will not send cookies or Authorization/);
    expect(acac.condition).toMatch(/include/);
    expect(o.rationale.join(' ')).not.toMatch(/carries cookies or Authorization/);
    expect(o.headers.find((h) => h.name === 'Access-Control-Allow-Headers')!.why).toMatch(/Authorization/);
  });
});

describe('W5: an anonymous caller on a public resource never reaches a 403 about someone else’s record', () => {
  it('offers no path from the public branch to forbidden-record without valid credentials', () => {
    for (const p of allPaths()) {
      const isPublic = p.steps.some((s) => s.question === 'requires-auth' && s.answer === 'no');
      if (!isPublic || p.outcome !== 'forbidden-record') continue;
      expect(p.steps.find((s) => s.question === 'public-record-exists')?.answer).toBe('not-owner-signed-in');
      expect(p.steps.find((s) => s.question === 'public-credentials')?.answer).not.toBe('reject');
    }
    for (const s of everySetting) {
      for (const creds of ['none', 'ignore']) {
        const d = walk(s, { ...pub, 'public-credentials': creds, 'public-record-exists': 'not-owner' });
        expect(slugOf(d)).toBe('question anonymous-caller');
        const told = walk(s, { ...pub, 'public-credentials': creds, 'public-record-exists': 'not-owner', 'anonymous-caller': 'challenge' });
        expect(['authentication-required', 'redirect-to-login', 'client-certificate-refused']).toContain(slugOf(told));
      }
    }
  });

  it('keeps links made before the public record question working, reading the old answer there', () => {
    const old = '?scheme=bearer&client=programmatic&checked-by=origin&client-blocked=no&route-exists=yes&requires-auth=no&public-credentials=none&record-exists=yes';
    expect(fromQuery(old).current).toEqual({ kind: 'outcome', slug: 'allowed' });
    const wrong = '?scheme=bearer&client=programmatic&checked-by=origin&client-blocked=no&route-exists=yes&requires-auth=no&public-credentials=none&record-exists=not-owner&reveal-record=yes';
    expect(fromQuery(wrong).current).not.toEqual({ kind: 'outcome', slug: 'forbidden-record' });
    // The protected branch keeps its own record question.
    const own = '?scheme=bearer&client=programmatic&checked-by=origin&client-blocked=no&route-exists=yes&requires-auth=yes&credentials-sent=yes&credentials-parse=well-formed&credentials-valid=valid&permitted=yes&record-exists=not-owner&reveal-record=yes';
    expect(fromQuery(own).current).toEqual({ kind: 'outcome', slug: 'forbidden-record' });
  });

  it('has situation rows for the anonymous and the signed-in caller on a public resource', () => {
    const rows = SITUATIONS.filter((s) => s.answers['public-record-exists']?.startsWith('not-owner'));
    expect(rows.map((r) => r.outcome).sort()).toEqual(['authentication-required', 'forbidden-record', 'hidden-from-anonymous']);
  });
});

describe('M-items', () => {
  it('M2: labels the Bearer challenge on every 404 a MUST only where it hides a protected resource', () => {
    const h = OUTCOMES['not-found'].headers.find((x) => x.name === 'WWW-Authenticate')!;
    expect(h.condition).toMatch(/hide a protected resource/);
    expect(h.condition).toMatch(/MAY \(RFC 9110 §11\.6\.1\)/);
  });

  it('M6: the step-up citation of RFC 9110 §15.5.2 claims no more than it says', () => {
    const c = OUTCOMES['step-up-required'].citations.find((x) => x.ref === 'rfc9110-15.5.2')!;
    expect(c.supports).not.toMatch(/otherwise valid/);
    expect(OUTCOMES['step-up-required'].rationale.join(' ')).toMatch(/departs here on purpose from RFC 9110\s+§11\.4/);
  });

  it('M7/M8: mutual TLS is not called flawed, and 401 is ruled out for want of any answerable challenge', () => {
    const o = OUTCOMES['client-certificate-refused'];
    expect(o.citations.map((c) => c.ref)).not.toContain('rfc9110-16.4.2');
    expect(o.alternative.whyWrong).not.toMatch(/Authorization header/);
  });

  it('M9: certificate-bound tokens are Bearer', () => {
    expect(QUESTIONS['credentials-valid'].hint).toMatch(/use the Bearer\s+setting/);
  });

  it('M10: the 405 situations do not contradict their Allow field', () => {
    for (const s of SITUATIONS.filter((x) => x.outcome === 'method-not-allowed')) {
      expect(s.method, s.situation).toBeUndefined();
      expect(s.situation).not.toMatch(/only accepts POST/);
    }
  });

  it('M11: an anonymous page load is not sent a Set-Cookie for a cookie it never sent', () => {
    expect(exampleFor(OUTCOMES['redirect-to-login'], { scheme: 'cookie', client: 'navigation' })).not.toMatch(/Set-Cookie/);
    expect(OUTCOMES['redirect-to-login'].paraphrases?.map((p) => p.source)).toContain('rfc6265-4.1');
  });

  it('M13: the CSRF outcome does not assume a valid session', () => {
    const o = OUTCOMES['csrf-failed'];
    expect([o.verdict, ...o.rationale, o.alternative.whyWrong].join(' ')).not.toMatch(/The session is valid|the credentials are fine/i);
  });

  it('M14/M15: 451 for legal blocks; Retry-After points at RFC 6585 §4, dropping connections at §7.2', () => {
    expect(OUTCOMES['client-barred'].paraphrases?.map((p) => p.source)).toContain('rfc7725-3');
    expect(OUTCOMES['rate-limited'].headers.find((h) => h.name === 'Retry-After')!.ref).toBe('rfc6585-4');
    const p = OUTCOMES['rate-limited'].paraphrases!;
    expect(p.find((x) => x.source === 'rfc6585-4')!.paraphrase).toMatch(/must not be stored by a cache/);
    expect(p.find((x) => x.source === 'rfc6585-4')!.paraphrase).not.toMatch(/drop connections/);
    expect(p.map((x) => x.source)).toContain('rfc6585-7.2');
  });

  it('M1: cites the lead sentence of RFC 6750 §3.1 in the bare-403 argument', () => {
    expect(OUTCOMES.forbidden.citations.some((c) => c.quote.startsWith('When a request fails'))).toBe(true);
  });

  it('M12: undecodable Basic credentials are not sent to a 400', () => {
    expect(variantFor(OUTCOMES['malformed-credentials'], 'basic').why).toMatch(/not valid Base64\) are invalid credentials: 401/);
  });
});
