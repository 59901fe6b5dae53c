/**
 * CSS that highlights a walk on the rendered flowchart views. Static pages inline it at build time; the
 * wizard swaps it as the visitor answers. One mechanism for both, driven by the decision's selectors.
 * A walk that crosses views is highlighted in each: up to the "continues in" box in the view it leaves,
 * from the "comes from" box in the view it enters.
 */
import type { NodeId, Step } from '../decision/index.ts';
import { drawnNodeSelector, edgeSelector, pathElements, svgId, viewGraph } from './mermaid.ts';
import { VIEWS } from './views.ts';

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

export function highlightCss(steps: readonly Step[], end: NodeId | undefined): string {
  if (!end) return '';
  const rules: string[] = [];
  for (const { view, edges, boxes, end: endBox } of walkInViews(steps, end)) {
    // Outranks the theme rules in the flowchart stylesheet, whatever their order.
    const scope = `:root #${svgId(view)}`;
    const shape = (id: string) => `${scope} .node${drawnNodeSelector(view, id)} > :is(rect, polygon, path)`;
    if (boxes.length) rules.push(`${boxes.map(shape).join(',\n')} { fill: var(--hl-fill) !important; stroke: var(--hl-stroke) !important; stroke-width: 3px !important; }`);
    // The end box keeps its own fill (an outcome's status colour) and is marked by its outline.
    if (endBox) rules.push(`${shape(endBox)} { stroke: var(--hl-stroke) !important; stroke-dasharray: 6 3; stroke-width: 4px !important; }`);
    if (edges.length) {
      rules.push(`${edges.map((e) => `${scope} path${edgeSelector(e.from, e.to)}`).join(',\n')} { stroke: var(--hl-stroke) !important; stroke-width: 4px !important; }`);
      rules.push(`${edges.map((e) => `${scope} g${edgeSelector(e.from, e.to)} rect`).join(',\n')} { fill: var(--hl-fill) !important; opacity: 1 !important; }`);
    }
  }
  return rules.join('\n');
}
