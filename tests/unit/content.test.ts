import { describe, expect, it } from 'vitest';
import { outcomes, questions, SECTION_IDS, SECTIONS } from '../../src/decision/index.ts';
import { claimSchema, excerptSchema, HISTORY_TOPICS, historySchema } from '../../src/rfc-library/content-schemas.ts';
import { parseBody, plainText } from '../../src/rfc-library/excerpt-text.ts';
import { excerptId } from '../../src/rfc-library/excerpts.ts';
import { loadCollection as load } from '../../scripts/lib/content-files.ts';

// Whether excerpts and quotes are verbatim is checked in verbatim.test.ts (against the lock) and
// reference-texts.test.ts (against the RFC texts, when present).
const excerpts = load('excerpts').map((e) => ({ ...e, data: excerptSchema.parse(e.data), blocks: parseBody(e.body) }));
const byId = new Map(excerpts.map((e) => [e.id, e]));
const history = load('history').map((e) => ({ ...e, data: historySchema.parse(e.data) }));
const claims = load('claims').map((e) => ({ ...e, data: claimSchema.parse(e.data) }));

describe('excerpt schema', () => {
  it('accepts every excerpt, named rfc<number>-<section>', () => {
    for (const e of excerpts) expect(e.id).toBe(excerptId(e.data.rfc, e.data.section));
  });

  it('rejects a hand-kept outcome list, an unknown RFC and a malformed section', () => {
    const good = { rfc: 9110, section: '15.5.4', title: '403 Forbidden', summary: 'A summary long enough.' };
    expect(excerptSchema.safeParse(good).success).toBe(true);
    expect(excerptSchema.safeParse({ ...good, outcomes: ['forbidden'] }).success, 'the cited-by list is computed, never written').toBe(false);
    expect(excerptSchema.safeParse({ ...good, rfc: 1945 }).success).toBe(false);
    expect(excerptSchema.safeParse({ ...good, section: '15.5.4.' }).success).toBe(false);
    expect(excerptSchema.safeParse({ ...good, annotations: [{ phrase: 'x', note: 'too short' }] }).success).toBe(false);
  });

  it('covers every section the issue asks for', () => {
    const wanted = [
      '9110-11.1', '9110-11.3', '9110-11.6.1', '9110-11.6.2', '9110-11.7.1', '9110-15.5.1', '9110-15.5.2', '9110-15.5.4',
      '9110-15.5.5', '9110-15.5.8', '7235-2.1', '7235-3.1', '7235-3.2', '7235-4.1', '7235-4.2', '7231-6.5.1', '7231-6.5.3',
      '7231-6.5.4', '2616-10.4.1', '2616-10.4.2', '2616-10.4.4', '2616-10.4.5', '2616-10.4.8', '2616-14.47', '2617-1.2',
      '2617-2', '7617-2', '6750-3', '6750-3.1',
    ];
    for (const w of wanted) expect(byId.has(`rfc${w}`), w).toBe(true);
  });
});

describe('excerpt annotations', () => {
  it('highlight phrases that occur exactly once in their excerpt', () => {
    for (const e of excerpts) {
      const text = plainText(e.blocks);
      for (const a of e.data.annotations) expect(text.split(a.phrase).length - 1, `${e.id}: ${a.phrase}`).toBe(1);
    }
  });
});

describe('citations', () => {
  it('every section the decision cites has an excerpt with the same title', () => {
    for (const id of SECTION_IDS) {
      expect(byId.has(id), id).toBe(true);
      expect(byId.get(id)!.data.title, id).toBe(SECTIONS[id].title);
    }
    for (const o of outcomes) for (const c of o.citations) expect(byId.has(c.ref), `${o.slug} cites ${c.ref}`).toBe(true);
    for (const q of questions) for (const r of q.refs) expect(byId.has(r), `${q.id} cites ${r}`).toBe(true);
  });
});

describe('wording history', () => {
  it('has a page for 400, 401, 403, 404 and WWW-Authenticate', () => {
    expect(history.map((h) => h.id).sort()).toEqual([...HISTORY_TOPICS].sort());
  });

  it('runs from RFC 2616 through RFC 7231 or 7235 to RFC 9110', () => {
    for (const h of history) {
      const rfcs = h.data.versions.map((v) => byId.get(v)?.data.rfc);
      expect(rfcs, h.id).toHaveLength(3);
      expect(rfcs[0], h.id).toBe(2616);
      expect([7231, 7235], h.id).toContain(rfcs[1]);
      expect(rfcs[2], h.id).toBe(9110);
    }
  });
});

describe('claims', () => {
  it('cover the popular readings, each decided by a sentence of a real excerpt (verbatim: see verbatim.test.ts)', () => {
    expect(claims.length).toBeGreaterThanOrEqual(6);
    expect(new Set(claims.map((c) => c.data.verdict))).toEqual(new Set(['holds', 'obsolete', 'wrong', 'depends']));
    for (const c of claims) expect(byId.get(c.data.excerpt), c.id).toBeDefined();
  });
});
