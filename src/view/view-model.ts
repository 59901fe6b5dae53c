/**
 * One view model for the wizard island and the static pages (zag's `connect()` habit): pure functions
 * that turn the decision's data into the strings both render, so that a heading, an answer list or a
 * share snippet reads the same wherever it appears. No markup, no framework, no base path: links are
 * site paths from src/routes.ts that each renderer puts under its base.
 */
import {
  QUESTIONS,
  toQuery,
  type AnswerId,
  type HeaderAdvice,
  type Outcome,
  type QuestionId,
  type Step,
} from '../decision/index.ts';
import { PAGES, withQuery } from '../routes.ts';
import { rawResponse, reviewComment } from './snippets.ts';

/** "Forbidden: Authenticated but not permitted" (the status badge goes before it). */
export function outcomeName(o: Outcome): string {
  return `${o.reason}: ${o.title}`;
}

/** "403 Forbidden: Authenticated but not permitted". */
export function outcomeHeading(o: Outcome): string {
  return `${o.status} ${outcomeName(o)}`;
}

/** The label of an answer, as the visitor chose it. */
export function answerLabel(question: QuestionId, answer: AnswerId): string {
  return QUESTIONS[question].answers.find((a) => a.id === answer)?.label ?? answer;
}

/** One answered question on a walk, with the site path that asks it again. */
export interface WalkedAnswer {
  question: QuestionId;
  prompt: string;
  label: string;
  /** The wizard at this question, with the answers before it (site path + query). */
  change: string;
  /** Accessible name of the change link. */
  changeLabel: string;
}

export function walkedAnswers(path: readonly Step[]): WalkedAnswer[] {
  return path.map((s, i) => ({
    question: s.question,
    prompt: QUESTIONS[s.question].prompt,
    label: answerLabel(s.question, s.answer),
    change: wizardPath(path.slice(0, i)),
    changeLabel: `Change your answer to: ${QUESTIONS[s.question].prompt}`,
  }));
}

/** The wizard with a walk's answers (site path + query). */
export function wizardPath(path: readonly Step[]): string {
  return withQuery(PAGES.home, toQuery(path));
}

/** "MUST (with Bearer tokens)". */
export function requirementText(h: HeaderAdvice): string {
  return h.condition ? `${h.requirement} (${h.condition})` : h.requirement;
}

export const SNIPPET_KINDS = ['link', 'markdown', 'http'] as const;
export type SnippetKind = (typeof SNIPPET_KINDS)[number];

export interface Snippet {
  kind: SnippetKind;
  /** Element id: the prefix keeps the wizard's apart from the page's. */
  id: string;
  label: string;
  button: string;
  text: string;
  /** Height of its text box, in lines. */
  rows: number;
}

const SNIPPET_WORDS = {
  link: { label: 'Link to this answer', button: 'Copy link', rows: 2 },
  markdown: { label: 'Markdown review comment', button: 'Copy review comment', rows: 9 },
  http: { label: 'Example response', button: 'Copy example response', rows: 8 },
} as const satisfies Record<SnippetKind, Pick<Snippet, 'label' | 'button' | 'rows'>>;

/** The share snippets of an outcome, `link` being the absolute permalink (with answers, if any). */
export function shareSnippets(o: Outcome, link: string, idPrefix: string): Record<SnippetKind, Snippet> {
  const text: Record<SnippetKind, string> = { link, markdown: reviewComment(o, link), http: rawResponse(o) };
  const one = (kind: SnippetKind): Snippet => ({
    kind,
    id: `${idPrefix}share-${kind}`,
    ...SNIPPET_WORDS[kind],
    text: text[kind],
  });
  return { link: one('link'), markdown: one('markdown'), http: one('http') };
}

/** An English list: "a", "a and b", "a, b and c". */
export function listing(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The statuses the decision can end in, in ascending order, for descriptions: "200, 302, 400, …". */
export function statusesOf(list: readonly Outcome[]): string[] {
  return [...new Set(list.map((o) => o.status))].sort((a, b) => a - b).map(String);
}
