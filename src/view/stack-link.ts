/**
 * The stack a visitor chose, in links: the `stack` query parameter (?stack=spring), the #stack-<id>
 * anchors of the outcome pages and the line a review comment gives it. Pure and tiny: the wizard, the
 * outcome pages' scripts and the build all use it, so it holds no stack data, not even the ids: each
 * caller says which ids it knows (the build: STACK_IDS; the wizard: its props; a page: its sections).
 *
 * The decision's share-URL codec (src/decision/share-url.ts) knows nothing of stacks: it reports every
 * key it does not know as ignored. So `stack` is taken out of a query here, before the rest goes to it.
 */
import type { StackId } from '../stacks/types.ts';

export const STACK_PARAM = 'stack';

/** The anchor of a stack's section on an outcome page: #stack-spring. */
export const stackAnchor = (id: StackId): string => `stack-${id}`;

/** The known stack an anchor names ('#stack-spring' or 'stack-spring'), or null. */
export function stackFromAnchor<T extends string>(hash: string, known: readonly T[]): T | null {
  const m = /^#?stack-(.+)$/.exec(hash);
  return known.find((id) => id === m?.[1]) ?? null;
}

/**
 * A query split into the stack it names (one of `known`) and the rest, for the decision's codec: the
 * same pairs in the same order, re-encoded. Every `stack` pair is removed; the first one decides
 * (duplicates: the first wins, as for answers); an unknown stack yields null. Total: URLSearchParams
 * reads any string (bad percent escapes included) without throwing.
 */
export function parseStackParam<T extends string>(search: string, known: readonly T[]): { stack: T | null; rest: string } {
  const params = new URLSearchParams(search);
  const stack = known.find((id) => id === params.get(STACK_PARAM)) ?? null;
  params.delete(STACK_PARAM);
  return { stack, rest: params.size > 0 ? `?${params}` : '' };
}

/** A site path or URL (with or without a query, no fragment) with the stack added: …?a=b&stack=spring. */
export function withStackParam(url: string, stack: StackId | null): string {
  if (!stack) return url;
  return `${url}${url.includes('?') ? '&' : '?'}${STACK_PARAM}=${stack}`;
}

/** The link to a stack's section of an outcome page, from the page's link (query included). */
export const stackSectionLink = (link: string, stack: StackId): string => `${link}#${stackAnchor(stack)}`;

/** The review comment's line for a stack: "In [Spring Security](…#stack-spring): 401 with a Bearer challenge". */
export const stackLine = (name: string, summary: string, sectionLink: string): string => `In [${name}](${sectionLink}): ${summary}`;

/** The end of a review comment: the stack's line when there is one, then the permalink, always last. */
export const reviewTail = (link: string, line?: string): string => (line ? `${line}\n\nWhy: ${link}` : `Why: ${link}`);

/** A stack as a review comment and the wizard name it for one outcome: its name and what it does there. */
export interface StackMention {
  id: StackId;
  name: string;
  /** The recipe's title, or that none applies. */
  summary: string;
}

/** The review comment's line for a stack's answer, linking to its section of the page `link` points to. */
export const mentionLine = (m: StackMention, link: string): string => stackLine(m.name, m.summary, stackSectionLink(link, m.id));

/** Where the outcome pages' picker and the wizard remember the chosen stack (localStorage). */
export const STACK_STORAGE_KEY = 'stack';

/** The event the outcome pages' picker sends when the shown stack changes (the share snippets follow it). */
export const STACK_EVENT = 'stack-change';
