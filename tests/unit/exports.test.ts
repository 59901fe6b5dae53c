import { describe, expect, it } from 'vitest';
import { allPaths, decide, decisionTreeJson, OUTCOME_SLUGS, outcomesJson, QUESTION_IDS } from '../../src/decision/index.ts';

const site = 'https://example.github.io/http-401-vs-403/';
/** The exports take page addresses from the caller (the routes module, on the site). */
const links = (id: string) => `${site}${QUESTION_IDS.includes(id as never) ? 'questions' : 'outcomes'}/${id}/`;

describe('exports', () => {
  it('decision-tree.json holds the whole graph and test vectors that decide() agrees with', () => {
    const tree = decisionTreeJson(links);
    expect(tree.questions.map((q) => q.id)).toEqual([...QUESTION_IDS]);
    expect(tree.outcomes.map((o) => o.slug)).toEqual([...OUTCOME_SLUGS]);
    expect(tree.paths).toHaveLength(allPaths().length);
    for (const q of tree.questions) expect(q.url).toBe(`${site}questions/${q.id}/`);
    for (const p of tree.paths) expect(decide(Object.entries(p.answers)).current).toEqual({ kind: 'outcome', slug: p.outcome });
    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
  });

  it('outcomes.json gives absolute URLs under the base path and official citation links', () => {
    const { outcomes } = outcomesJson(links);
    expect(outcomes.map((o) => o.slug)).toEqual([...OUTCOME_SLUGS]);
    for (const o of outcomes) {
      expect(o.url).toBe(`${site}outcomes/${o.slug}/`);
      for (const c of o.citations) expect(c.url).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#section-[\d.]+$/);
    }
  });
});
