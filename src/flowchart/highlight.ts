/**
 * Highlights a walk on the rendered flowchart by marking its elements: the nodes and edges on the walk
 * get data-hl="step", the end node data-hl="end", and fixed rules in global.css style them. Static
 * pages mark the SVG markup at build time; the wizard marks the live SVG as the visitor answers. One
 * mechanism for both, driven by the decision's selectors, and no inline style to hash or rewrite, so
 * it needs nothing from the Content-Security-Policy.
 */
import type { NodeId, Step } from '../decision/index.ts';
import { edgeSelector, nodeSelector, pathElements } from './mermaid.ts';

export type Mark = 'step' | 'end';

/** The elements to mark, as selectors into the rendered SVG. */
export function highlightMarks(steps: readonly Step[], end: NodeId | undefined): [selector: string, mark: Mark][] {
  if (!end) return [];
  const { nodes, edges } = pathElements(steps, end);
  return [
    ...nodes.slice(0, -1).map((n): [string, Mark] => [nodeSelector(n), 'step']),
    [nodeSelector(end), 'end'],
    // An edge's path and its label carry the same data-id: both are marked.
    ...edges.map(([from, to]): [string, Mark] => [edgeSelector(from, to), 'step']),
  ];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Build time: the SVG markup with the walk marked. The selectors have two shapes, `[name="value"]`
 * and `[name^="prefix"]`; each matching attribute gets data-hl written just before it.
 */
export function markHighlight(markup: string, steps: readonly Step[], end: NodeId | undefined): string {
  let out = markup;
  for (const [selector, mark] of highlightMarks(steps, end)) {
    const parts = /^\[([\w-]+)(\^?)="([^"]*)"\]$/.exec(selector);
    if (!parts) throw new Error(`markHighlight cannot apply the selector ${selector}`);
    const [, name, prefix, value] = parts;
    const attribute = new RegExp(`(?<=<[a-z][^<>]*) (?=${escapeRegExp(name!)}="${escapeRegExp(value!)}${prefix ? '[^"]*' : ''}")`, 'g');
    out = out.replace(attribute, ` data-hl="${mark}" `);
  }
  return out;
}

/** Run time (the wizard): moves the marks on the live flowchart to another walk. */
export function showHighlight(root: ParentNode, steps: readonly Step[], end: NodeId | undefined): void {
  for (const el of root.querySelectorAll('[data-hl]')) el.removeAttribute('data-hl');
  for (const [selector, mark] of highlightMarks(steps, end)) for (const el of root.querySelectorAll(selector)) el.setAttribute('data-hl', mark);
}
