/**
 * The decision as a flow table: one line per question, each answer naming the node it leads to (a
 * question id or an outcome slug). This table is the graph; question ids, answer ids and their types
 * come from it, so a misspelt id anywhere fails the type check.
 *
 * Ids are public (share-URL keys and values, page paths, flowchart node ids): never rename one without
 * keeping the old one working. Key order is the order questions are listed and answers offered.
 */
import type { OutcomeSlug } from './outcomes.ts';

export const FLOW = {
  'checked-by': { origin: 'client-blocked', proxy: 'proxy-authentication-required' },
  'client-blocked': { no: 'route-exists', yes: 'client-barred' },
  'route-exists': { yes: 'requires-auth', no: 'not-found' },
  'requires-auth': { yes: 'credentials-sent', no: 'record-exists' },
  'credentials-sent': { yes: 'credentials-parse', no: 'anonymous-caller' },
  'anonymous-caller': { challenge: 'authentication-required', 'login-page': 'redirect-to-login', hide: 'hidden-from-anonymous' },
  'credentials-parse': { 'well-formed': 'credentials-valid', malformed: 'malformed-credentials' },
  'credentials-valid': { valid: 'account-standing', invalid: 'invalid-credentials' },
  'account-standing': { good: 'permitted', barred: 'client-barred' },
  permitted: { yes: 'record-exists', no: 'reveal-existence' },
  'reveal-existence': { yes: 'forbidden', no: 'hidden-from-unauthorized' },
  'record-exists': { yes: 'allowed', no: 'not-found-after-checks' },
} as const;

/** Where the walk starts. */
export const START = 'checked-by' satisfies keyof typeof FLOW;

type Flow = typeof FLOW;
export type QuestionId = keyof Flow;
/** The answers of one question, or (without a parameter) any question's answers. */
export type AnswerId<Q extends QuestionId = QuestionId> = Q extends QuestionId ? keyof Flow[Q] & string : never;
export type NodeId = QuestionId | OutcomeSlug;

// Every answer leads to a known node: a misspelt target fails here.
FLOW satisfies Record<QuestionId, Readonly<Record<string, NodeId>>>;

export const QUESTION_IDS = Object.keys(FLOW) as QuestionId[];
