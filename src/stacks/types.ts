/**
 * "In your stack": what popular frameworks and servers do by default in each situation of the decision,
 * and the smallest correct code or configuration that produces each outcome with its required headers.
 *
 * Data only, beside the decision module (it names outcomes and schemes from there, nothing else): the
 * outcome pages, the stack pages (/stacks/<id>/) and the tests read it. Every fact carries its source, a
 * repository path or an issue / pull request, so a reader (or a reviewer) can check it.
 *
 * Stack ids are public (page paths, #stack-<id> anchors, ?stack= in share URLs): never rename one.
 */
import type { OutcomeSlug, Scheme } from '../decision/index.ts';

export const STACK_IDS = [
  'express',
  'fastify',
  'nestjs',
  'fastapi',
  'django',
  'drf',
  'flask',
  'spring',
  'spring-resource-server',
  'aspnetcore',
  'rails',
  'laravel',
  'go',
  'nginx',
  'apache',
  'kong',
] as const;
export type StackId = (typeof STACK_IDS)[number];

/**
 * Languages a snippet may be written in. Each is a Shiki grammar (highlighted at build time) and has a
 * parser in the tests (tests/unit/stack-snippets.test.ts), so an unparsable snippet fails `npm test`.
 */
export const SNIPPET_LANGS = ['javascript', 'typescript', 'python', 'java', 'csharp', 'ruby', 'php', 'go', 'nginx', 'apache', 'yaml'] as const;
export type SnippetLang = (typeof SNIPPET_LANGS)[number];

/**
 * Where a fact is stated: a file in a public GitHub repository (with the line range when it helps), or an
 * issue, pull request or discussion there. `repo` is "owner/name" as GitHub spells it.
 */
export type Source =
  | { repo: `${string}/${string}`; path: string; lines?: `${number}-${number}` | `${number}` }
  | { repo: `${string}/${string}`; issue: number }
  | { repo: `${string}/${string}`; pr: number }
  | { repo: `${string}/${string}`; discussion: number };

/** A statement about a stack's behaviour, with the version where it changed when it did. */
export interface Fact {
  text: string;
  /** "0.122.0", ".NET 10", "2.3.11": the version from which `text` holds (absent: every supported one). */
  since?: string;
  sources: readonly [Source, ...Source[]];
}

/** A piece of code or configuration that produces an outcome's response in this stack. */
export interface Recipe {
  /** A few words: "401 with a Bearer challenge". */
  title: string;
  /** What the stack does out of the box in this situation, before the snippet. */
  default: Fact;
  /** True when that default contradicts the outcome (a trap the stack page calls out). */
  trap: boolean;
  lang: SnippetLang;
  /** The smallest correct code: complete enough to parse on its own (a file, a class, a block). */
  code: string;
  /** An optional remark under the code (what to keep, what to remove). */
  note?: string;
  /**
   * When the stack, not the snippet, writes a header field the outcome requires (Spring's
   * BearerTokenAuthenticationEntryPoint writes WWW-Authenticate): which part of the stack does. Without it,
   * the tests expect the snippet itself to name every required field.
   */
  headersBy?: string;
}

/** One stack × outcome cell: a recipe of the stack (several outcomes may share one), or why none applies. */
export type Cell<R extends string> = R | { notApplicable: string };

export interface StackData<R extends string = string> {
  id: StackId;
  /** "Spring Security (resource server)". */
  name: string;
  /** The versions the facts and snippets were checked against, e.g. "Spring Security 6.5". */
  version: string;
  /** The authentication scheme the snippets use (the stack's usual one). */
  scheme: Scheme;
  /** One or two sentences: what this stack is and how it decides. */
  summary: string;
  /** The snippets, keyed by a name local to this stack. */
  recipes: Readonly<Record<R, Recipe>>;
  /** Every outcome of the decision: the recipe that produces it, or why the stack cannot. */
  cells: Readonly<Record<OutcomeSlug, Cell<R>>>;
}

/**
 * Type a stack's data: every outcome must have a cell (a missing one fails `astro check`), and every
 * cell must name one of the stack's own recipes.
 */
export const defineStack = <R extends string>(data: StackData<R>): StackData<R> => data;
