import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { outcomes, questions, SECTION_IDS, SECTIONS } from '../../src/decision/index.ts';
import { claimSchema, excerptSchema, HISTORY_TOPICS, historySchema } from '../../src/rfc-library/content-schemas.ts';
import { parseBody, plainText } from '../../src/rfc-library/excerpt-text.ts';
import { excerptId } from '../../src/rfc-library/excerpts.ts';
import { normalize, sectionBlocks, sectionTitle } from '../../scripts/lib/rfc-text.ts';

/** Reads a collection the way the glob loader does: id = file name, frontmatter + body. */
function load(dir: string) {
  const base = new URL(`../../content/${dir}/`, import.meta.url);
  return readdirSync(base)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const text = readFileSync(new URL(f, base), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`${dir}/${f}: no frontmatter`);
      return { id: f.replace(/\.md$/, ''), data: parse(m[1]!) as unknown, body: m[2]! };
    });
}

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

describe('excerpts are verbatim', () => {
  it.each(excerpts.map((e) => [e.id, e] as const))('%s matches the reference text', (_id, e) => {
    const reference = sectionBlocks(e.data.rfc, e.data.section);
    expect(reference.length, 'section not found in the reference text').toBeGreaterThan(0);
    const ours = e.blocks.map((b) => normalize(b.text));
    const theirs = reference.map((b) => normalize(b.text));
    if (e.data.whole) {
      expect(ours).toEqual(theirs);
    } else {
      let from = 0;
      for (const block of ours) {
        const at = theirs.indexOf(block, from);
        expect(at, `not in the section, or out of order: ${block}`).toBeGreaterThanOrEqual(0);
        from = at + 1;
      }
    }
    expect(e.data.title).toBe(sectionTitle(e.data.rfc, e.data.section));
  });

  it('fail when one word changes', () => {
    const e = byId.get('rfc9110-15.5.4')!;
    const changed = e.blocks.map((b) => normalize(b.text.replace('refuses to fulfill it', 'refuses to authorize it')));
    expect(changed).not.toEqual(sectionBlocks(9110, '15.5.4').map((b) => normalize(b.text)));
  });

  it('highlight phrases that occur exactly once in their excerpt', () => {
    for (const e of excerpts) {
      const text = plainText(e.blocks);
      for (const a of e.data.annotations) expect(text.split(a.phrase).length - 1, `${e.id}: ${a.phrase}`).toBe(1);
    }
  });
});

describe('citations hold both ways', () => {
  it('every section the decision cites has an excerpt with the same title', () => {
    for (const id of SECTION_IDS) {
      expect(byId.has(id), id).toBe(true);
      expect(byId.get(id)!.data.title, id).toBe(SECTIONS[id].title);
    }
    for (const o of outcomes) for (const c of o.citations) expect(byId.has(c.ref), `${o.slug} cites ${c.ref}`).toBe(true);
    for (const q of questions) for (const r of q.refs) expect(byId.has(r), `${q.id} cites ${r}`).toBe(true);
  });

  it('every cited quote is inside its excerpt', () => {
    for (const o of outcomes) {
      for (const c of o.citations) expect(normalize(plainText(byId.get(c.ref)!.blocks)), `${o.slug} ${c.ref}`).toContain(normalize(c.quote));
    }
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
  it('cover the popular readings, each decided by a verbatim sentence of a real excerpt', () => {
    expect(claims.length).toBeGreaterThanOrEqual(6);
    expect(new Set(claims.map((c) => c.data.verdict))).toEqual(new Set(['holds', 'obsolete', 'wrong', 'depends']));
    for (const c of claims) {
      const e = byId.get(c.data.excerpt);
      expect(e, c.id).toBeDefined();
      expect(normalize(plainText(e!.blocks)), c.id).toContain(normalize(c.data.quote));
    }
  });
});
