/**
 * The decision as a graph: question nodes, outcome nodes and the answers that join them.
 * Everything here is derived from the flow table, QUESTIONS and OUTCOMES; nothing is written twice.
 * A route (an answer whose outcome depends on the settings) counts as one edge per outcome it can reach.
 */
import { QUESTION_IDS, ROUTES, START, isRouteRef, type AnswerId, type Next, type NodeId, type QuestionId, type Route } from './flow.ts';
import { OUTCOMES, OUTCOME_SLUGS, type Outcome, type OutcomeSlug } from './outcomes.ts';
import { policyAnswer } from './policies.ts';
import { QUESTIONS, type Question } from './questions.ts';
import { isExternalRef, type SectionId } from './rfc.ts';
import { ALL_SETTINGS, DEFAULT_SETTINGS, SETTING_IDS, settingValueText, type SettingId, type Settings, type SettingValue } from './settings.ts';

export function isQuestionId(id: string): id is QuestionId {
  return Object.hasOwn(QUESTIONS, id);
}

export function isOutcomeSlug(id: string): id is OutcomeSlug {
  return Object.hasOwn(OUTCOMES, id);
}

export function getQuestion(id: QuestionId): Question {
  return QUESTIONS[id];
}

export function getOutcome(slug: OutcomeSlug): Outcome {
  return OUTCOMES[slug];
}

export const questions: readonly Question[] = QUESTION_IDS.map((id) => QUESTIONS[id]);
export const outcomes: readonly Outcome[] = OUTCOME_SLUGS.map((slug) => OUTCOMES[slug]);

type Case = Route['cases'][number];

function matches(when: Case['when'], s: Settings): boolean {
  return SETTING_IDS.every((id) => !when[id] || (when[id] as readonly string[]).includes(s[id]));
}

/** Where an answer leads with these settings. */
export function resolve(next: Next, settings: Settings): NodeId {
  if (!isRouteRef(next)) return next;
  const r: Route = ROUTES[next.route];
  return r.cases.find((c) => matches(c.when, settings))?.next ?? r.otherwise;
}

/** "cookie + page load", "mTLS", "otherwise": a case's settings in a few words. */
function conditionLabel(when: Case['when'] | null): string {
  if (!when) return 'otherwise';
  const words = SETTING_IDS.flatMap((id) =>
    ((when[id] ?? []) as readonly SettingValue[]).map((v) => settingValueText(id as SettingId, v).short),
  );
  return words.join(' + ');
}

/** One place an answer can lead: the node, and the settings condition (null when unconditional). */
export interface Target {
  to: NodeId;
  when: string | null;
  /** Settings that lead there, defaults wherever they do (to replay a path in the wizard). */
  settings: Settings;
}

/** Every node an answer can lead to, one per distinct target, in the route's order. */
export function targetsOf(next: Next): Target[] {
  if (!isRouteRef(next)) return [{ to: next, when: null, settings: DEFAULT_SETTINGS }];
  const r: Route = ROUTES[next.route];
  const out: Target[] = [];
  for (const [to, when] of [...r.cases.map((c) => [c.next, c.when] as const), [r.otherwise, null] as const]) {
    if (out.some((t) => t.to === to)) continue;
    const settings = ALL_SETTINGS.find((s) => resolve(next, s) === to);
    if (settings) out.push({ to, when: conditionLabel(when), settings });
  }
  return out;
}

export interface Edge {
  from: QuestionId;
  answer: AnswerId;
  to: NodeId;
  /** For a route: the settings under which the answer leads here ("cookie + page load", "otherwise"). */
  when: string | null;
}

export const edges: readonly Edge[] = questions.flatMap((q) =>
  q.answers.flatMap((a) => targetsOf(a.next).map((t) => ({ from: q.id, answer: a.id, to: t.to, when: t.when }))),
);

/** One answered question on a path. */
export interface Step {
  question: QuestionId;
  answer: AnswerId;
}

/** A complete walk from START to an outcome, with settings that make it end there. */
export interface FullPath {
  steps: readonly Step[];
  outcome: OutcomeSlug;
  settings: Settings;
  /** True when the outcome depends on the settings (the last answer is a route). */
  conditional: boolean;
}

/**
 * Every complete path through the graph (the graph is acyclic; a test proves it), as a visitor answers
 * it: where the path's settings carry a policy, the questions the policy answers are not among the steps
 * (and a path that contradicts the policy is not a path under it).
 */
export function allPaths(from: QuestionId = START, prefix: readonly Step[] = []): FullPath[] {
  return QUESTIONS[from].answers.flatMap((a) => {
    const steps = [...prefix, { question: from, answer: a.id }];
    return targetsOf(a.next).flatMap((t) => {
      if (!isOutcomeSlug(t.to)) return allPaths(t.to, steps);
      const fixed = (s: Step) => policyAnswer(t.settings.policy, s.question);
      if (steps.some((s) => fixed(s) !== undefined && fixed(s) !== s.answer)) return [];
      return [{ steps: steps.filter((s) => fixed(s) === undefined), outcome: t.to, settings: t.settings, conditional: isRouteRef(a.next) }];
    });
  });
}

/** The shortest walk from START to a node, or undefined if the node is unreachable. */
export function shortestPathTo(target: NodeId): Step[] | undefined {
  const queue: { node: NodeId; steps: Step[] }[] = [{ node: START, steps: [] }];
  const seen = new Set<NodeId>([START]);
  while (queue.length > 0) {
    const { node, steps } = queue.shift()!;
    if (node === target) return steps;
    if (!isQuestionId(node)) continue;
    for (const a of QUESTIONS[node].answers) {
      for (const { to } of targetsOf(a.next)) {
        if (seen.has(to)) continue;
        seen.add(to);
        queue.push({ node: to, steps: [...steps, { question: node, answer: a.id }] });
      }
    }
  }
  return undefined;
}

/** Questions that lead directly to a node (its parents in the graph), with the condition of a route. */
export function parentsOf(id: NodeId): { question: Question; answer: AnswerId; when: string | null }[] {
  return edges.filter((e) => e.to === id).map((e) => ({ question: QUESTIONS[e.from], answer: e.answer, when: e.when }));
}

/** The most questions still to answer from a node before an outcome: drives the progress bar. */
export function questionsLeft(id: NodeId): number {
  if (!isQuestionId(id)) return 0;
  return 1 + Math.max(...QUESTIONS[id].answers.flatMap((a) => targetsOf(a.next).map((t) => questionsLeft(t.to))));
}

/** Sections an outcome relies on: its citations, then the sections behind its header advice. */
export function sectionsCitedBy(outcome: Outcome): SectionId[] {
  const headerRefs = outcome.headers.map((h) => h.ref).filter((r): r is SectionId => !isExternalRef(r));
  return [...new Set([...outcome.citations.map((c) => c.ref), ...headerRefs])];
}

/** Outcomes that rely on a section, in outcome order. */
export function outcomesCiting(ref: string): Outcome[] {
  return outcomes.filter((o) => (sectionsCitedBy(o) as string[]).includes(ref));
}

/** Questions whose "why this question" points at a section. */
export function questionsCiting(ref: string): Question[] {
  return questions.filter((q) => (q.refs as readonly string[]).includes(ref));
}
