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
  targetsOf,
  isExternalRef,
  EXTERNAL_SOURCES,
  type NodeId,
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
      for (const a of q.answers) {
        for (const { to } of targetsOf(a.next)) expect(isQuestionId(to) || isOutcomeSlug(to), `${q.id}.${a.id}`).toBe(true);
      }
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
    // A route counts once per outcome it reaches: the same answers, different settings.
    const keyed = paths.map((p) => `${p.steps.map((s) => `${s.question}=${s.answer}`).join('&')}->${p.outcome}`);
    expect(new Set(keyed).size).toBe(paths.length);
    for (const p of paths) {
      const settings = Object.entries(p.settings);
      const d = decide([...settings, ...answersOf(p.steps)]);
      expect(d.current).toEqual({ kind: 'outcome', slug: p.outcome });
      expect(d.ignored).toEqual([]);
      expect(d.path).toEqual(p.steps);
      // A path's answers, in any order, lead to the same outcome: keys are question ids, not positions.
      expect(decide([...answersOf([...p.steps].reverse()), ...settings]).current).toEqual(d.current);
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

  it('never send a challenge that would reveal a hidden resource: hidden 404s are the real 404, byte for byte', () => {
    for (const slug of ['hidden-from-anonymous', 'hidden-from-unauthorized'] as const) {
      expect(getOutcome(slug).example).toBe(getOutcome('not-found').example);
    }
  });

  it('give an example response that reads as HTTP: status line, the advised fields, Content-Type, blank line, body', () => {
    for (const o of outcomes) {
      const [head = '', body] = o.example.split('\n\n');
      const lines = head.split('\n');
      expect(lines[0], o.slug).toBe(`HTTP/1.1 ${o.status} ${o.reason}`);
      for (const line of lines.slice(1)) expect(line, o.slug).toMatch(/^[A-Za-z][A-Za-z0-9-]*: \S/);
      for (const h of o.headers) expect(lines.some((l) => l.startsWith(`${h.name}: `)), `${o.slug} ${h.name}`).toBe(true);
      if (o.status === 204) {
        // No content, so no Content-Type either (RFC 9110 §15.3.5).
        expect(body, o.slug).toBe('');
        expect(lines.some((l) => l.startsWith('Content-Type:')), o.slug).toBe(false);
      } else {
        expect(lines.at(-1), o.slug).toMatch(/^Content-Type: /);
        expect(body, o.slug).toBeTruthy();
      }
    }
  });

  it('lead with an RFC 9110 citation and cite only catalogued sections', () => {
    for (const o of outcomes) {
      expect(SECTIONS[o.citations[0].ref].rfc, o.slug).toBe(9110);
      for (const c of o.citations) expect(SECTIONS[c.ref], `${o.slug} ${c.ref}`).toBeDefined();
      for (const h of o.headers) {
        const known = isExternalRef(h.ref) ? EXTERNAL_SOURCES[h.ref] : SECTIONS[h.ref];
        expect(known, `${o.slug} ${h.name}`).toBeDefined();
      }
    }
  });

  it('map the Bearer error codes of RFC 6750 to the right statuses', () => {
    expect(OUTCOMES['malformed-credentials'].example).toContain('error="invalid_request"');
    expect(OUTCOMES['invalid-credentials'].example).toContain('error="invalid_token"');
    expect(OUTCOMES['insufficient-scope'].example).toContain('error="insufficient_scope"');
    expect(OUTCOMES.forbidden.example).toContain('WWW-Authenticate: Bearer realm="api"\n');
    expect(OUTCOMES['authentication-required'].example).not.toContain('error=');
  });

  it('keep every retired slug resolving to a current one', () => {
    for (const [old, to] of Object.entries(RETIRED_SLUGS)) {
      expect(isOutcomeSlug(old), old).toBe(false);
      expect(isOutcomeSlug(to), to).toBe(true);
    }
  });
});
