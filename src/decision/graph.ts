/**
 * The decision as a graph: question nodes, outcome nodes and the answers that join them.
 * Everything here is derived from the flow table, QUESTIONS and OUTCOMES; nothing is written twice.
 */
import { FLOW, QUESTION_IDS, START, type AnswerId, type NodeId, type QuestionId } from './flow.ts';
import { OUTCOMES, OUTCOME_SLUGS, type Outcome, type OutcomeSlug } from './outcomes.ts';
import { QUESTIONS, type Question } from './questions.ts';
import type { SectionId } from './rfc.ts';

export function isQuestionId(id: string): id is QuestionId {
  return Object.hasOwn(FLOW, id);
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

export interface Edge {
  from: QuestionId;
  answer: AnswerId;
  to: NodeId;
}

export const edges: readonly Edge[] = questions.flatMap((q) =>
  q.answers.map((a) => ({ from: q.id, answer: a.id, to: a.next })),
);

/** One answered question on a path. */
export interface Step {
  question: QuestionId;
  answer: AnswerId;
}

/** A complete walk from START to an outcome. */
export interface FullPath {
  steps: readonly Step[];
  outcome: OutcomeSlug;
}

/** Every complete path through the graph (the graph is acyclic; a test proves it). */
export function allPaths(from: QuestionId = START, prefix: readonly Step[] = []): FullPath[] {
  return QUESTIONS[from].answers.flatMap((a) => {
    const steps = [...prefix, { question: from, answer: a.id }];
    return isOutcomeSlug(a.next) ? [{ steps, outcome: a.next }] : allPaths(a.next, steps);
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
      if (seen.has(a.next)) continue;
      seen.add(a.next);
      queue.push({ node: a.next, steps: [...steps, { question: node, answer: a.id }] });
    }
  }
  return undefined;
}

/** Questions that lead directly to a node (its parents in the graph). */
export function parentsOf(id: NodeId): { question: Question; answer: AnswerId }[] {
  return questions.flatMap((q) => q.answers.filter((a) => a.next === id).map((a) => ({ question: q, answer: a.id })));
}

/** The most questions still to answer from a node before an outcome: drives the progress bar. */
export function questionsLeft(id: NodeId): number {
  if (!isQuestionId(id)) return 0;
  return 1 + Math.max(...QUESTIONS[id].answers.map((a) => questionsLeft(a.next)));
}

/** Sections an outcome relies on: its citations, then the sections behind its header advice. */
export function sectionsCitedBy(outcome: Outcome): SectionId[] {
  return [...new Set([...outcome.citations.map((c) => c.ref), ...outcome.headers.map((h) => h.ref)])];
}

/** Outcomes that rely on a section, in outcome order. */
export function outcomesCiting(ref: string): Outcome[] {
  return outcomes.filter((o) => (sectionsCitedBy(o) as string[]).includes(ref));
}

/** Questions whose "why this question" points at a section. */
export function questionsCiting(ref: string): Question[] {
  return questions.filter((q) => (q.refs as readonly string[]).includes(ref));
}
