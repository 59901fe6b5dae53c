/**
 * The flowchart, generated from the graph. The mermaid source is rendered to SVG at build-authoring
 * time (scripts/render-flowchart.ts); these helpers also name the SVG elements so that pages and the
 * wizard can highlight a path without a second copy of the edges.
 */
import {
  edges,
  isQuestionId,
  outcomes,
  OUTCOMES,
  QUESTIONS,
  questions,
  START,
  targetsOf,
  type Edge,
  type NodeId,
  type OutcomeSlug,
  type Step,
} from '../decision/index.ts';
import { nodePath } from '../routes.ts';
import { statusClass } from '../site/status.ts';

/** Prefix of every id inside the rendered SVG. */
export const SVG_ID = 'fc';

/** Stands for the site's base path in links inside the SVG; replaced when a page is built. */
export const BASE_PLACEHOLDER = '/__base__/';

/** Mermaid ids cannot hold hyphens safely. */
export function mermaidId(id: NodeId): string {
  return id.replaceAll('-', '_');
}

/** A mermaid string literal: quotes become entity codes. */
function label(text: string): string {
  return `"${text.replaceAll('"', '#quot;')}"`;
}

function breadthFirst(): NodeId[] {
  const order: NodeId[] = [START];
  for (let i = 0; i < order.length; i++) {
    const id = order[i]!;
    if (isQuestionId(id)) for (const a of QUESTIONS[id].answers) for (const { to } of targetsOf(a.next)) if (!order.includes(to)) order.push(to);
  }
  return order;
}

export function mermaidSource(): string {
  const lines = [
    'flowchart TD',
    '  accTitle: 401 or 403? The decision',
    `  accDescr: ${questions.length} questions lead to ${outcomes.length} outcomes. Every node links to its page.`,
  ];
  // Nodes and edges in breadth-first order from the start, so that the source reads top to bottom
  // like the chart.
  const order = breadthFirst();
  for (const id of order) {
    if (isQuestionId(id)) lines.push(`  ${mermaidId(id)}{{${label(QUESTIONS[id].short)}}}`);
    else {
      const o = OUTCOMES[id as OutcomeSlug];
      lines.push(`  ${mermaidId(id)}[${label(`${o.status} ${o.reason}<br/>${o.title}`)}]`);
    }
  }
  // One edge per target: answers that lead to the same node share it, and a route's edges say when.
  for (const id of order)
    for (const [from, to, text] of edgeLabels().filter(([from]) => from === id)) lines.push(`  ${mermaidId(from)} -->|${label(text)}| ${mermaidId(to)}`);
  for (const id of [...questions.map((q) => q.id), ...outcomes.map((o) => o.slug)])
    lines.push(`  click ${mermaidId(id)} href "${BASE_PLACEHOLDER}${nodePath(id)}"`);
  lines.push(`  class ${questions.map((q) => mermaidId(q.id)).join(',')} question`);
  lines.push(`  class ${mermaidId(START)} start`);
  lines.push(`  class ${outcomes.map((o) => mermaidId(o.slug)).join(',')} outcome`);
  for (const [cls, group] of Map.groupBy(outcomes, (o) => statusClass(o.status))) lines.push(`  class ${group.map((o) => mermaidId(o.slug)).join(',')} ${cls}`);
  return `${lines.join('\n')}\n`;
}

/** The rendered SVG's own id: the renderer appends the diagram's index to SVG_ID. */
export const SVG_ELEMENT_ID = `${SVG_ID}-0`;

/** CSS selector for a node's group in the rendered SVG (mermaid suffixes ids with a counter). */
export function nodeSelector(id: NodeId): string {
  return `[id^="${SVG_ELEMENT_ID}-flowchart-${mermaidId(id)}-"]`;
}

/** CSS selector for an edge's path, and for its label (mermaid gives both the same data-id). */
export function edgeSelector(from: NodeId, to: NodeId): string {
  return `[data-id="L_${mermaidId(from)}_${mermaidId(to)}_0"]`;
}

/** Nodes and edges on a walk, for highlighting. */
export function pathElements(steps: readonly Step[], end: NodeId): { nodes: NodeId[]; edges: [NodeId, NodeId][] } {
  const nodes: NodeId[] = steps.map((s) => s.question);
  nodes.push(end);
  const pairs: [NodeId, NodeId][] = [];
  for (let i = 0; i < steps.length; i++) pairs.push([steps[i]!.question, nodes[i + 1]!]);
  return { nodes, edges: pairs };
}

/** Each drawn edge with its label: "challenge · cookie + page load", "none / ignore". */
function edgeLabels(): (readonly [NodeId, NodeId, string])[] {
  const short = (e: Edge) => QUESTIONS[e.from].answers.find((a) => a.id === e.answer)!.short;
  const drawn = Map.groupBy(edges, (e) => `${e.from} ${e.to}`);
  return [...drawn.values()].map((group) => {
    const { from, to } = group[0]!;
    return [from, to, group.map((e) => (e.when ? `${short(e)} · ${e.when}` : short(e))).join(' / ')] as const;
  });
}

/** Every drawn edge of the graph as a (from, to) pair, for tests that check the SVG. */
export const edgePairs = edgeLabels().map(([from, to]) => [from, to] as const);
