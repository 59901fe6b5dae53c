/**
 * The flowchart, generated from the graph: one mermaid source per view (views.ts). The sources are
 * rendered to SVG at build-authoring time (scripts/render-flowchart.ts); these helpers also name the
 * SVG elements so that pages and the wizard can highlight a path without a second copy of the edges.
 */
import { edges, isQuestionId, OUTCOMES, QUESTIONS, START, targetsOf, type Edge, type NodeId, type OutcomeSlug, type QuestionId, type Step } from '../decision/index.ts';
import { nodePath, PAGES } from '../routes.ts';
import { statusClass } from '../site/status.ts';
import { viewAnchor, viewNumber, viewOfQuestion, VIEWS, type View, type ViewId } from './views.ts';

/** Prefix of every id inside the rendered SVGs. */
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

/** The rendered SVG element's id for a view. */
export function svgId(view: View | ViewId): string {
  return `${SVG_ID}-${typeof view === 'string' ? view : view.id}`;
}

/**
 * A box drawn in one view: a question or outcome of the graph, or a stub standing for a question of
 * another view ("exit": where this view's edge continues; "entry": where the other view's edge came from).
 */
export interface DrawnNode {
  id: string;
  kind: 'question' | 'outcome' | 'exit' | 'entry';
  /** The graph node it is, or stands for. */
  node: NodeId;
}

/** An edge drawn in one view, with the graph edge it draws. */
export interface DrawnEdge {
  from: string;
  to: string;
  text: string;
  edge: readonly [NodeId, NodeId];
}

/** Breadth-first order of the graph from the start, so that the sources read top to bottom like the chart. */
function breadthFirst(): NodeId[] {
  const order: NodeId[] = [START];
  for (let i = 0; i < order.length; i++) {
    const id = order[i]!;
    if (isQuestionId(id)) for (const a of QUESTIONS[id].answers) for (const { to } of targetsOf(a.next)) if (!order.includes(to)) order.push(to);
  }
  return order;
}

/** Each graph edge with its label: "challenge · cookie + page load", "none / ignore". */
function edgeLabels(): (readonly [QuestionId, NodeId, string])[] {
  const short = (e: Edge) => QUESTIONS[e.from].answers.find((a) => a.id === e.answer)!.short;
  const drawn = Map.groupBy(edges, (e) => `${e.from} ${e.to}`);
  return [...drawn.values()].map((group) => {
    const { from, to } = group[0]!;
    return [from, to, group.map((e) => (e.when ? `${short(e)} · ${e.when}` : short(e))).join(' / ')] as const;
  });
}

const ORDER = breadthFirst();
const LABELLED = edgeLabels().sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b));

export const exitId = (to: QuestionId) => `exit_${mermaidId(to)}`;
export const entryId = (from: QuestionId) => `entry_${mermaidId(from)}`;

/** The boxes and edges of one view. */
export function viewGraph(view: View): { nodes: DrawnNode[]; edges: DrawnEdge[] } {
  const own = new Set<NodeId>(view.questions);
  const nodes = new Map<string, DrawnNode>();
  const drawnEdges: DrawnEdge[] = [];
  const add = (n: DrawnNode) => nodes.has(n.id) || nodes.set(n.id, n);
  // Entries first, so that they sit at the top.
  for (const [from, to, text] of LABELLED)
    if (own.has(to) && !own.has(from)) {
      add({ id: entryId(from), kind: 'entry', node: from });
      drawnEdges.push({ from: entryId(from), to: mermaidId(to), text, edge: [from, to] });
    }
  for (const id of ORDER) if (own.has(id)) add({ id: mermaidId(id), kind: 'question', node: id });
  for (const [from, to, text] of LABELLED) {
    if (!own.has(from)) continue;
    if (isQuestionId(to) && !own.has(to)) {
      add({ id: exitId(to), kind: 'exit', node: to });
      drawnEdges.push({ from: mermaidId(from), to: exitId(to), text, edge: [from, to] });
    } else {
      if (!isQuestionId(to)) add({ id: mermaidId(to), kind: 'outcome', node: to });
      drawnEdges.push({ from: mermaidId(from), to: mermaidId(to), text, edge: [from, to] });
    }
  }
  // Outcomes in breadth-first order, after the questions.
  const sorted = [...nodes.values()].sort((a, b) => rank(a) - rank(b));
  return { nodes: sorted, edges: drawnEdges };
}

function rank(n: DrawnNode): number {
  const kind = { entry: 0, question: 1, outcome: 2, exit: 3 }[n.kind];
  return kind * 1000 + ORDER.indexOf(n.node);
}

/** Layout settings, part of the source so that changing them marks the committed SVGs stale. */
const CONFIG = `---
config:
  themeVariables:
    fontSize: 18px
  layout: elk
  elk:
    nodePlacementStrategy: BRANDES_KOEPF
    considerModelOrder: NODES_AND_EDGES
    cycleBreakingStrategy: MODEL_ORDER
  flowchart:
    htmlLabels: false
    curve: linear
    wrappingWidth: 140
---
`;

function nodeLine(n: DrawnNode): string {
  if (n.kind === 'question') return `${n.id}{{${label(QUESTIONS[n.node as QuestionId].short)}}}`;
  if (n.kind === 'outcome') {
    const o = OUTCOMES[n.node as OutcomeSlug];
    return `${n.id}[${label(`${o.status} ${o.reason}<br/>${o.title}`)}]`;
  }
  const other = viewOfQuestion(n.node as QuestionId);
  const text = `${n.kind === 'exit' ? 'continues in' : 'from'} chart ${viewNumber(other)}:<br/>${QUESTIONS[n.node as QuestionId].short}`;
  return `${n.id}[${label(text)}]`;
}

function nodeHref(n: DrawnNode): string {
  if (n.kind === 'question' || n.kind === 'outcome') return `${BASE_PLACEHOLDER}${nodePath(n.node)}`;
  return `${BASE_PLACEHOLDER}${PAGES.flowchart}#${viewAnchor(viewOfQuestion(n.node as QuestionId))}`;
}

export function mermaidSource(view: View): string {
  const { nodes, edges: drawn } = viewGraph(view);
  const n = viewNumber(view);
  const lines = [
    'flowchart TD',
    `  accTitle: 401 or 403? Chart ${n} of ${VIEWS.length}: ${view.title}`,
    `  accDescr: ${nodes.filter((d) => d.kind === 'question').length} questions and ${nodes.filter((d) => d.kind === 'outcome').length} outcomes. Every box links to its page; dashed boxes link to the chart the path continues in or comes from.`,
  ];
  for (const d of nodes) lines.push(`  ${nodeLine(d)}`);
  for (const e of drawn) lines.push(`  ${e.from} -->|${label(e.text)}| ${e.to}`);
  for (const d of nodes) lines.push(`  click ${d.id} href "${nodeHref(d)}"`);
  const byKind = (kind: DrawnNode['kind']) => nodes.filter((d) => d.kind === kind).map((d) => d.id);
  for (const kind of ['question', 'outcome', 'exit', 'entry'] as const) if (byKind(kind).length) lines.push(`  class ${byKind(kind).join(',')} ${kind === 'exit' || kind === 'entry' ? 'stub' : kind}`);
  if (view.questions.some((q) => q === START)) lines.push(`  class ${mermaidId(START)} start`);
  const outcomesHere = nodes.filter((d) => d.kind === 'outcome');
  for (const [cls, group] of Map.groupBy(outcomesHere, (d) => statusClass(OUTCOMES[d.node as OutcomeSlug].status))) lines.push(`  class ${group.map((d) => d.id).join(',')} ${cls}`);
  return `${CONFIG}${lines.join('\n')}\n`;
}

/** CSS selector for a drawn box in a view's SVG (mermaid suffixes ids with a counter). */
export function drawnNodeSelector(view: View | ViewId, id: string): string {
  return `[id^="${svgId(view)}-flowchart-${id}-"]`;
}

/** CSS selector for a graph node's own box (a question or an outcome) in a view's SVG. */
export function nodeSelector(view: View | ViewId, id: NodeId): string {
  return drawnNodeSelector(view, mermaidId(id));
}

/** CSS selector for a drawn edge's path, and for its label (mermaid gives both the same data-id). */
export function edgeSelector(from: string, to: string): string {
  return `[data-id="L_${from}_${to}_0"]`;
}

/** Nodes and edges on a walk, for highlighting. */
export function pathElements(steps: readonly Step[], end: NodeId): { nodes: NodeId[]; edges: [NodeId, NodeId][] } {
  const nodes: NodeId[] = steps.map((s) => s.question);
  nodes.push(end);
  const pairs: [NodeId, NodeId][] = [];
  for (let i = 0; i < steps.length; i++) pairs.push([steps[i]!.question, nodes[i + 1]!]);
  return { nodes, edges: pairs };
}

/** Every edge of the graph as a (from, to) pair, for tests that check the SVGs. */
export const edgePairs = LABELLED.map(([from, to]) => [from, to] as const);
