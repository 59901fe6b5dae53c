import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTCOME_SLUGS, QUESTION_IDS, shortestPathTo } from '../../src/decision/index.ts';
import { markHighlight } from '../../src/flowchart/highlight.ts';
import { BASE_PLACEHOLDER, edgePairs, edgeSelector, mermaidId, mermaidSource, nodeSelector } from '../../src/flowchart/mermaid.ts';
import { nodePath } from '../../src/routes.ts';

const svg = readFileSync(new URL('../../src/flowchart/flowchart.svg', import.meta.url), 'utf8');
const meta = JSON.parse(readFileSync(new URL('../../src/flowchart/flowchart.json', import.meta.url), 'utf8')) as { sourceSha256: string };

/** Element ids and data-ids in the SVG, to resolve the selectors the pages and the wizard use. */
const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
const dataIds = [...svg.matchAll(/ data-id="([^"]+)"/g)].map((m) => m[1]!);
const matchesSelector = (selector: string) => {
  const prefix = /^\[id\^="(.+)"\]$/.exec(selector);
  if (prefix) return ids.filter((id) => id.startsWith(prefix[1]!) && /^\d+$/.test(id.slice(prefix[1]!.length)));
  const exact = /^\[data-id="(.+)"\]$/.exec(selector);
  return exact ? dataIds.filter((id) => id === exact[1]) : [];
};

describe('the committed flowchart', () => {
  it('was rendered from the current mermaid source (run `npm run diagram` after changing the decision)', () => {
    expect(createHash('sha256').update(mermaidSource()).digest('hex')).toBe(meta.sourceSha256);
  });

  it('has exactly one element for each node', () => {
    for (const id of [...QUESTION_IDS, ...OUTCOME_SLUGS]) expect(matchesSelector(nodeSelector(id)), id).toHaveLength(1);
  });

  it('has a path and a label for each edge', () => {
    for (const [from, to] of edgePairs) expect(matchesSelector(edgeSelector(from, to)), `${from} -> ${to}`).toHaveLength(2);
  });

  it('links every node to its page', () => {
    for (const id of [...QUESTION_IDS, ...OUTCOME_SLUGS]) expect(svg).toContain(`xlink:href="${BASE_PLACEHOLDER}${nodePath(id)}"`);
  });

  it('carries no script and no mermaid runtime', () => {
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/\bon[a-z]+=/i);
  });
});

describe('the mermaid source', () => {
  it('declares every node and edge of the graph once', () => {
    const src = mermaidSource();
    for (const id of [...QUESTION_IDS, ...OUTCOME_SLUGS]) {
      expect(src.match(new RegExp(`^  ${mermaidId(id)}[[{]`, 'gm')), id).toHaveLength(1);
    }
    for (const [from, to] of edgePairs) expect(src).toMatch(new RegExp(`^  ${mermaidId(from)} -->\\|[^|]+\\| ${mermaidId(to)}$`, 'm'));
    expect(src.match(/-->/g)).toHaveLength(edgePairs.length);
  });
});

describe('the highlighted walk', () => {
  it('marks each node of the walk once, the end as "end", and each edge\u2019s path and label', () => {
    for (const end of ['forbidden', 'permitted', 'checked-by'] as const) {
      const steps = shortestPathTo(end)!;
      const marked = markHighlight(svg, steps, end);
      const marks = [...marked.matchAll(/ data-hl="(step|end)" ((?:data-)?id)="([^"]+)"/g)].map((m) => [m[1], m[2], m[3]]);
      expect(marks.filter(([mark]) => mark === 'end')).toEqual([['end', 'id', expect.stringMatching(new RegExp(`^fc-0-flowchart-${mermaidId(end)}-\\d+$`))]]);
      expect(marks.filter(([, attribute]) => attribute === 'id')).toHaveLength(steps.length + 1);
      expect(marks.filter(([, attribute]) => attribute === 'data-id')).toHaveLength(steps.length * 2);
      expect(marked.match(/data-hl=/g)).toHaveLength(marks.length);
      expect(marked.replaceAll(/ data-hl="(step|end)"/g, '')).toBe(svg);
    }
    expect(markHighlight(svg, [], undefined)).toBe(svg);
  });
});
