/**
 * The response checker's vocabulary: severities, what the request carried, what the parser gives, what a
 * rule finds. Plain data, shared by the parser, the rules, the island, the pages and the package's CLI.
 */
import type { OutcomeSlug } from '../outcomes.ts';
import type { Citation, Paraphrase } from '../rfc.ts';

/** Ordered from least to most serious: error = a MUST (or RFC 6750's error-to-status mapping) is broken;
 * warning = a SHOULD, or a likely bug; info = advice. */
export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const AUTHORIZATION_KINDS = ['none', 'bearer', 'basic', 'digest', 'other'] as const;
export type AuthorizationKind = (typeof AUTHORIZATION_KINDS)[number];

/** What the request carried, as far as the user told us. Every field is optional: a rule that needs a fact
 * nobody gave stays silent rather than guessing. */
export interface RequestFacts {
  method?: string;
  /** The Authorization header's scheme, or 'none' when the request carried none. */
  authorization?: AuthorizationKind;
  /** The request carried a Cookie header. */
  cookie?: boolean;
  /** The request's Origin header (a cross-origin fetch from a page). */
  origin?: string;
  /** true: a person's browser loading a page; false: code (fetch, XHR, an API client). */
  navigation?: boolean;
}

export interface HeaderLine {
  name: string;
  value: string;
}

export interface ParsedResponse {
  /** "1.1", "2", … ; null when the status came from a `:status` pseudo-header. */
  httpVersion: string | null;
  status: number;
  reason: string;
  /** Field lines in order, names as written, values trimmed (folded lines already joined). */
  headers: readonly HeaderLine[];
  body: string;
}

/** Something about the paste itself (not the server's response): where we could not read it, or read it
 * only in part. */
export interface InputProblem {
  message: string;
  /** 1-based line of the paste. */
  line?: number;
}

export interface Finding<Id extends string = string> {
  rule: Id;
  severity: Severity;
  /** What is wrong with this response, in its own terms. */
  message: string;
}

/** One exchange a rule page shows and the unit tests run: the response text and the request facts. */
export interface Exchange {
  response: string;
  request?: RequestFacts | undefined;
}

export interface RuleData {
  severity: Severity;
  title: string;
  /** What triggers the rule, in plain text. */
  summary: string;
  /** The deciding sentence: verbatim from an excerpt, or a marked paraphrase of a source we hold no text of. */
  citation: Citation | Paraphrase;
  /** The outcome page that shows the right response. */
  outcome?: OutcomeSlug;
  /** An exchange that triggers the rule, and a close one that does not. */
  examples: { failing: Exchange; passing: Exchange };
}
