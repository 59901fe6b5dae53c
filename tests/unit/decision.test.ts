import { describe, expect, it } from 'vitest';
import {
  allPaths,
  decide,
  edges,
  getOutcome,
  isOutcomeSlug,
  isQuestionId,
  OUTCOME_SLUGS,
  OUTCOMES,
  outcomes,
  QUESTION_IDS,
  questions,
  questionsLeft,
  RETIRED_SLUGS,
  SECTIONS,
  shortestPathTo,
  START,
  type NodeId,
  type OutcomeSlug,
} from '../../src/decision/index.ts';

const answersOf = (steps: readonly { question: string; answer: string }[]) =>
  steps.map((s) => [s.question, s.answer] as const);

describe('the graph', () => {
  it('keeps question ids and outcome slugs apart, kebab-case and unique', () => {
    const ids = [...QUESTION_IDS, ...OUTCOME_SLUGS];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has no dead ends: every answer leads to a known node, every question offers a choice', () => {
    for (const q of questions) {
      expect(q.answers.length, q.id).toBeGreaterThanOrEqual(2);
      expect(new Set(q.answers.map((a) => a.id)).size, q.id).toBe(q.answers.length);
      for (const a of q.answers) expect(isQuestionId(a.next) || isOutcomeSlug(a.next), `${q.id}.${a.id}`).toBe(true);
    }
  });

  it('has no cycles, so every walk ends', () => {
    const state = new Map<NodeId, 'open' | 'done'>();
    const visit = (id: NodeId): void => {
      expect(state.get(id), `cycle through ${id}`).not.toBe('open');
      if (state.get(id) === 'done' || !isQuestionId(id)) return;
      state.set(id, 'open');
      for (const e of edges.filter((x) => x.from === id)) visit(e.to);
      state.set(id, 'done');
    };
    visit(START);
  });

  it('reaches every question and every outcome from the start', () => {
    for (const id of [...QUESTION_IDS, ...OUTCOME_SLUGS]) expect(shortestPathTo(id), id).toBeDefined();
    const reached = new Set(allPaths().map((p) => p.outcome));
    expect([...reached].sort()).toEqual([...OUTCOME_SLUGS].sort());
  });

  it('ends every path in an outcome, and no answer set is ambiguous', () => {
    const paths = allPaths();
    const keys = paths.map((p) => p.steps.map((s) => `${s.question}=${s.answer}`).join('&'));
    expect(new Set(keys).size).toBe(paths.length);
    for (const p of paths) {
      const d = decide(answersOf(p.steps));
      expect(d.current).toEqual({ kind: 'outcome', slug: p.outcome });
      expect(d.ignored).toEqual([]);
      expect(d.path).toEqual(p.steps);
      // A path's answers, in any order, lead to the same outcome: keys are question ids, not positions.
      expect(decide(answersOf([...p.steps].reverse())).current).toEqual(d.current);
    }
  });

  it('stops at the first unanswered question of a partial walk', () => {
    for (const p of allPaths()) {
      for (let i = 0; i < p.steps.length; i++) {
        const d = decide(answersOf(p.steps.slice(0, i)));
        expect(d.current).toEqual({ kind: 'question', id: p.steps[i]!.question });
      }
    }
  });

  it('sizes the progress bar by the longest remaining walk', () => {
    const longest = Math.max(...allPaths().map((p) => p.steps.length));
    expect(questionsLeft(START)).toBe(longest);
    for (const slug of OUTCOME_SLUGS) expect(questionsLeft(slug)).toBe(0);
  });
});

describe('the outcomes', () => {
  it('say what status they are, in the example too', () => {
    for (const o of outcomes) {
      expect(o.example.split('\n')[0], o.slug).toBe(`HTTP/1.1 ${o.status} ${o.reason}`);
      expect(o.example, o.slug).toMatch(/\n\n/);
      expect(o.alternative.status, o.slug).not.toBe(o.status);
      expect(o.rationale.length, o.slug).toBeGreaterThan(0);
    }
  });

  it.each([
    [401, 'WWW-Authenticate'],
    [407, 'Proxy-Authenticate'],
  ] as const)('name the challenge as a MUST on every %i: %s', (status, header) => {
    const matching = outcomes.filter((o) => o.status === status);
    expect(matching.length).toBeGreaterThan(0);
    for (const o of matching) {
      expect(o.headers.find((h) => h.name === header)?.requirement, o.slug).toBe('MUST');
      expect(o.example, o.slug).toMatch(new RegExp(`^${header}: \\S`, 'm'));
    }
  });

  it('never send a challenge that would reveal a hidden resource', () => {
    for (const slug of ['hidden-from-anonymous', 'hidden-from-unauthorized'] as const) {
      expect(getOutcome(slug).example).not.toMatch(/Authenticate/);
    }
  });

  it('give an example response that reads as HTTP: status line, the advised fields, Content-Type, blank line, body', () => {
    for (const o of outcomes) {
      const [head = '', body] = o.example.split('\n\n');
      const lines = head.split('\n');
      expect(lines[0], o.slug).toBe(`HTTP/1.1 ${o.status} ${o.reason}`);
      for (const line of lines.slice(1)) expect(line, o.slug).toMatch(/^[A-Za-z][A-Za-z0-9-]*: \S/);
      for (const h of o.headers) expect(lines.some((l) => l.startsWith(`${h.name}: `)), `${o.slug} ${h.name}`).toBe(true);
      expect(lines.at(-1), o.slug).toMatch(/^Content-Type: /);
      expect(body, o.slug).toBeTruthy();
    }
  });

  it('lead with an RFC 9110 citation and cite only catalogued sections', () => {
    for (const o of outcomes) {
      expect(SECTIONS[o.citations[0].ref].rfc, o.slug).toBe(9110);
      for (const c of o.citations) expect(SECTIONS[c.ref], `${o.slug} ${c.ref}`).toBeDefined();
      for (const h of o.headers) expect(SECTIONS[h.ref], `${o.slug} ${h.name}`).toBeDefined();
    }
  });

  it('map the Bearer error codes of RFC 6750 to the right statuses', () => {
    expect(OUTCOMES['malformed-credentials'].example).toContain('error="invalid_request"');
    expect(OUTCOMES['invalid-credentials'].example).toContain('error="invalid_token"');
    expect(OUTCOMES.forbidden.example).toContain('error="insufficient_scope"');
    expect(OUTCOMES['authentication-required'].example).not.toContain('error=');
  });

  it('keep every retired slug resolving to a current one', () => {
    for (const [old, to] of Object.entries(RETIRED_SLUGS)) {
      expect(isOutcomeSlug(old), old).toBe(false);
      expect(isOutcomeSlug(to), to).toBe(true);
    }
  });
});

describe('real situations', () => {
  const origin = [['checked-by', 'origin'], ['client-blocked', 'no'], ['route-exists', 'yes'], ['requires-auth', 'yes']] as const;
  const signedIn = [...origin, ['credentials-sent', 'yes'], ['credentials-parse', 'well-formed'], ['credentials-valid', 'valid'], ['account-standing', 'good']] as const;
  const cases: [string, readonly (readonly [string, string])[], OutcomeSlug, number][] = [
    ['a corporate proxy wants credentials', [['checked-by', 'proxy']], 'proxy-authentication-required', 407],
    ['a typo in the URL', [['checked-by', 'origin'], ['client-blocked', 'no'], ['route-exists', 'no']], 'not-found', 404],
    ['a blocklisted IP address', [['checked-by', 'origin'], ['client-blocked', 'yes']], 'client-barred', 403],
    ['a public page that does not exist', [['checked-by', 'origin'], ['client-blocked', 'no'], ['route-exists', 'yes'], ['requires-auth', 'no'], ['record-exists', 'no']], 'not-found-after-checks', 404],
    ['a public page', [...origin.slice(0, 3), ['requires-auth', 'no'], ['record-exists', 'yes']], 'allowed', 200],
    ['an API call without a token', [...origin, ['credentials-sent', 'no'], ['anonymous-caller', 'challenge']], 'authentication-required', 401],
    ['a signed-out browser visit', [...origin, ['credentials-sent', 'no'], ['anonymous-caller', 'login-page']], 'redirect-to-login', 302],
    ['a stranger probing a private repository', [...origin, ['credentials-sent', 'no'], ['anonymous-caller', 'hide']], 'hidden-from-anonymous', 404],
    ['a token sent in the header and the query at once', [...origin, ['credentials-sent', 'yes'], ['credentials-parse', 'malformed']], 'malformed-credentials', 400],
    ['an expired access token', [...origin, ['credentials-sent', 'yes'], ['credentials-parse', 'well-formed'], ['credentials-valid', 'invalid']], 'invalid-credentials', 401],
    ['a suspended account', [...signedIn.slice(0, 7), ['account-standing', 'barred']], 'client-barred', 403],
    ['a token without the write scope', [...signedIn, ['permitted', 'no'], ['reveal-existence', 'yes']], 'forbidden', 403],
    ['another tenant\u2019s invoice', [...signedIn, ['permitted', 'no'], ['reveal-existence', 'no']], 'hidden-from-unauthorized', 404],
    ['your own invoice that was never created', [...signedIn, ['permitted', 'yes'], ['record-exists', 'no']], 'not-found-after-checks', 404],
    ['your own invoice', [...signedIn, ['permitted', 'yes'], ['record-exists', 'yes']], 'allowed', 200],
  ];
  it.each(cases)('%s', (_name, answers, slug, status) => {
    const d = decide(answers);
    expect(d.ignored).toEqual([]);
    expect(d.current).toEqual({ kind: 'outcome', slug });
    expect(OUTCOMES[slug].status).toBe(status);
  });
});
