/**
 * CSS that highlights a walk on the rendered flowchart. Static pages inline it at build time; the
 * wizard swaps it as the visitor answers. One mechanism for both, driven by the decision's selectors.
 */
import type { NodeId, Step } from '../decision/index.ts';
import { edgeSelector, nodeSelector, pathElements, SVG_ELEMENT_ID } from './mermaid.ts';

/** Outranks the theme rules in global.css (`#fc-0 .node.question > polygon`), whatever their order. */
const SCOPE = `:root #${SVG_ELEMENT_ID}`;

export function highlightCss(steps: readonly Step[], end: NodeId | undefined): string {
  if (!end) return '';
  const { nodes, edges } = pathElements(steps, end);
  // The end node keeps its own fill (an outcome's status colour) and is marked by its outline.
  const nodeShapes = nodes.slice(0, -1).map((n) => `${SCOPE} .node${nodeSelector(n)} > :is(rect, polygon, path)`).join(',\n');
  const edgePaths = edges.map(([from, to]) => `${SCOPE} path${edgeSelector(from, to)}`).join(',\n');
  const edgeLabels = edges.map(([from, to]) => `${SCOPE} g${edgeSelector(from, to)} rect`).join(',\n');
  const rules = [`${SCOPE} .node${nodeSelector(end)} > :is(rect, polygon, path) { stroke: var(--hl-stroke) !important; stroke-dasharray: 6 3; stroke-width: 4px !important; }`];
  if (nodeShapes) rules.unshift(`${nodeShapes} { fill: var(--hl-fill) !important; stroke: var(--hl-stroke) !important; stroke-width: 3px !important; }`);
  if (edges.length > 0) {
    rules.push(`${edgePaths} { stroke: var(--hl-stroke) !important; stroke-width: 3.5px !important; }`);
    rules.push(`${edgeLabels} { fill: var(--hl-fill) !important; opacity: 1 !important; }`);
  }
  return rules.join('\n');
}
