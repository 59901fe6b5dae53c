/**
 * Answers in, decision out. Input comes from URLs that people hand-edit and truncate, so nothing
 * here throws: every answer that cannot be used comes back in `ignored` with a reason a page can show.
 */
import { START } from './flow.ts';
import { isOutcomeSlug, isQuestionId, type Step } from './graph.ts';
import type { OutcomeSlug } from './outcomes.ts';
import type { NodeId, QuestionId } from './flow.ts';
import { QUESTIONS, type Answer, type Question } from './questions.ts';

export const IGNORED_REASONS = ['unknown-question', 'unknown-answer', 'duplicate', 'not-on-path'] as const;
export type IgnoredReason = (typeof IGNORED_REASONS)[number];

export interface IgnoredAnswer {
  key: string;
  value: string;
  reason: IgnoredReason;
  /** A sentence for the visitor. */
  message: string;
}

export type Position = { kind: 'question'; id: QuestionId } | { kind: 'outcome'; slug: OutcomeSlug };

export interface Decision {
  /** The answers that were used, in the order the questions were met. */
  path: Step[];
  /** The next question to answer, or the outcome reached. */
  current: Position;
  ignored: IgnoredAnswer[];
}

function explain(key: string, value: string, reason: IgnoredReason): string {
  switch (reason) {
    case 'unknown-question':
      return `“${key}” is not one of our questions, so its answer “${value}” was ignored.`;
    case 'unknown-answer': {
      const q = QUESTIONS[key as QuestionId];
      const options = q.answers.map((a) => `“${a.id}”`).join(', ');
      return `“${value}” is not an answer to “${q.prompt}” (expected one of ${options}); the question is asked again.`;
    }
    case 'duplicate':
      return `“${key}” was answered more than once; only the first answer was used, “${value}” was ignored.`;
    case 'not-on-path':
      return `The answer to “${QUESTIONS[key as QuestionId].prompt}” (“${value}”) was ignored: the other answers never lead to that question.`;
    default: {
      const unreachable: never = reason;
      return unreachable;
    }
  }
}

/**
 * Walk the graph from START, taking each question's answer from `answers` (pairs in URL order).
 * Stops at the first question without a usable answer, or at an outcome.
 */
export function decide(answers: Iterable<readonly [string, string]>): Decision {
  const ignored: IgnoredAnswer[] = [];
  const given = new Map<string, string>();
  const skip = (key: string, value: string, reason: IgnoredReason) =>
    ignored.push({ key, value, reason, message: explain(key, value, reason) });

  for (const [key, value] of answers) {
    if (!isQuestionId(key)) skip(key, value, 'unknown-question');
    else if (given.has(key)) skip(key, value, 'duplicate');
    else given.set(key, value);
  }

  const path: Step[] = [];
  let current: Position = { kind: 'question', id: START };
  while (current.kind === 'question') {
    const question: Question = QUESTIONS[current.id];
    const value = given.get(question.id);
    if (value === undefined) break;
    given.delete(question.id);
    const answer: Answer | undefined = question.answers.find((a) => a.id === value);
    if (!answer) {
      skip(question.id, value, 'unknown-answer');
      break;
    }
    path.push({ question: question.id, answer: answer.id });
    current = isOutcomeSlug(answer.next) ? { kind: 'outcome', slug: answer.next } : { kind: 'question', id: answer.next };
  }

  for (const [key, value] of given) skip(key, value, 'not-on-path');
  return { path, current, ignored };
}

/** The node the visitor is at, as a plain id (question id or outcome slug). */
export function positionId(position: Position): NodeId {
  return position.kind === 'question' ? position.id : position.slug;
}
