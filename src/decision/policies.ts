/**
 * Policy presets: what a team can adopt once for a whole API, and link from its guidelines. A policy
 * answers the hiding questions for every resource (POLICY_ANSWERS), and always-403 also reroutes the
 * anonymous caller's 401 (a route case in flow.ts). The walk applies them (decide.ts), so the wizard,
 * the pages and the tests all follow the same table. The words and trade-offs are here too, with their
 * citations as data; pages only lay them out.
 *
 * Policy ids are public (`?policy=conceal`, /policies/<id>/): never rename one.
 */
import type { AnswerId, QuestionId } from './flow.ts';
import { prose } from './prose.ts';
import { QUOTE } from './quotes.ts';
import type { Citation } from './rfc.ts';
import type { Policy } from './settings.ts';

/** The answers a policy gives on behalf of the visitor; questions not listed are asked as usual. */
export const POLICY_ANSWERS = {
  none: {},
  // Never hide: an anonymous caller is challenged, a refused one is told it is refused.
  strict: { 'anonymous-caller': 'challenge', 'reveal-existence': 'yes', 'reveal-record': 'yes' },
  // Hide from everyone who may not know: the anonymous caller and the refused one alike.
  conceal: { 'anonymous-caller': 'hide', 'reveal-existence': 'no', 'reveal-record': 'no' },
  // Anonymous callers are refused, not hidden (the route sends them to anonymous-forbidden); refusals of
  // identified callers are still decided per resource.
  'always-403': { 'anonymous-caller': 'challenge' },
} as const satisfies Record<Policy, { readonly [Q in QuestionId]?: AnswerId<Q> }>;

/** The answer a policy gives to a question, if it gives one. */
export function policyAnswer(policy: Policy, question: QuestionId): AnswerId | undefined {
  return (POLICY_ANSWERS[policy] as Readonly<Partial<Record<QuestionId, AnswerId>>>)[question];
}

export const TRADE_OFFS = ['leakage', 'retry', 'dialogs', 'caching', 'breaks'] as const;
export type TradeOff = (typeof TRADE_OFFS)[number];

export const TRADE_OFF_TITLES = {
  leakage: 'What it reveals',
  retry: 'What clients do next',
  dialogs: 'Browser login dialogs',
  caching: 'Caching',
  breaks: 'What breaks',
} as const satisfies Record<TradeOff, string>;

export interface PolicyText {
  /** A heading: "Conceal". */
  name: string;
  /** One sentence: the rule a team adopts. */
  rule: string;
  /** Who should pick it. */
  choose: string;
  tradeOffs: Readonly<Record<TradeOff, string>>;
  /** The sentences the rule rests on, verbatim (a unit test checks each against its excerpt). */
  citations: readonly [Citation, ...Citation[]];
}

/** `none` is not a preset: it is the wizard asking per resource, so it has no page of its own. */
export const PRESETS = ['strict', 'conceal', 'always-403'] as const satisfies readonly Policy[];
export type Preset = (typeof PRESETS)[number];

export const POLICY_TEXT = {
  strict: {
    name: 'Strict RFC 9110',
    rule: prose`
      A request without valid credentials gets 401 with a challenge; a caller whose valid credentials are not
      enough gets 403; nothing is hidden behind 404.
    `,
    choose: prose`
      Public APIs and internal services where knowing that a resource exists is not itself a secret: clients get
      the most precise answer, and every response says what would change it.
    `,
    tradeOffs: {
      leakage: prose`
        A 403 confirms to a signed-in caller that the resource exists: /invoices/42 (someone else’s) gets 403,
        /invoices/99999 gets 404. Anonymous callers get 401 for both when authentication is checked before the
        lookup. Fine for ids that are not secret; not for private repositories, user names or tenants.
      `,
      retry: prose`
        Precise: after a 401 the client authenticates and repeats; after a 403 it does not repeat with the same
        credentials, and may with other ones (RFC 9110 §15.5.4).
      `,
      dialogs: prose`
        With Basic or Digest, a 401 to a page load makes the browser show its login dialog; a 403 never does. A
        wrong password therefore prompts again, which is what users expect.
      `,
      caching: prose`
        401 and 403 are not among the codes RFC 9110 §15.1 defines as heuristically cacheable, so a cache does not
        keep them unless the response says it may.
      `,
      breaks: prose`
        Nothing in clients. It exposes existence, so it breaks a threat model that treats ids or names as secret.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-11.4',
        quote: QUOTE.omittedCredentials,
        supports: 'No credentials, or invalid ones: 401 with a challenge.',
      },
      {
        ref: 'rfc9110-11.4',
        quote: QUOTE.validNotAdequate,
        supports: 'Valid but inadequate credentials: 403.',
      },
    ],
  },
  conceal: {
    name: 'Conceal',
    rule: prose`
      Anything the caller may not know exists answers 404, byte for byte the same as a resource that does not exist:
      anonymous callers, and identified callers who may not see it. 401 is kept for credentials that were sent and
      are invalid, 403 for refusals that reveal nothing: a scope or plan that every resource of the endpoint needs,
      a blocked account. Where the requirement differs per resource (a scope needed only for private ones), answer
      404 there too.
    `,
    choose: prose`
      Multi-tenant APIs and anything where existence is the secret (private repositories, accounts, documents with
      guessable ids). This is what GitHub does for private repositories.
    `,
    tradeOffs: {
      leakage: prose`
        None by status: a hidden resource cannot be told from a missing one, provided status, headers, body and
        timing are the same for both. Answer 404, not 410, for a deleted record the caller could never see: a 410
        says it once existed.
      `,
      retry: prose`
        A 404 gives the client nothing to act on: a legitimate user who forgot to sign in sees "not found". The
        body should invite them to sign in with the right account.
      `,
      dialogs: prose`
        Browsers never show the Basic or Digest login dialog for a 404, so an anonymous browser can never reach a
        concealed resource: with Basic, users must first visit a URL that answers 401 (a sign-in endpoint whose
        realm covers the hidden paths).
      `,
      caching: prose`
        A 404 is heuristically cacheable (RFC 9110 §15.5.5): a cache may keep it and serve "not found" after the
        resource becomes visible, even the user’s own browser after they sign in. Send Cache-Control: no-store on
        every 404 of the API, hidden or not; on the hidden ones alone it would mark them.
      `,
      breaks: prose`
        Clients that send credentials only after a 401 (HTTP libraries' credential handlers, browsers with Basic)
        never authenticate: they must send credentials up front. Monitoring that counts 404s as broken links sees
        refusals as errors.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.hideForbidden,
        supports: 'Hiding a forbidden resource behind 404 is allowed.',
      },
      {
        ref: 'rfc9110-15.5.5',
        quote: QUOTE.notFound,
        supports: '404 may mean "will not disclose".',
      },
      {
        ref: 'rfc9110-15.5.5',
        quote: QUOTE.heuristic404,
        supports: 'Why concealing 404s need explicit cache controls.',
      },
    ],
  },
  'always-403': {
    name: 'Always 403 for anonymous callers',
    rule: prose`
      A request that carries no credentials gets 403, never 401 (with Bearer the 403 keeps its bare challenge,
      which RFC 6750 §3 requires); 401 is kept for credentials that were sent and are invalid.
    `,
    choose: prose`
      Rarely by design: it is what several frameworks and gateways do by default (Spring Security without an entry
      point, Django REST Framework with session authentication only, FastAPI before 0.122.0). Adopt it explicitly
      only if every client sends credentials up front, and document it.
    `,
    tradeOffs: {
      leakage: prose`
        The same as strict: 403 confirms that something protected is there.
      `,
      retry: prose`
        The client is not told to authenticate: a 403 invites nothing, and a well-behaved client gives up unless its
        documentation tells it to sign in and retry.
      `,
      dialogs: prose`
        No login dialog: browsers show it only for a 401 with a Basic or Digest challenge. A Basic-protected page
        under this policy cannot be signed in to from a browser at all.
      `,
      caching: prose`
        The same as strict: 403 is not heuristically cacheable.
      `,
      breaks: prose`
        Clients that send credentials only in answer to a 401 challenge: browsers with Basic or Digest, curl
        --anyauth, HTTP libraries' credential handlers. It departs from RFC 9110 §11.4's SHOULD, and an API that
        answers 401 on some endpoints and 403 on others makes clients guess.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.credentialsProvided,
        supports: 'Conditional: a 403 does not require that credentials were sent.',
      },
      {
        ref: 'rfc9110-11.4',
        quote: QUOTE.omittedCredentialsSays401,
        supports: 'The SHOULD this policy sets aside: omitted credentials are 401’s case.',
      },
      {
        ref: 'rfc9110-11.6.2',
        quote: QUOTE.authorizationAfter401,
        supports: 'Clients commonly authenticate only in answer to a 401.',
      },
      {
        ref: 'rfc6750-3',
        quote: QUOTE.bearerChallengeRequired,
        supports: 'With Bearer the 403 still carries a challenge.',
      },
    ],
  },
} as const satisfies Record<Preset, PolicyText>;

export function isPreset(id: string): id is Preset {
  return (PRESETS as readonly string[]).includes(id);
}
