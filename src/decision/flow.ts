/**
 * The decision as a flow table: one line per question, each answer naming the node it leads to (a
 * question id or an outcome slug), or a route: a few answers lead to different outcomes depending on the
 * settings (settings.ts), and ROUTES says which. This table is the graph; question ids, answer ids and
 * their types come from it, so a misspelt id anywhere fails the type check.
 *
 * Ids are public (share-URL keys and values, page paths, flowchart node ids): never rename one without
 * keeping the old one working (legacy.ts). Key order is the order questions are listed and answers offered.
 */
import type { OutcomeSlug } from './outcomes.ts';
import type { SettingId, SettingValue } from './settings.ts';

/** A conditional edge: the first case whose settings match wins, else `otherwise`. Routes lead only to outcomes. */
export interface Route {
  cases: readonly { when: { readonly [S in SettingId]?: readonly SettingValue<S>[] }; next: OutcomeSlug }[];
  otherwise: OutcomeSlug;
}

// Mutual TLS has no HTTP challenge, and a person loading a page with a cookie session is sent to a sign-in
// page; a team whose policy is always-403 refuses every other anonymous caller with 403 (policies.ts);
// everyone else gets the 401 of their scheme. A step-up (RFC 9470) needs a sign-in event to
// strengthen: client certificates and API keys carry none, and Basic and Digest cannot tell a fresh password
// entry from a cached one, so those callers get a 403 instead of a 401 they could never answer.
export const ROUTES = {
  'on-challenge': {
    cases: [
      { when: { scheme: ['mtls'] }, next: 'client-certificate-refused' },
      { when: { scheme: ['cookie'], client: ['navigation'] }, next: 'redirect-to-login' },
      { when: { policy: ['always-403'] }, next: 'anonymous-forbidden' },
    ],
    otherwise: 'authentication-required',
  },
  'on-invalid': {
    cases: [
      { when: { scheme: ['mtls'] }, next: 'client-certificate-refused' },
      { when: { scheme: ['cookie'], client: ['navigation'] }, next: 'redirect-to-login' },
    ],
    otherwise: 'invalid-credentials',
  },
  'on-too-weak': {
    cases: [
      { when: { scheme: ['mtls', 'api-key', 'basic', 'digest'] }, next: 'step-up-not-possible' },
      { when: { scheme: ['cookie'], client: ['navigation'] }, next: 'redirect-to-reauthenticate' },
    ],
    otherwise: 'step-up-required',
  },
} as const satisfies Record<string, Route>;

export type RouteId = keyof typeof ROUTES;
/** The marker a flow-table answer holds instead of a node id. */
export interface RouteRef<R extends RouteId = RouteId> {
  readonly route: R;
}
const route = <R extends RouteId>(id: R): RouteRef<R> => ({ route: id });

export const FLOW = {
  'checked-by': { origin: 'client-blocked', proxy: 'proxy-authentication-required', 'proxy-refuses': 'proxy-forbidden' },
  'client-blocked': { no: 'route-exists', yes: 'client-barred', 'rate-limited': 'rate-limited' },
  'route-exists': {
    yes: 'requires-auth',
    no: 'not-found',
    gone: 'gone',
    'wrong-method': 'method-not-allowed',
    preflight: 'preflight-origin',
  },
  'preflight-origin': { allowed: 'cors-preflight', refused: 'cors-preflight-refused' },
  'requires-auth': { yes: 'credentials-sent', no: 'public-credentials' },
  'public-credentials': { none: 'public-record-exists', ignore: 'public-record-exists', reject: route('on-invalid') },
  // A public endpoint whose record turns out to be private to its owner is a protected resource for this
  // caller (RFC 9110 §11.4): an anonymous caller is told to authenticate, or the record is hidden, never a 403;
  // only a caller identified by valid credentials may learn that the record is someone else's.
  'public-record-exists': {
    yes: 'allowed',
    no: 'not-found-after-checks',
    gone: 'gone',
    'not-owner': 'anonymous-caller',
    'not-owner-signed-in': 'reveal-record',
  },
  'credentials-sent': { yes: 'credentials-parse', no: 'anonymous-caller' },
  'anonymous-caller': { challenge: route('on-challenge'), hide: 'hidden-from-anonymous' },
  'credentials-parse': { 'well-formed': 'credentials-valid', malformed: 'malformed-credentials', 'csrf-failed': 'csrf-failed' },
  'credentials-valid': {
    valid: 'permitted',
    invalid: route('on-invalid'),
    'too-weak': route('on-too-weak'),
    barred: 'account-barred',
  },
  permitted: { yes: 'record-exists', no: 'reveal-existence', scope: 'insufficient-scope', feature: 'feature-unavailable' },
  'reveal-existence': { yes: 'forbidden', no: 'hidden-from-unauthorized' },
  'record-exists': { yes: 'allowed', no: 'not-found-after-checks', gone: 'gone', 'not-owner': 'reveal-record' },
  'reveal-record': { yes: 'forbidden-record', no: 'hidden-from-unauthorized' },
} as const;

/** Where the walk starts. */
export const START = 'checked-by' satisfies keyof typeof FLOW;

type Flow = typeof FLOW;
export type QuestionId = keyof Flow;
/** The answers of one question, or (without a parameter) any question's answers. */
export type AnswerId<Q extends QuestionId = QuestionId> = Q extends QuestionId ? keyof Flow[Q] & string : never;
export type NodeId = QuestionId | OutcomeSlug;
/** What an answer leads to: a node, or a route that picks an outcome by the settings. */
export type Next = NodeId | RouteRef;

// Every answer leads to a known node or route: a misspelt target fails here.
FLOW satisfies Record<QuestionId, Readonly<Record<string, Next>>>;

export const QUESTION_IDS = Object.keys(FLOW) as QuestionId[];

export function isRouteRef(next: Next): next is RouteRef {
  return typeof next === 'object';
}
