/**
 * Answers in, decision out. Input comes from URLs that people hand-edit and truncate, so nothing
 * here throws: every answer that cannot be used comes back in `ignored` with a reason a page can show.
 * The settings travel with the answers as ordinary pairs (`scheme=cookie`, `client=navigation`,
 * `policy=conceal`). A policy answers some questions itself (policies.ts): the walk takes its answer,
 * records it apart from the visitor's, and ignores a contradicting answer with a sentence that says why.
 */
import { START, type NodeId, type QuestionId } from './flow.ts';
import { allPaths, isOutcomeSlug, resolve, type FullPath, type Step } from './graph.ts';
import type { OutcomeSlug } from './outcomes.ts';
import { policyAnswer } from './policies.ts';
import { QUESTIONS, type Answer, type Question } from './questions.ts';
import {
  DEFAULT_SETTINGS,
  isSettingId,
  isSettingValue,
  SETTING_IDS,
  SETTING_TEXT,
  SETTINGS,
  settingValueText,
  type SettingId,
  type Settings,
} from './settings.ts';

export const IGNORED_REASONS = ['unknown-question', 'unknown-answer', 'duplicate', 'not-on-path', 'unknown-setting-value', 'set-by-policy'] as const;
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
  /** The visitor's answers that were used, in the order the questions were met. */
  path: Step[];
  /** The answers the policy gave on the way (not in `path`: a link need not carry them). */
  byPolicy: Step[];
  /** The next question to answer, or the outcome reached. */
  current: Position;
  /** The settings in force: from the pairs, defaults for any missing or unusable. */
  settings: Settings;
  ignored: IgnoredAnswer[];
  /** What an old link's answers were rewritten to (legacy.ts); empty for current links. */
  notes: string[];
}

const quoted = (items: readonly string[]) => items.map((v) => `“${v}”`).join(', ');

function explain(key: string, value: string, reason: IgnoredReason): string {
  switch (reason) {
    case 'unknown-question':
      return `“${key}” is not one of our questions, so its answer “${value}” was ignored.`;
    case 'unknown-answer': {
      const q = QUESTIONS[key as QuestionId];
      return `“${value}” is not an answer to “${q.prompt}” (expected one of ${quoted(q.answers.map((a) => a.id))}); the question is asked again.`;
    }
    case 'duplicate':
      return `“${key}” was answered more than once; only the first answer was used, “${value}” was ignored.`;
    case 'not-on-path':
      return `The answer to “${QUESTIONS[key as QuestionId]?.prompt ?? key}” (“${value}”) was ignored: the other answers never lead to that question.`;
    case 'unknown-setting-value': {
      const id = key as SettingId;
      const fallback = settingValueText(id, DEFAULT_SETTINGS[id]).label;
      return `“${value}” is not a choice for “${SETTING_TEXT[id].prompt}” (expected one of ${quoted(SETTINGS[id])}); the default, ${fallback}, is used.`;
    }
    case 'set-by-policy': {
      const q = QUESTIONS[key as QuestionId];
      return `“${value}” was ignored: your team’s policy answers “${q.prompt}” for every resource.`;
    }
    default: {
      const unreachable: never = reason;
      return unreachable;
    }
  }
}

/** An ignored pair with its sentence. */
export function ignoredAnswer(key: string, value: string, reason: IgnoredReason): IgnoredAnswer {
  return { key, value, reason, message: explain(key, value, reason) };
}

/**
 * Walk the graph from START, taking each question's answer from `answers` (pairs in URL order) and the
 * settings from their own pairs. Stops at the first question without a usable answer, or at an outcome.
 */
export function decide(answers: Iterable<readonly [string, string]>): Decision {
  const ignored: IgnoredAnswer[] = [];
  const given = new Map<string, string>();
  const chosen: Partial<Record<SettingId, string>> = {};
  const skip = (key: string, value: string, reason: IgnoredReason) => ignored.push(ignoredAnswer(key, value, reason));

  for (const [key, value] of answers) {
    if (isSettingId(key)) {
      if (chosen[key] !== undefined) skip(key, value, 'duplicate');
      else chosen[key] = value;
    } else if (!Object.hasOwn(QUESTIONS, key)) skip(key, value, 'unknown-question');
    else if (given.has(key)) skip(key, value, 'duplicate');
    else given.set(key, value);
  }

  const settings: Record<SettingId, string> = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries(chosen) as [SettingId, string][]) {
    if (isSettingValue(key, value)) settings[key] = value;
    else skip(key, value, 'unknown-setting-value');
  }

  const path: Step[] = [];
  const byPolicy: Step[] = [];
  let current: Position = { kind: 'question', id: START };
  while (current.kind === 'question') {
    const question: Question = QUESTIONS[current.id];
    const value = given.get(question.id);
    const fixed = policyAnswer((settings as Settings).policy, question.id);
    if (value === undefined && fixed === undefined) break;
    given.delete(question.id);
    if (fixed !== undefined && value !== undefined && value !== fixed) skip(question.id, value, 'set-by-policy');
    const answer: Answer | undefined = question.answers.find((a) => a.id === (fixed ?? value));
    if (!answer) {
      skip(question.id, value!, 'unknown-answer');
      break;
    }
    (fixed === undefined ? path : byPolicy).push({ question: question.id, answer: answer.id });
    const next = resolve(answer.next, settings as Settings);
    current = isOutcomeSlug(next) ? { kind: 'outcome', slug: next } : { kind: 'question', id: next };
  }

  for (const [key, value] of given) skip(key, value, 'not-on-path');
  return { path, byPolicy, current, settings: settings as Settings, ignored, notes: [] };
}

/** The node the visitor is at, as a plain id (question id or outcome slug). */
export function positionId(position: Position): NodeId {
  return position.kind === 'question' ? position.id : position.slug;
}

/** A walk's answers under these settings (the policy's answers included), decided as a share link would be. */
export function replay(steps: readonly Step[], settings: Settings): Decision {
  return decide([...SETTING_IDS.map((id) => [id, settings[id]] as const), ...steps.map((s) => [s.question, s.answer] as const)]);
}

let pathCache: FullPath[] | undefined;

/**
 * Where the complete walks that can end at an outcome end with these settings: the outcome itself if
 * some walk reaches it, else the outcomes its routes lead to instead (mTLS never gets a 401). A walk a
 * policy had answered part of, replayed without it, stops at a question and counts as neither.
 */
export function reachedWith(slug: OutcomeSlug, settings: Settings): { reached: boolean; instead: OutcomeSlug[] } {
  pathCache ??= allPaths();
  const ends = pathCache
    .filter((p) => p.outcome === slug)
    .flatMap((p) => {
      const { current } = replay(p.steps, settings);
      return current.kind === 'outcome' ? [current.slug] : [];
    });
  return { reached: ends.includes(slug), instead: [...new Set(ends)].filter((s) => s !== slug) };
}
