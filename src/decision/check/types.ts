/**
 * The response checker's vocabulary: severities, what the request carried, what the parser gives, what a
 * rule finds. Plain data, shared by the parser, the rules, the island, the pages and the package's CLI.
 */
import type { OutcomeSlug } from '../outcomes.ts';
import type { Citation, Paraphrase } from '../rfc.ts';

/** Ordered from least to most serious: error = a MUST (or RFC 6750's error-to-status mapping) is broken;
 * warning = a SHOULD is broken, or (said so on the rule's page) a likely bug no RFC keyword covers;
 * info = advice, or a finding the checker cannot tell from a correct response. */
export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const AUTHORIZATION_KINDS = ['none', 'bearer', 'basic', 'digest', 'other'] as const;
export type AuthorizationKind = (typeof AUTHORIZATION_KINDS)[number];

/** What the request carried, as far as the user told us. Every field is optional: a rule that needs a fact
 * nobody gave stays silent rather than guessing. Credentials come in three separate facts (the Authorization
 * header, a cookie, anything else); "no credentials" is all three saying none, never a fact left out. */
export interface RequestFacts {
  method?: string;
  /** The Authorization header's scheme, or 'none' when the request carried no Authorization header. */
  authorization?: AuthorizationKind;
  /** The request carried a Cookie header (true) or none (false). */
  cookie?: boolean;
  /** Credentials outside the Authorization and Cookie header fields: an API key in another header
   * (X-API-Key …), a TLS client certificate (mutual TLS, RFC 8705), an access token in the form body or the
   * query (RFC 6750 §2.2, §2.3). false: none of these. */
  otherCredentials?: boolean;
  /** The server asked for a TLS client certificate in the handshake (mutual TLS; curl -v prints "Request
   * CERT"). That authentication happens before HTTP, which has no challenge for it: an anonymous caller of
   * such a server gets 403, since a 401 would need a WWW-Authenticate challenge. */
  clientCertificateRequested?: boolean;
  /** The request's Origin header. */
  origin?: string;
  /** true: a cross-origin request made by a script (fetch, XHR), so CORS applies to its response; false: a
   * same-origin one (browsers send Origin on those too, for POST and other non-GET methods). */
  crossOrigin?: boolean;
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
