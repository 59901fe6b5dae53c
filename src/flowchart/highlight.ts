/**
 * Highlights a walk on the rendered flowchart views by marking their elements: the boxes and edges on
 * the walk get data-hl="step", the box the walk stops at data-hl="end", and fixed rules in global.css
 * (the same for every view) style them. Static pages mark each view's SVG markup at build time; the
 * wizard marks the live SVGs as the visitor answers. One mechanism for both, driven by the decision's
 * selectors, and no inline style to hash or rewrite, so it needs nothing from the Content-Security-Policy.
 * A walk that crosses views is marked in each: up to the "continues in" box in the view it leaves,
 * from the "comes from" box in the view it enters.
 */
import type { NodeId, Step } from '../decision/index.ts';
import { drawnNodeSelector, edgeSelector, pathElements, svgId, viewGraph } from './mermaid.ts';
import { VIEWS, type View, type ViewId } from './views.ts';

export type Mark = 'step' | 'end';

/** The drawn boxes and edges of a walk, per view: `end` is the box the walk stops at, if it is in that view. */
export function walkInViews(steps: readonly Step[], end: NodeId) {
  const { edges } = pathElements(steps, end);
  const onWalk = new Set(edges.map(([from, to]) => `${from} ${to}`));
  return VIEWS.map((view) => {
    const graph = viewGraph(view);
    const drawn = graph.edges.filter((e) => onWalk.has(`${e.edge[0]} ${e.edge[1]}`));
    const last = edges.at(-1);
    const lastDrawn = last && drawn.find((e) => e.edge[0] === last[0] && e.edge[1] === last[1]);
    const kindOf = (id: string) => graph.nodes.find((n) => n.id === id)?.kind;
    const endBox = last
      ? lastDrawn && kindOf(lastDrawn.to) !== 'exit' ? lastDrawn.to : undefined
      : graph.nodes.find((n) => n.node === end && (n.kind === 'question' || n.kind === 'outcome'))?.id;
    const boxes = new Set(drawn.flatMap((e) => [e.from, e.to]));
    if (endBox) boxes.delete(endBox);
    return { view, edges: drawn, boxes: [...boxes], end: endBox };
  });
}

/** The elements to mark in each view, as selectors into that view's SVG. */
export function highlightMarks(steps: readonly Step[], end: NodeId | undefined): [view: ViewId, selector: string, mark: Mark][] {
  if (!end) return [];
  return walkInViews(steps, end).flatMap(({ view, edges, boxes, end: endBox }): [ViewId, string, Mark][] => [
    ...boxes.map((id): [ViewId, string, Mark] => [view.id, drawnNodeSelector(view, id), 'step']),
    ...(endBox ? [[view.id, drawnNodeSelector(view, endBox), 'end'] as [ViewId, string, Mark]] : []),
    // An edge's path and its label carry the same data-id: both are marked.
    ...edges.map((e): [ViewId, string, Mark] => [view.id, edgeSelector(e.from, e.to), 'step']),
  ]);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Build time: one view's SVG markup with the walk marked. The selectors have two shapes,
 * `[name="value"]` and `[name^="prefix"]`; each matching attribute gets data-hl written just before it.
 */
export function markHighlight(markup: string, view: View | ViewId, steps: readonly Step[], end: NodeId | undefined): string {
  const viewId = typeof view === 'string' ? view : view.id;
  let out = markup;
  for (const [inView, selector, mark] of highlightMarks(steps, end)) {
    if (inView !== viewId) continue;
    const parts = /^\[([\w-]+)(\^?)="([^"]*)"\]$/.exec(selector);
    if (!parts) throw new Error(`markHighlight cannot apply the selector ${selector}`);
    const [, name, prefix, value] = parts;
    const attribute = new RegExp(`(?<=<[a-z][^<>]*) (?=${escapeRegExp(name!)}="${escapeRegExp(value!)}${prefix ? '[^"]*' : ''}")`, 'g');
    out = out.replace(attribute, ` data-hl="${mark}" `);
  }
  return out;
}

/** Run time (the wizard): moves the marks on the live flowcharts to another walk. */
export function showHighlight(root: ParentNode, steps: readonly Step[], end: NodeId | undefined): void {
  for (const el of root.querySelectorAll('[data-hl]')) el.removeAttribute('data-hl');
  for (const [view, selector, mark] of highlightMarks(steps, end)) for (const el of root.querySelectorAll(`#${svgId(view)} ${selector}`)) el.setAttribute('data-hl', mark);
}
