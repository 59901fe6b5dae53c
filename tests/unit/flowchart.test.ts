import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isQuestionId, OUTCOME_SLUGS, QUESTION_IDS, shortestPathTo, type NodeId } from '../../src/decision/index.ts';
import { highlightMarks, markHighlight, walkInViews } from '../../src/flowchart/highlight.ts';
import { BASE_PLACEHOLDER, drawnNodeSelector, edgePairs, edgeSelector, mermaidId, mermaidSource, nodeSelector, viewGraph } from '../../src/flowchart/mermaid.ts';
import { viewOfQuestion, VIEWS } from '../../src/flowchart/views.ts';
import { nodePath } from '../../src/routes.ts';

const meta = JSON.parse(readFileSync(new URL('../../src/flowchart/flowchart.json', import.meta.url), 'utf8')) as Record<
  string,
  { sourceSha256: string; width: number; height: number; centres: Record<string, [number, number]> }
>;
const svgs = Object.fromEntries(VIEWS.map((v) => [v.id, readFileSync(new URL(`../../src/flowchart/${v.id}.svg`, import.meta.url), 'utf8')]));

/** Element ids and data-ids in an SVG, to resolve the selectors the pages and the wizard use. */
const matcher = (svg: string) => {
  const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
  const dataIds = [...svg.matchAll(/ data-id="([^"]+)"/g)].map((m) => m[1]!);
  return (selector: string) => {
    const prefix = /^\[id\^="(.+)"\]$/.exec(selector);
    if (prefix) return ids.filter((id) => id.startsWith(prefix[1]!) && /^\d+$/.test(id.slice(prefix[1]!.length)));
    const exact = /^\[data-id="(.+)"\]$/.exec(selector);
    return exact ? dataIds.filter((id) => id === exact[1]) : [];
  };
};

describe('the flowchart views', () => {
  it('hold every question exactly once', () => {
    expect(VIEWS.flatMap((v) => v.questions).toSorted()).toEqual([...QUESTION_IDS].toSorted());
  });

  it('draw every outcome, and every edge of the graph (an edge between views twice: leaving and entering)', () => {
    const drawn = VIEWS.flatMap((v) => viewGraph(v).edges.map((e) => `${e.edge[0]} ${e.edge[1]}`));
    for (const [from, to] of edgePairs) {
      const crosses = isQuestionId(to) && viewOfQuestion(from) !== viewOfQuestion(to);
      expect(drawn.filter((d) => d === `${from} ${to}`), `${from} -> ${to}`).toHaveLength(crosses ? 2 : 1);
    }
    const outcomesDrawn = new Set(VIEWS.flatMap((v) => viewGraph(v).nodes.filter((n) => n.kind === 'outcome').map((n) => n.node)));
    expect([...outcomesDrawn].toSorted()).toEqual([...OUTCOME_SLUGS].toSorted());
  });
});

describe('the committed flowchart', () => {
  for (const view of VIEWS) {
    const svg = svgs[view.id]!;
    const matches = matcher(svg);

    it(`${view.id}: was rendered from the current mermaid source (run \`npm run diagram\` after changing the decision)`, () => {
      expect(createHash('sha256').update(mermaidSource(view)).digest('hex')).toBe(meta[view.id]!.sourceSha256);
    });

    it(`${view.id}: has exactly one element for each box, and its centre`, () => {
      for (const n of viewGraph(view).nodes) {
        expect(matches(drawnNodeSelector(view, n.id)), n.id).toHaveLength(1);
        expect(meta[view.id]!.centres[n.id], n.id).toBeDefined();
      }
    });

    it(`${view.id}: has a path and a label for each edge`, () => {
      for (const e of viewGraph(view).edges) expect(matches(edgeSelector(e.from, e.to)), `${e.from} -> ${e.to}`).toHaveLength(2);
    });

    it(`${view.id}: links every box to its page, or to the chart it stands for`, () => {
      for (const n of viewGraph(view).nodes)
        if (n.kind === 'question' || n.kind === 'outcome') expect(svg).toContain(`xlink:href="${BASE_PLACEHOLDER}${nodePath(n.node)}"`);
        else expect(svg).toContain(`xlink:href="${BASE_PLACEHOLDER}flowchart/#chart-${viewOfQuestion(n.node as never).id}"`);
    });

    it(`${view.id}: carries no script and no mermaid runtime`, () => {
      expect(svg).not.toMatch(/<script/i);
      expect(svg).not.toMatch(/\bon[a-z]+=/i);
    });
  }
});

describe('the mermaid sources', () => {
  it('declare every box and edge of their view once', () => {
    for (const view of VIEWS) {
      const src = mermaidSource(view);
      const { nodes, edges } = viewGraph(view);
      for (const n of nodes) expect(src.match(new RegExp(`^  ${n.id}[[{]`, 'gm')), n.id).toHaveLength(1);
      for (const e of edges) expect(src).toMatch(new RegExp(`^  ${e.from} -->\\|[^|]+\\| ${e.to}$`, 'm'));
      expect(src.match(/-->/g)).toHaveLength(edges.length);
    }
  });
});

describe('the highlighted walk', () => {
  const walkTo = (id: NodeId) => shortestPathTo(id)!;

  it('ends on its box in the view of its last question, and runs through the stubs of the views it crosses', () => {
    const steps = walkTo('forbidden-record');
    const views = walkInViews(steps, 'forbidden-record');
    const byId = Object.fromEntries(views.map((v) => [v.view.id, v]));
    expect(byId.permission!.end).toBe(mermaidId('forbidden-record'));
    expect(byId.request!.end).toBeUndefined();
    expect(byId.request!.boxes).toContain('exit_requires_auth');
    expect(byId.caller!.boxes).toEqual(expect.arrayContaining(['entry_route_exists', 'requires_auth']));
    // Every mark of the highlight finds its element in its view: a box once, an edge's path and label.
    const marks = highlightMarks(steps, 'forbidden-record');
    for (const v of views) for (const e of v.edges) expect(marks).toContainEqual([v.view.id, edgeSelector(e.from, e.to), 'step']);
    for (const [view, selector] of marks) expect(matcher(svgs[view]!)(selector), `${view} ${selector}`).toHaveLength(selector.startsWith('[data-id') ? 2 : 1);
  });

  it('marks the start alone when nothing is answered yet', () => {
    const views = walkInViews([], 'checked-by');
    expect(views.map((v) => v.end)).toEqual(['checked_by', undefined, undefined, undefined]);
    expect(highlightMarks([], 'checked-by')).toEqual([['request', nodeSelector('request', 'checked-by'), 'end']]);
  });

  it('marks each box of the walk once per view, the end as "end" in its view alone, and each edge\u2019s path and label', () => {
    for (const end of ['forbidden', 'forbidden-record', 'permitted', 'checked-by'] as const) {
      const steps = walkTo(end);
      let ends = 0;
      for (const { view, boxes, edges, end: endBox } of walkInViews(steps, end)) {
        const svg = svgs[view.id]!;
        const marked = markHighlight(svg, view, steps, end);
        const marks = [...marked.matchAll(/ data-hl="(step|end)" ((?:data-)?id)="([^"]+)"/g)].map((m) => [m[1], m[2], m[3]]);
        const endMarks = marks.filter(([mark]) => mark === 'end');
        if (endBox) expect(endMarks, `${end} in ${view.id}`).toEqual([['end', 'id', expect.stringMatching(new RegExp(`^fc-${view.id}-flowchart-${endBox}-\\d+$`))]]);
        else expect(endMarks, `${end} in ${view.id}`).toEqual([]);
        ends += endMarks.length;
        expect(marks.filter(([, attribute]) => attribute === 'id'), `${end} in ${view.id}`).toHaveLength(boxes.length + (endBox ? 1 : 0));
        expect(marks.filter(([, attribute]) => attribute === 'data-id'), `${end} in ${view.id}`).toHaveLength(edges.length * 2);
        expect(marked.match(/data-hl=/g) ?? []).toHaveLength(marks.length);
        expect(marked.replaceAll(/ data-hl="(step|end)"/g, '')).toBe(svg);
      }
      expect(ends, end).toBe(1);
    }
    for (const view of VIEWS) expect(markHighlight(svgs[view.id]!, view, [], undefined)).toBe(svgs[view.id]);
  });
});
