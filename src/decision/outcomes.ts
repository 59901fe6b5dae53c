/**
 * The outcomes of the decision, keyed by slug. Slugs are permanent: they are URLs (/outcomes/<slug>/)
 * that people paste into code reviews. Renaming one means adding its old slug to RETIRED_SLUGS.
 *
 * Only facts are written here. The reason phrase comes from the status (status.ts), and the example
 * response is generated from the status, the header advice, the body and the settings (the scheme picks
 * the challenge, a page load gets an HTML body, HEAD drops the body), so none of them is retyped.
 */
import { prose } from './prose.ts';
import { QUOTE } from './quotes.ts';
import type { Citation, Paraphrase, Ref } from './rfc.ts';
import { DEFAULT_SETTINGS, SETTINGS, type ExampleSettings, type Scheme } from './settings.ts';
import { reasonPhrase, statusLine, type StatusCode } from './status.ts';

export const REQUIREMENT_LEVELS = ['MUST', 'SHOULD', 'MAY'] as const;
export type RequirementLevel = (typeof REQUIREMENT_LEVELS)[number];

/** One header field as sent. */
export interface HeaderField {
  name: string;
  value: string;
}

export interface HeaderAdvice extends HeaderField {
  requirement: RequirementLevel;
  /** When the requirement applies only in some cases, e.g. "with Bearer". */
  condition?: string;
  /** The schemes whose responses carry this field; absent: every scheme. */
  schemes?: readonly Scheme[];
  why: string;
  /** The section that requires it, or a document we only paraphrase (pages say so). */
  ref: Ref;
}

/** How an outcome reads with one authentication scheme (the design's per-scheme tables). */
export interface SchemeVariant {
  /** The WWW-Authenticate field value with this scheme, or null: no challenge. */
  challenge: string | null;
  why: string;
  /** When the client's next step differs from the outcome's. */
  clientNext?: string;
  /** Other fields this scheme adds to the example (a dead session cookie expired in the same response). */
  fields?: readonly HeaderField[];
}

export interface Body {
  type: string;
  text: string;
}

export interface OutcomeData {
  status: StatusCode;
  /** A short title for lists and the flowchart. */
  title: string;
  /** The answer in one line. */
  verdict: string;
  /** Why, in a few short paragraphs. */
  rationale: readonly string[];
  /** Header fields the answer needs; their example values appear in the example response, in this order. */
  headers: readonly HeaderAdvice[];
  /** Other fields of the example, after the advised ones (Vary, Access-Control-Max-Age). */
  fields?: readonly HeaderField[];
  /** The example response's content; null for a response without one (204). */
  body: Body | null;
  /** What a well-behaved client does next. */
  clientNext: string;
  /** The answer people are tempted to give here, and why it is wrong. */
  alternative: { status: StatusCode; whyWrong: string };
  /** The first citation is the decisive one. Verbatim: a unit test checks each against the reference text. */
  citations: readonly [Citation, ...Citation[]];
  /** What documents we hold no text of say, in our words; pages mark each "paraphrased, not quoted". */
  paraphrases?: readonly Paraphrase[];
  /** Per scheme: the challenge, why, and the client's next step, where they differ from the canonical Bearer. */
  variants?: Partial<Record<Scheme, SchemeVariant>>;
}

/** An RFC 9457 problem document as the example's content. */
function problem(p: { type: string; title: string; status: number; detail?: string }): Body {
  return { type: 'application/problem+json', text: JSON.stringify(p) };
}

/**
 * The one 404 of the API. The four 404 outcomes (a URL that maps to nothing, a missing record, and the
 * two that hide a resource) share it, so that a hidden resource cannot be told from a missing one: same
 * status, fields and body, in every setting (a unit test compares them byte for byte). With Bearer every
 * 404 carries the same bare challenge: that meets RFC 6750 §3 for hidden resources without marking them.
 */
const SHARED_404 = {
  headers: [
    {
      name: 'WWW-Authenticate',
      requirement: 'MUST',
      condition: prose`
        with Bearer: a MUST on 404s that hide a protected resource (RFC 6750 §3); sent on every 404 by design, where
        it is a MAY (RFC 9110 §11.6.1)
      `,
      schemes: ['bearer'],
      value: 'Bearer realm="api"',
      why: prose`
        RFC 6750 §3 wants a challenge when a request for a protected resource has no token that enables access, so
        a 404 that hides one needs it. On a 404 for a URL that maps to nothing, or for a public record, §3 does not
        apply and RFC 9110 §11.6.1 only allows it; we send it there too, so that hidden 404s cannot be told apart.
      `,
      ref: 'rfc6750-3',
    },
  ],
  // A 404 is heuristically cacheable (RFC 9110 §15.5.5): a browser could reuse a "not found" fetched while
  // signed out after the user signs in. no-store on every 404, hidden or not, so that none is recognisable.
  fields: [{ name: 'Cache-Control', value: 'no-store' }],
  body: problem({
    type: 'about:blank',
    title: 'Not Found',
    status: 404,
    detail: 'Nothing here for you. If you expected something, check that you are signed in with the right account.',
  }),
} as const satisfies Pick<OutcomeData, 'headers' | 'fields' | 'body'>;

/** The bare Bearer challenge of a 403: RFC 6750 §3 wants one, and no error code fits (design C.6). */
const BEARER_ON_403 = {
  name: 'WWW-Authenticate',
  requirement: 'MUST',
  condition: 'with Bearer',
  schemes: ['bearer'],
  value: 'Bearer realm="api"',
  why: prose`
    RFC 6750 §3: the token does not enable access, so a challenge is required; no error code fits. With
    other schemes no challenge: it would suggest that signing in again helps. We read §3 as covering responses
    that deny a protected resource because of the token: 401s, 403s after the token was validated, and 404s that
    hide a resource. Refusals no token could change (405, 410, 429, a blocked client, a failed CSRF check) carry
    no challenge.
  `,
  ref: 'rfc6750-3',
} as const satisfies HeaderAdvice;

/** The custom challenges of schemes nobody registered (RFC 9110 §16.4.1): pages label them so. */
const CUSTOM = {
  apiKey: 'APIKey realm="api", in="header", name="X-API-Key"',
  cookie: 'Cookie realm="app", form-action="/login", cookie-name="session"',
  why: prose`
    Custom, not registered: API keys and session cookies have no registered scheme, yet every 401 needs a challenge.
  `,
} as const;

const DIGEST_CHALLENGE = prose`
  Digest realm="api@example.com", qop="auth", algorithm=SHA-256,
  nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"
`;

/** The step-up challenge of an endpoint that also accepts user access tokens besides another scheme. */
const USER_TOKEN_STEP_UP = 'Bearer realm="api", error="insufficient_user_authentication", acr_values="mfa"';

const STEP_UP_CHALLENGE = prose`
  Bearer realm="api", error="insufficient_user_authentication", error_description="A sign-in with MFA within the
  last 5 minutes is required", acr_values="mfa", max_age=300
`;

/** Expires a dead session cookie in the same response, so the browser stops sending it. */
const EXPIRE_SESSION: HeaderField = { name: 'Set-Cookie', value: 'session=; Max-Age=0; Path=/; Secure; HttpOnly' };

/** Why a redirect to sign-in answers a POST with 303 (both sign-in redirects cite it). */
const SEE_OTHER_AFTER_POST = [
  {
    ref: 'rfc9110-15.4.3',
    quote: QUOTE.postToGet,
    supports: 'Why not 302 after a POST: whether the method changes is left to the user agent.',
  },
  {
    ref: 'rfc9110-15.4.4',
    quote: QUOTE.seeOtherGet,
    supports: '303 after a POST: the sign-in page is fetched with GET.',
  },
  {
    ref: 'rfc9110-15.4.4',
    quote: QUOTE.seeOtherAfterPost,
    supports: 'Context: 303 is the usual answer to a POST.',
  },
] as const satisfies readonly Citation[];

const OUTCOME_DATA = {
  'proxy-authentication-required': {
    status: 407,
    title: 'Proxy wants credentials',
    verdict: prose`
      A forward proxy that needs the client to authenticate answers 407 with a Proxy-Authenticate challenge, never
      401.
    `,
    rationale: [
      prose`
        407 is 401’s twin for the hop between the client and a proxy. It tells the client that the proxy itself, not
        the server that owns the resource, wants credentials.
      `,
      prose`
        Answering 401 from a proxy would make the client send an Authorization header meant for the origin server,
        and would leak or misroute credentials.
      `,
      prose`
        Only forward proxies chosen by the client do this. A reverse proxy or authentication gateway in front of
        your app (oauth2-proxy, Envoy ext_authz, nginx auth_request) speaks for the origin server and answers 401,
        403 or a redirect to sign-in.
      `,
    ],
    headers: [
      {
        name: 'Proxy-Authenticate',
        requirement: 'MUST',
        value: 'Basic realm="corporate proxy", charset="UTF-8"',
        why: 'The challenge tells the client which scheme the proxy accepts.',
        ref: 'rfc9110-11.7.1',
      },
    ],
    body: { type: 'text/plain; charset=utf-8', text: 'This proxy requires authentication.' },
    clientNext: 'Repeat the request with a Proxy-Authorization header field that answers the challenge.',
    alternative: {
      status: 401,
      whyWrong: prose`
        401 and WWW-Authenticate speak for the origin server. A proxy uses 407 and Proxy-Authenticate so
        that the client knows which hop to authenticate to.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.8',
        quote: prose`
          The proxy MUST send a Proxy-Authenticate header field (Section 11.7.1) containing a challenge applicable
          to that proxy for the request.
        `,
        supports: 'A 407 must carry a Proxy-Authenticate challenge.',
      },
      {
        ref: 'rfc9110-11.3',
        quote: prose`
          A 407 (Proxy Authentication Required) response message is used by a proxy to challenge the authorization
          of a client, including a Proxy-Authenticate header field containing at least one challenge applicable to
          the proxy for the requested resource.
        `,
        supports: '407 is the proxy’s challenge.',
      },
      {
        ref: 'rfc7235-3.2',
        quote: prose`
          The proxy MUST send a Proxy-Authenticate header field (Section 4.3) containing a challenge applicable to
          that proxy for the target resource.
        `,
        supports: 'The same rule in the obsoleted RFC 7235.',
      },
    ],
  },
  'proxy-forbidden': {
    status: 403,
    title: 'Forward proxy refuses the destination',
    verdict: prose`
      A forward proxy that will not forward this request, even for a client it has authenticated, answers 403
      Forbidden, without a Proxy-Authenticate challenge.
    `,
    rationale: [
      prose`
        The proxy understood the request and refuses to carry it out: that is 403. The refusal is about the
        destination and the proxy’s policy (a blocked site category, a forbidden port), not about who the client is.
      `,
      prose`
        407 would be wrong: it asks the client for proxy credentials, which it already gave or does not need, and no
        credentials lift a destination policy. The client would loop through the proxy login.
      `,
      prose`
        Say why in the body (the policy, whom to ask), as RFC 9110 invites. A reverse proxy or gateway in front of
        your own app is not this case: it answers as the origin server.
      `,
    ],
    headers: [],
    body: problem({
      type: 'https://proxy.example.com/probs/destination-blocked',
      title: 'Destination blocked by proxy policy',
      status: 403,
      detail: 'Connections to files.example.net (category: file sharing) are not allowed from this network.',
    }),
    clientNext: prose`
      Do not retry and do not re-authenticate to the proxy. Show the reason; only a policy change (or another
      network) helps.
    `,
    alternative: {
      status: 407,
      whyWrong: prose`
        407 means the client must authenticate to the proxy. It already has (or need not), and no proxy credentials
        would make a forbidden destination allowed.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.forbidden,
        supports: 'Understood and refused: 403, whoever refuses.',
      },
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.sayWhy,
        supports: 'Name the policy.',
      },
      {
        ref: 'rfc9110-15.5.8',
        quote: prose`
          The 407 (Proxy Authentication Required) status code is similar to 401 (Unauthorized), but it indicates
          that the client needs to authenticate itself in order to use a proxy for this request.
        `,
        supports: '407 is only for a client that still has to authenticate to the proxy.',
      },
    ],
  },
  'client-barred': {
    status: 403,
    title: 'Client blocked (address, network, region)',
    verdict: prose`
      A client refused before anything else, whoever it is (a blocklisted address or network, a region you do not
      serve, an abuse ban), gets 403 Forbidden.
    `,
    rationale: [
      prose`
        The server understood the request and refuses it, and no credentials would change that: this is what 403 is
        for. RFC 9110 says so outright: a request might be forbidden for reasons unrelated to the credentials.
      `,
      prose`
        401 would be wrong: it invites the client to try other credentials, which cannot help a blocked address, and
        it must carry a challenge that leads nowhere.
      `,
      prose`
        This is checked first and answered the same for every URL, so that a blocked client cannot map your URLs by
        comparing 403 with 404.
      `,
      prose`
        A suspended or locked *account* is a different outcome (account-barred): it is refused because of who it is,
        which is known only after authentication. Too many requests is 429 (rate-limited).
      `,
      prose`
        A block that the law requires (sanctions, a court order) has its own status: 451 Unavailable For Legal
        Reasons (RFC 7725, paraphrased below). Keep 403 for blocks that are your own policy.
      `,
    ],
    headers: [],
    body: problem({
      type: 'https://example.com/probs/client-blocked',
      title: 'Access from your network is blocked',
      status: 403,
      detail: prose`
        Requests from your network or region are not accepted. Contact support@example.com if you think this is a
        mistake.
      `,
    }),
    clientNext: prose`
      Do not retry automatically. Show the reason; only a change on the server side (unblocking) or another network
      helps.
    `,
    alternative: {
      status: 401,
      whyWrong: prose`
        401 means the request lacks valid credentials and invites a retry with others. Here the identity is
        irrelevant, so no credentials can help.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.forbidden,
        supports: 'Understood and refused: 403.',
      },
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.unrelatedToCredentials,
        supports: '403 covers refusals that no credentials could lift.',
      },
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.sayWhy,
        supports: 'Tell the client why, when that is safe.',
      },
    ],
    paraphrases: [
      {
        source: 'rfc7725-3',
        paraphrase: prose`
          451 Unavailable For Legal Reasons tells the client that the server is denying access to the resource as a
          consequence of a legal demand; the response should say what the demand is and who made it.
        `,
        supports: 'A legally mandated geo-block: 451 instead of 403.',
      },
    ],
  },
  'rate-limited': {
    status: 429,
    title: 'Too many requests',
    verdict: prose`
      A client over its rate limit or quota gets 429 Too Many Requests with Retry-After, not 403: the same request
      will succeed later.
    `,
    rationale: [
      prose`
        RFC 6585 defines 429 for a client that has sent too many requests in a given amount of time, and lets the
        response say how long to wait (paraphrased, see below). The refusal is temporary, which 403 does not
        express.
      `,
      prose`
        Send Retry-After, as seconds or as a date: for a per-minute limit, the seconds until the window resets; for
        a monthly quota, the date it renews. Without it clients guess, and usually retry too soon.
      `,
      prose`
        Per-address limits are checked before anything else; per-user or per-key quotas only after authentication.
        Either way the answer is 429. Do not answer 403: SDKs back off and retry on 429, but treat 403 as final or
        as a permissions problem.
      `,
      prose`
        A 429 must not be stored by a cache (RFC 6585 §4). Under attack, RFC 6585 does not oblige you to answer at
        all: its security considerations allow dropping connections (§7.2, paraphrased).
      `,
    ],
    headers: [
      {
        name: 'Retry-After',
        requirement: 'MAY',
        condition: 'RFC 6585 makes it optional; we recommend always sending it',
        value: '30',
        why: 'Tells the client how long it ought to wait before a follow-up request (RFC 9110 §10.2.3): a hint.',
        ref: 'rfc6585-4',
      },
    ],
    body: problem({
      type: 'https://example.com/probs/rate-limited',
      title: 'Too many requests',
      status: 429,
      detail: 'Limit of 100 requests per minute reached. Retry in 30 seconds.',
    }),
    clientNext: prose`
      Wait at least Retry-After (back off exponentially when it is absent), then repeat the same request with the
      same credentials.
    `,
    alternative: {
      status: 403,
      whyWrong: prose`
        403 says the server refuses the request, and clients take it as final or as a permissions problem. A limit
        is temporary; 429 with Retry-After says when to come back.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-10.2.3',
        quote: prose`
          Servers send the "Retry-After" header field to indicate how long the user agent ought to wait before
          making a follow-up request.
        `,
        supports: 'Retry-After says when to come back.',
      },
      {
        ref: 'rfc9110-10.2.3',
        quote: prose`
          The Retry-After field value can be either an HTTP-date or a number of seconds to delay after receiving the
          response.
        `,
        supports: 'Seconds for a rate window, a date for a quota.',
      },
    ],
    paraphrases: [
      {
        source: 'rfc6585-4',
        paraphrase: prose`
          429 means the user has sent too many requests in a given amount of time (rate limiting); the response
          should explain the condition and may include Retry-After. The RFC does not define how the server
          identifies the user or counts requests. Responses with 429 must not be stored by a cache.
        `,
        supports: '429, not 403, for rate limits and quotas; Retry-After optional; never cached.',
      },
      {
        source: 'rfc6585-7.2',
        paraphrase: prose`
          Servers need not use 429: when limiting resource usage, for example under attack, they may simply drop
          connections.
        `,
        supports: 'Dropping connections is allowed.',
      },
    ],
  },
  'not-found': {
    status: 404,
    title: 'Nothing at this URL',
    verdict: 'A URL that maps to nothing is 404 Not Found, for every caller, signed in or not.',
    rationale: [
      prose`
        No route, no resource: there is nothing to authenticate against and nothing to authorize. Asking for
        credentials first would suggest that something is there.
      `,
      prose`
        Answer the same 404 to anonymous and authenticated callers alike, so that probing unknown paths teaches
        nothing. The example is the shared 404 of the API: the hiding outcomes must look exactly like it.
      `,
      'If you know the resource is gone for good, answer 410 (gone) instead.',
    ],
    ...SHARED_404,
    clientNext: 'Check the URL. Repeating the request or adding credentials will not help.',
    alternative: {
      status: 401,
      whyWrong: prose`
        A 401 challenge for a URL that does not exist sends the client off to authenticate for nothing, and tells a
        prober that this path is protected.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.5',
        quote: QUOTE.notFound,
        supports: 'Nothing found: 404.',
      },
      {
        ref: 'rfc9110-15.5.5',
        quote: prose`
          A 404 status code does not indicate whether this lack of representation is temporary or permanent; the 410
          (Gone) status code is preferred over 404 if the origin server knows, presumably through some configurable
          means, that the condition is likely to be permanent.
        `,
        supports: 'When to prefer 410.',
      },
    ],
  },
  gone: {
    status: 410,
    title: 'Gone for good',
    verdict: prose`
      A resource or endpoint removed on purpose and for good answers 410 Gone, to every caller who may know that it
      existed.
    `,
    rationale: [
      prose`
        410 is 404 plus one fact: the absence is intentional and permanent, so clients and crawlers can drop their
        links. If you cannot tell, 404 is the right answer.
      `,
      prose`
        Two ways lead here. A retired endpoint is answered before authentication, the same for everyone. A deleted
        record is answered only after the checks, so only callers allowed to see the record learn that it existed;
        to a caller from whom it must be hidden, answer 404.
      `,
      '410 is heuristically cacheable like 404; you need not keep the mark forever.',
    ],
    headers: [],
    body: problem({
      type: 'https://example.com/probs/gone',
      title: 'Gone',
      status: 410,
      detail: 'This resource was removed permanently and will not come back.',
    }),
    clientNext: 'Stop requesting it and remove stored links or ids. Retrying or authenticating will not help.',
    alternative: {
      status: 404,
      whyWrong: 'Never wrong, but it leaves the client wondering whether to try again later; 410 says it need not.',
    },
    citations: [
      {
        ref: 'rfc9110-15.5.11',
        quote: prose`
          The 410 (Gone) status code indicates that access to the target resource is no longer available at the
          origin server and that this condition is likely to be permanent.
        `,
        supports: 'Permanent absence: 410.',
      },
      {
        ref: 'rfc9110-15.5.11',
        quote: prose`
          If the origin server does not know, or has no facility to determine, whether or not the condition is
          permanent, the status code 404 (Not Found) ought to be used instead.
        `,
        supports: 'Unsure: 404.',
      },
      {
        ref: 'rfc9110-15.5.11',
        quote: prose`
          The 410 response is primarily intended to assist the task of web maintenance by notifying the recipient
          that the resource is intentionally unavailable and that the server owners desire that remote links to that
          resource be removed.
        `,
        supports: 'What the client should do with it.',
      },
    ],
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method not supported here',
    verdict: prose`
      A method that the resource supports for no one gets 405 Method Not Allowed with an Allow header listing the
      methods it does support.
    `,
    rationale: [
      prose`
        405 says the method is known but not supported by this resource, and the Allow header field is mandatory.
        The example lists GET and HEAD for a read-only resource.
      `,
      prose`
        This is about the resource, not the caller, so it is answered before authentication and the same for
        everyone. When the method exists but not for this caller (a viewer sending DELETE), it is a permission
        refusal: 403 (forbidden), or 404 if the endpoint is hidden. Answer "yes" at the route question and "no" at
        the permission question.
      `,
      prose`
        An empty Allow value is legal: the resource is temporarily disabled. For HEAD, the same status line and
        Allow header, without a body.
      `,
      'No Bearer challenge: no token would change the answer.',
    ],
    headers: [
      {
        name: 'Allow',
        requirement: 'MUST',
        value: 'GET, HEAD',
        why: 'Lists the methods the resource currently supports.',
        ref: 'rfc9110-15.5.6',
      },
    ],
    body: problem({
      type: 'about:blank',
      title: 'Method Not Allowed',
      status: 405,
      detail: 'DELETE is not supported here. Supported methods: GET, HEAD.',
    }),
    clientNext: prose`
      Use one of the methods in Allow. Repeating the request, with or without other credentials, will not help.
    `,
    alternative: {
      status: 403,
      whyWrong: prose`
        403 suggests that this caller is refused and another might not be. Nobody may use this method here; keep 403
        for methods that exist for other callers.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.6',
        quote: prose`
          The 405 (Method Not Allowed) status code indicates that the method received in the request-line is known
          by the origin server but not supported by the target resource.
        `,
        supports: 'Unsupported method: 405.',
      },
      {
        ref: 'rfc9110-15.5.6',
        quote: prose`
          The origin server MUST generate an Allow header field in a 405 response containing a list of the target
          resource's currently supported methods.
        `,
        supports: 'Allow is mandatory.',
      },
      {
        ref: 'rfc9110-10.2.1',
        quote: prose`
          An origin server MUST generate an Allow header field in a 405 (Method Not Allowed) response and MAY do so
          in any other response.
        `,
        supports: 'The same rule from the field’s side.',
      },
      {
        ref: 'rfc9110-10.2.1',
        quote: prose`
          An empty Allow field value indicates that the resource allows no methods, which might occur in a 405
          response if the resource has been temporarily disabled by configuration.
        `,
        supports: 'A disabled resource.',
      },
    ],
  },
  'cors-preflight': {
    status: 204,
    title: 'CORS preflight: answer it, never challenge it',
    verdict: prose`
      A CORS preflight (OPTIONS with Origin and Access-Control-Request-Method) from an allowed origin gets a 2xx,
      usually 204 No Content, with the Access-Control-Allow-* headers, before and without any authentication.
    `,
    rationale: [
      prose`
        Browsers send the preflight without credentials (no cookies, no Authorization, no client certificate) and
        accept it only if its status is in the 200–299 range and its CORS headers match; otherwise the real request
        is never sent (Fetch standard, paraphrased below). A 401 here is a challenge nobody can answer: the page
        sees a network error ("Failed to fetch"), not your 401.
      `,
      prose`
        So handle preflights before authentication middleware: CORS filter before the security filter chain
        (Spring), UseCors before UseAuthentication (ASP.NET Core), cors() before passport (Express).
      `,
      prose`
        With mutual TLS the same holds one layer down: browsers do not reliably present a client certificate on a
        preflight, so a server that requires one in the handshake fails cross-origin preflights before any HTTP
        status is sent. Make the certificate optional at the TLS layer and decide in HTTP (client-certificate-refused).
      `,
      prose`
        204 fits: there is nothing to send. A script-set Authorization header is not a credential in the Fetch sense:
        it only needs to be listed in Access-Control-Allow-Headers. Send Access-Control-Allow-Credentials: true only
        if the real request is made with credentials: 'include' (cookies, TLS client certificates), and then echo
        the exact origin, never *; add Vary: Origin.
      `,
    ],
    headers: [
      {
        name: 'Access-Control-Allow-Origin',
        requirement: 'MUST',
        condition: 'Fetch standard',
        value: 'https://app.example.com',
        why: 'The preflight fails without a matching origin.',
        ref: 'fetch-cors-preflight',
      },
      {
        name: 'Access-Control-Allow-Methods',
        requirement: 'MUST',
        condition: 'Fetch standard, when the real method is not GET, HEAD or POST',
        value: 'GET, PUT, DELETE',
        why: 'Names the methods the real request may use.',
        ref: 'fetch-cors-preflight',
      },
      {
        name: 'Access-Control-Allow-Headers',
        requirement: 'MUST',
        condition: 'Fetch standard, when the real request sends headers such as Authorization',
        value: 'Authorization, Content-Type',
        why: prose`
          Names the request headers the real request may send; a script-set Authorization header needs only this.
        `,
        ref: 'fetch-cors-preflight',
      },
      {
        name: 'Access-Control-Allow-Credentials',
        requirement: 'MUST',
        condition: 'Fetch standard, when the real request is made with credentials: \'include\' (cookies, client certificates)',
        value: 'true',
        why: prose`
          Without it the CORS check of a request with credentials fails: the preflight fails, or the response is not
          exposed to the script. Not needed for an Authorization header set by script.
        `,
        ref: 'fetch-cors-credentials',
      },
    ],
    fields: [
      { name: 'Access-Control-Max-Age', value: '600' },
      { name: 'Vary', value: 'Origin' },
    ],
    body: null,
    clientNext: prose`
      The browser now sends the real request, with its credentials; that request goes through the whole decision.
    `,
    alternative: {
      status: 401,
      whyWrong: prose`
        A preflight cannot carry credentials, so it can never satisfy a challenge; browsers treat any non-2xx
        preflight as a network error and the page never sees your 401.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.3.5',
        quote: prose`
          The 204 (No Content) status code indicates that the server has successfully fulfilled the request and that
          there is no additional content to send in the response content.
        `,
        supports: 'Nothing to send: 204.',
      },
      {
        ref: 'rfc9110-9.3.7',
        quote: prose`
          A server generating a successful response to OPTIONS SHOULD send any header that might indicate optional
          features implemented by the server and applicable to the target resource (e.g., Allow), including
          potential extensions not defined by this specification.
        `,
        supports: prose`
          Context only: a successful OPTIONS answer describes optional features; the Access-Control-* fields
          themselves come from the Fetch standard.
        `,
      },
    ],
    paraphrases: [
      {
        source: 'fetch-cors-preflight',
        paraphrase: prose`
          The browser builds the preflight as an OPTIONS request with Origin, Access-Control-Request-Method and
          Access-Control-Request-Headers, and without credentials; if the response fails the CORS check or its
          status is not an ok status, the fetch is a network error.
        `,
        supports: 'Never challenge a preflight.',
      },
      {
        source: 'fetch-ok-status',
        paraphrase: 'An ok status is any status from 200 to 299.',
        supports: '2xx, hence 204.',
      },
      {
        source: 'fetch-cors-credentials',
        paraphrase: prose`
          Credentials are cookies, TLS client certificates and HTTP authentication entries the browser manages, not a
          header set by script. For a request whose credentials mode is include, Access-Control-Allow-Origin must
          name the origin (a wildcard is not enough) and Access-Control-Allow-Credentials must be true. A preflight
          is triggered by a method or request header that is not CORS-safelisted, not by credentials.
        `,
        supports: 'The credential headers above.',
      },
    ],
  },
  'cors-preflight-refused': {
    status: 403,
    title: 'CORS preflight from an origin you do not allow',
    verdict: prose`
      A preflight from an origin (or for a method or header) you do not allow is answered without any
      Access-Control-Allow-* header; 403 Forbidden is the usual status. Never 401.
    `,
    rationale: [
      prose`
        What blocks the real request is the absence of the CORS headers, whatever the status; the status is for logs
        and for non-browser clients. 403 says the server understood and refuses, which is what Spring’s CORS
        processor answers ("Invalid CORS request").
      `,
      'No WWW-Authenticate: the preflight cannot carry credentials, and none would change the answer.',
      prose`
        Do not echo the Origin and do not send Allow-Credentials; keep Vary: Origin so caches do not reuse the
        answer for an allowed origin.
      `,
    ],
    headers: [],
    // Deliberately no Access-Control-Allow-*: their absence is what makes the browser block the request.
    fields: [{ name: 'Vary', value: 'Origin' }],
    body: { type: 'text/plain; charset=utf-8', text: 'CORS request refused: this origin is not allowed.' },
    clientNext: prose`
      The browser blocks the real request and reports a network error to the page. Nothing to retry: the API’s
      operators must allow the origin.
    `,
    alternative: {
      status: 401,
      whyWrong: prose`
        The preflight carries no credentials by design, so a challenge can never be met; and it would suggest the
        problem is the login, when it is the origin.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.forbidden,
        supports: 'Understood and refused.',
      },
    ],
    paraphrases: [
      {
        source: 'fetch-cors-preflight',
        paraphrase: prose`
          Without a matching Access-Control-Allow-Origin the CORS check fails and the browser returns a network
          error to the page, whatever the status.
        `,
        supports: 'The missing headers, not the status, block the request.',
      },
    ],
  },
  'authentication-required': {
    status: 401,
    title: 'Authentication required',
    verdict: prose`
      No credentials for a protected resource: 401 Unauthorized with a WWW-Authenticate challenge for your scheme.
    `,
    rationale: [
      prose`
        401 means the request lacks valid authentication credentials for the target resource. That is exactly the
        situation of an anonymous caller asking for something private.
      `,
      prose`
        A 401 MUST carry a WWW-Authenticate header field with at least one challenge: it is how the client learns
        which scheme to use, and many clients send credentials only after receiving one. With Bearer tokens the
        challenge has no error code, because the request carried no token at all (RFC 6750 §3.1). The challenge for
        each scheme, including the custom ones for API keys and cookie sessions, is in the section per scheme below.
      `,
      prose`
        Reached when the caller is code (client=programmatic), or when the scheme is one a browser answers itself
        (Basic, Digest). A person loading a page with a cookie session is redirected instead (redirect-to-login);
        mutual TLS refuses in the handshake (client-certificate-refused); a resource whose existence is secret
        answers 404 (hidden-from-anonymous).
      `,
    ],
    headers: [
      {
        name: 'WWW-Authenticate',
        requirement: 'MUST',
        value: 'Bearer realm="api"',
        why: 'Every 401 carries at least one challenge applicable to the resource.',
        ref: 'rfc9110-11.6.1',
      },
    ],
    variants: {
      bearer: {
        challenge: 'Bearer realm="api"',
        why: 'No token sent: no error code (RFC 6750 §3.1).',
        clientNext: prose`
          Obtain an access token from the authorization server and repeat the request with Authorization: Bearer
          <token>.
        `,
      },
      basic: {
        challenge: 'Basic realm="admin", charset="UTF-8"',
        why: prose`
          realm is REQUIRED, charset OPTIONAL and only "UTF-8" (RFC 7617 §2, §2.1). Browsers show their login dialog.
        `,
        clientNext: prose`
          Ask for user name and password (browsers do it themselves) and repeat the request with Authorization:
          Basic …, over HTTPS only.
        `,
      },
      digest: {
        challenge: DIGEST_CHALLENGE,
        why: prose`
          A fresh nonce for this challenge (RFC 7616 §3.3, paraphrased, not quoted; values shaped like its examples).
        `,
        clientNext: prose`
          Compute the Digest response from user name, password, nonce and request, and repeat the request with
          Authorization: Digest ….
        `,
      },
      'api-key': {
        challenge: CUSTOM.apiKey,
        why: `${CUSTOM.why} This one tells the client where the key goes.`,
        clientNext: 'Send the API key in the X-API-Key header (create one in the dashboard) and repeat the request.',
      },
      cookie: {
        challenge: CUSTOM.cookie,
        why: `${CUSTOM.why} For code only: a page load is redirected to the sign-in page instead.`,
        clientNext: prose`
          Show the sign-in form (or navigate to /login?next=…); once the session cookie is set, repeat the request
          with credentials included.
        `,
      },
    },
    body: problem({
      type: 'https://example.com/probs/authentication-required',
      title: 'Authentication required',
      status: 401,
    }),
    clientNext: prose`
      Obtain credentials for the scheme the challenge names and repeat the request with an
      Authorization header field.
    `,
    alternative: {
      status: 403,
      whyWrong: prose`
        403 says the server understood the request and refuses to fulfill it. Here, sending credentials would change
        the answer, and telling the client so is 401’s job. Frameworks that answer 403 here (Spring Security without
        an entry point, DRF with session authentication only, FastAPI before 0.122.0) are a known source of this
        confusion.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.2',
        quote: prose`
          The 401 (Unauthorized) status code indicates that the request has not been applied because it lacks valid
          authentication credentials for the target resource.
        `,
        supports: 'No credentials is the textbook case for 401.',
      },
      {
        ref: 'rfc9110-15.5.2',
        quote: QUOTE.challengeRequired,
        supports: 'The challenge is mandatory.',
      },
      {
        ref: 'rfc9110-11.4',
        quote: QUOTE.omittedCredentials,
        supports: 'Omitted credentials: 401 with a challenge.',
      },
      {
        ref: 'rfc9110-11.6.2',
        quote: QUOTE.authorizationAfter401,
        supports: 'Clients commonly authenticate in answer to a 401.',
      },
      {
        ref: 'rfc6750-3.1',
        quote: prose`
          If the request lacks any authentication information (e.g., the client was unaware that authentication is
          necessary or attempted using an unsupported authentication method), the resource server SHOULD NOT include
          an error code or other error information.
        `,
        supports: 'For Bearer tokens, no error code when no token was sent.',
      },
      {
        ref: 'rfc7235-3.1',
        quote: prose`
          The server generating a 401 response MUST send a WWW-Authenticate header field (Section 4.1) containing at
          least one challenge applicable to the target resource.
        `,
        supports: 'Unchanged from RFC 7235.',
      },
      {
        ref: 'rfc9110-11.3',
        quote: 'Note: Many clients fail to parse a challenge that contains an unknown scheme.',
        supports: 'The custom APIKey and Cookie challenges: list a well-supported scheme first if clients choke.',
      },
      {
        ref: 'rfc9110-11.1',
        quote: prose`
          New and existing authentication schemes are specified independently and ought to be registered within the
          "Hypertext Transfer Protocol (HTTP) Authentication Scheme Registry".
        `,
        supports: 'APIKey and Cookie are not registered: our examples, not standards.',
      },
    ],
    paraphrases: [
      {
        source: 'cookie-auth-draft',
        paraphrase: prose`
          An expired Internet-Draft proposed a Cookie authentication scheme whose challenge names the sign-in form
          (form-action) and the cookie (cookie-name); it was never registered.
        `,
        supports: 'Where the parameters of our custom Cookie challenge come from.',
      },
    ],
  },
  'redirect-to-login': {
    status: 302,
    title: 'Redirect to the sign-in page',
    verdict: prose`
      A person loading a page without a valid session (never signed in, or the session cookie expired or was
      revoked) is redirected (302, or 303 after a POST) to the sign-in page, with a link back.
    `,
    rationale: [
      prose`
        A browser cannot answer a form-login scheme through WWW-Authenticate, and a bare 401 leaves a person looking
        at an error. For page loads behind a form login, the useful answer is a redirect to the sign-in page that
        remembers where to return.
      `,
      prose`
        An expired, revoked or unreadable session cookie on a page load gets the same redirect; then, and only then,
        you may expire the cookie in the same response (Set-Cookie: session=; Max-Age=0; Path=/; Secure; HttpOnly)
        so the browser stops sending it (RFC 6265, paraphrased below). The example is the anonymous case, without
        it.
      `,
      prose`
        Only for page loads (client=navigation) with cookie sessions. fetch/XHR calls, API clients and scripts of the
        same application get 401 with a challenge (authentication-required or invalid-credentials, with the custom
        cookie challenge): fetch follows redirects silently, so a redirect hands the script a 200 HTML login page
        where it expected JSON.
      `,
      prose`
        Use 303 (See Other) to redirect a POST so that the browser fetches the sign-in page with GET; 302 is what
        most frameworks send for GET page loads.
      `,
    ],
    headers: [
      {
        name: 'Location',
        requirement: 'SHOULD',
        value: '/login?next=%2Fsettings',
        why: 'Where the browser goes; carry the original URL so the user comes back after signing in.',
        ref: 'rfc9110-15.4.3',
      },
    ],
    body: { type: 'text/html; charset=utf-8', text: '<p>Please <a href="/login?next=%2Fsettings">sign in</a> to continue.</p>' },
    clientNext: prose`
      The browser follows the redirect; after sign-in the application sends the user back to the original URL.
    `,
    alternative: {
      status: 401,
      whyWrong: prose`
        401 must carry a WWW-Authenticate challenge, and a form login has no scheme a browser can answer: the person
        would see an error page instead of a way to sign in. For page loads the redirect is the useful answer;
        fetch/XHR calls of the same application still get 401.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.4.3',
        quote: QUOTE.location,
        supports: 'A redirect names where to go.',
      },
      ...SEE_OTHER_AFTER_POST,
      {
        ref: 'rfc9110-15.5.2',
        quote: QUOTE.challengeRequired,
        supports: 'A 401 without a challenge is not a valid 401, which is why a form-login page redirects instead.',
      },
      {
        ref: 'rfc9110-11.4',
        quote: prose`
          Note that various custom mechanisms for user authentication use the Set-Cookie and Cookie header fields,
          defined in [COOKIE], for passing tokens related to authentication.
        `,
        supports: 'Cookie sessions are outside the HTTP authentication framework.',
      },
    ],
    paraphrases: [
      {
        source: 'rfc6265-4.1',
        paraphrase: prose`
          Set-Cookie is defined by RFC 6265, not RFC 9110; a server removes a cookie by sending it again with an
          expiry in the past (or Max-Age=0).
        `,
        supports: 'Expiring a dead session cookie, when the request carried one.',
      },
    ],
  },
  'anonymous-forbidden': {
    status: 403,
    title: 'Anonymous caller refused (always-403 policy)',
    verdict: prose`
      Under an always-403 policy a request that carries no credentials gets 403 Forbidden instead of 401. Allowed,
      but it drops the challenge that tells clients to sign in. With Bearer, RFC 6750 §3 still requires one.
    `,
    rationale: [
      prose`
        This is the answer of teams (and of several frameworks and gateways by default) that refuse anonymous callers
        with 403 and keep 401 for credentials that were sent and rejected. RFC 9110 §15.5.4 does not forbid it: 403
        means the server understood the request and refuses it, and its sentence about credentials is conditional
        ("If authentication credentials were provided"), so a 403 need not follow credentials.
      `,
      prose`
        It departs from a SHOULD: RFC 9110 §11.4 says an origin server SHOULD answer a request that omits credentials
        with 401 and a challenge. A SHOULD may be set aside for a reason the team has weighed, which is what adopting
        this policy means; the strict policy (authentication-required) follows it.
      `,
      prose`
        The cost falls on clients that send credentials only after a 401 (RFC 9110 §11.6.2: "usually, but not
        necessarily, after receiving a 401"): browsers with Basic or Digest never show their login dialog, and HTTP
        libraries whose credential handlers wait for a challenge never authenticate. Clients must send credentials
        up front, and the API documentation must say so.
      `,
      prose`
        With Bearer tokens the 403 still carries WWW-Authenticate: Bearer realm="api" with no error code: RFC 6750 §3
        requires a challenge whenever the request has no credentials, whatever the status. Other schemes get no
        challenge on a 403. A person loading a page with a cookie session is still sent to the sign-in page, and
        mutual TLS still refuses in the handshake: the policy changes only the 401 of an anonymous caller.
      `,
    ],
    headers: [
      {
        // The 403's bare Bearer challenge, for another reason: no credentials at all, rather than a token that fell short.
        ...BEARER_ON_403,
        why: prose`
          RFC 6750 §3: a request without credentials gets a challenge whatever the status, with no error code (§3.1:
          none when the request lacks any authentication information). Other schemes: no challenge, by the policy’s
          choice.
        `,
      },
    ],
    body: problem({
      type: 'https://example.com/probs/authentication-required',
      title: 'Authentication required',
      status: 403,
      detail: 'Send your credentials with the request.',
    }),
    clientNext: prose`
      Send credentials with the request from the start (do not wait for a 401) and repeat it. Without credentials,
      do not retry.
    `,
    alternative: {
      status: 401,
      whyWrong: prose`
        Not wrong by the RFC: 401 with a challenge is the strict policy’s answer (authentication-required), and what
        this guide recommends. Under an always-403 policy, a 401 here and a 403 on the next endpoint makes clients
        guess: apply the policy everywhere, or not at all.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.forbidden,
        supports: 'A refusal the server understood: 403 is a legitimate answer.',
      },
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.credentialsProvided,
        supports: 'Conditional: a 403 does not require that credentials were sent.',
      },
      {
        ref: 'rfc9110-11.4',
        quote: QUOTE.omittedCredentials,
        supports: 'The SHOULD this policy sets aside: omitted credentials are 401’s case.',
      },
      {
        ref: 'rfc9110-11.6.2',
        quote: QUOTE.authorizationAfter401,
        supports: 'Clients that wait for a 401 never send credentials here.',
      },
      {
        ref: 'rfc6750-3',
        quote: QUOTE.bearerChallengeRequired,
        supports: 'Bearer still needs a challenge on this 403.',
      },
    ],
  },
  'hidden-from-anonymous': {
    status: 404,
    title: 'Hide existence from an anonymous caller',
    verdict: prose`
      When even the existence of the resource is secret, an anonymous request gets 404 Not Found, byte for byte the
      same as a URL that maps to nothing.
    `,
    rationale: [
      prose`
        404 covers a server that is not willing to disclose that a representation exists. GitHub does this for
        private repositories: a stranger cannot tell a private repository from a missing one.
      `,
      prose`
        The hiding only works if it is indistinguishable: the example is the shared 404 of the API, the same status,
        header fields and body as a real 404 in every setting, and the timing should be similar.
      `,
      prose`
        This knowingly sets aside RFC 9110 §11.4, which says an origin server SHOULD answer 401 to a request that
        omits credentials; the basis is 404’s own definition ("not willing to disclose that one exists"). Do it only
        where existence itself is the secret.
      `,
      prose`
        With Bearer tokens there is also RFC 6750 §3: when the request has no token that enables access, the
        resource server MUST include WWW-Authenticate. It squares with hiding this way: the API sends the same bare
        WWW-Authenticate: Bearer realm="api" on every 404, real or hiding (RFC 9110 §11.6.1 lets any response carry
        a challenge). The MUST is met, and a challenge on a 404 reveals nothing when every 404 has it. Omitting it
        only on hidden 404s would both break the MUST and make them recognisable.
      `,
      prose`
        The price: clients that send credentials only after a 401 (RFC 9110 §11.6.2: "usually, but not
        necessarily, after receiving a 401 (Unauthorized) response") never authenticate against a 404, with or without a challenge on it. Browsers with Basic or Digest,
        and HTTP libraries whose credential handlers wait for a 401, can never reach a hidden resource; its
        legitimate clients must send credentials up front. Say so in your API documentation.
      `,
      'A legitimate user who forgot to sign in sees "not found": the shared 404 body invites them to sign in.',
    ],
    ...SHARED_404,
    clientNext: prose`
      Nothing to do for a stranger. A legitimate client sends its credentials with the first request (not in answer
      to a 401) and tries again.
    `,
    alternative: {
      status: 401,
      whyWrong: prose`
        A 401 confirms that something protected lives at this URL, which is the very information you meant to keep
        secret.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.5',
        quote: QUOTE.notFound,
        supports: '404 may mean "will not disclose".',
      },
      {
        ref: 'rfc9110-11.4',
        quote: QUOTE.omittedCredentialsSays401,
        supports: 'The default this outcome deliberately sets aside: a SHOULD, not a MUST.',
      },
      {
        ref: 'rfc6750-3',
        quote: QUOTE.bearerChallengeRequired,
        supports: 'Bearer’s MUST, which the uniform challenge on every 404 satisfies.',
      },
      {
        ref: 'rfc9110-11.6.1',
        quote: prose`
          A server MAY generate a WWW-Authenticate header field in other response messages to indicate that
          supplying credentials (or different credentials) might affect the response.
        `,
        supports: 'A challenge may ride on a 404.',
      },
      {
        ref: 'rfc9110-11.6.2',
        quote: QUOTE.authorizationAfter401,
        supports: 'Clients that wait for a 401 never authenticate against a 404.',
      },
    ],
  },
  'client-certificate-refused': {
    status: 403,
    title: 'Client certificate missing or rejected',
    verdict: prose`
      With mutual TLS, a missing or untrusted client certificate is refused in the TLS handshake; if the handshake
      lets the connection through, the application answers 403 Forbidden. Never 401: there is no HTTP challenge for
      a TLS certificate.
    `,
    rationale: [
      prose`
        The certificate is presented in the TLS handshake, below HTTP. When the server requires one, the handshake
        itself fails (TLS 1.3 defines a certificate_required alert, paraphrased below) and no HTTP status is ever
        sent.
      `,
      prose`
        Servers often make the certificate optional at the TLS layer (nginx ssl_verify_client optional, so that some
        routes work without) and decide in HTTP. Then the answer is 403: the server understood and refuses. Another
        certificate might help, but only on a new connection.
      `,
      prose`
        401 would be wrong: it must carry a challenge applicable to the resource, and no challenge exists that a
        retried HTTP request on this connection could satisfy: another certificate needs a new TLS handshake. RFC
        9110 leaves transport-level authentication outside its challenge-response framework.
      `,
      prose`
        Not to be confused with a certificate-bound OAuth token (RFC 8705) presented over a connection whose
        certificate does not match: there the token is the HTTP credential and fails, so it is 401 invalid_token
        (invalid-credentials). Such tokens are Bearer tokens: walk the guide with the Bearer setting for them.
      `,
    ],
    headers: [],
    body: problem({
      type: 'https://example.com/probs/client-certificate-required',
      title: 'Client certificate required',
      status: 403,
      detail: prose`
        This API accepts only connections authenticated with a client certificate issued by the Example Corp CA.
      `,
    }),
    clientNext: prose`
      Configure the client certificate and key issued by the CA the server trusts, open a new connection and repeat
      the request. Retrying on the same connection will not help.
    `,
    alternative: {
      status: 401,
      whyWrong: prose`
        401 requires a challenge applicable to the resource, and no HTTP request on this connection can answer one
        with a certificate: it takes a new TLS handshake. The client would be asked for credentials it has no way
        to give.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-11.4',
        quote: prose`
          HTTP does not restrict applications to this simple challenge-response framework for access authentication.
          Additional mechanisms can be used, such as authentication at the transport level or via message
          encapsulation, and with additional header fields specifying authentication information. However, such
          additional mechanisms are not defined by this specification.
        `,
        supports: 'Certificates are transport-level authentication, outside the 401 framework.',
      },
      {
        ref: 'rfc9110-15.5.2',
        quote: QUOTE.challengeRequired,
        supports: 'Why 401 does not fit: there is no challenge to send.',
      },
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.forbidden,
        supports: 'Refusal in HTTP: 403.',
      },
    ],
    paraphrases: [
      {
        source: 'rfc8446-4.4.2.4',
        paraphrase: prose`
          If the client sends no certificate, the server may continue the handshake without client authentication
          or abort it with a certificate_required alert; an unacceptable certificate chain may likewise abort the
          handshake.
        `,
        supports: 'Refusal in the handshake.',
      },
      {
        source: 'rfc8705-3',
        paraphrase: prose`
          A protected resource accepting certificate-bound access tokens must check that the client certificate of
          the mutual-TLS connection matches the one bound to the token and, if not, reject the request with a 401
          and the invalid_token error code of RFC 6750.
        `,
        supports: 'The mismatch case belongs to invalid credentials.',
      },
    ],
  },
  'malformed-credentials': {
    status: 400,
    title: 'Credentials sent in a malformed request',
    verdict: prose`
      A request that sends its credentials wrongly (a required parameter missing or repeated, an
      unsupported parameter, the token sent in more than one way) is malformed: 400 Bad Request (Bearer:
      error="invalid_request"). A token that is itself garbled is invalid: 401.
    `,
    rationale: [
      prose`
        400 is for a request the server cannot or will not process because of a client error such as
        malformed request syntax. A request that carries a token in both the Authorization header and the
        query string, or repeats a parameter, is broken as a request, whatever the token is worth.
      `,
      prose`
        For OAuth Bearer tokens RFC 6750 names this case: error="invalid_request", answered with 400, with
        the WWW-Authenticate challenge carrying the error so that the client knows what went wrong.
      `,
      prose`
        Do not stretch this to bad tokens. RFC 6750 puts an expired, revoked or malformed token under
        invalid_token, which is 401; wrong passwords and unknown users are 401 too.
      `,
    ],
    headers: [
      {
        name: 'WWW-Authenticate',
        requirement: 'MUST',
        condition: 'with Bearer tokens',
        schemes: ['bearer'],
        value: prose`
          Bearer realm="api", error="invalid_request", error_description="The access token was sent in more
          than one place"
        `,
        why: prose`
          A Bearer resource server includes the challenge, with the error code, when the request does not
          carry a token that enables access.
        `,
        ref: 'rfc6750-3',
      },
    ],
    variants: {
      basic: {
        challenge: null,
        why: prose`
          A 400 needs no challenge; say what is malformed in the body (two Authorization fields, say). Credentials
          that do not decode (not valid Base64) are invalid credentials: 401 with the Basic challenge, so that the
          browser can ask again (RFC 9110 §11.4).
        `,
        clientNext: 'Fix the Authorization header, then repeat the request.',
      },
      digest: {
        challenge: null,
        why: 'Missing or repeated directives: say which in the body.',
        clientNext: 'Fix the Authorization header, then repeat the request.',
      },
      'api-key': {
        challenge: null,
        why: 'For example the key sent both in the header and in the query string.',
        clientNext: 'Send the key once, in the header, then repeat the request.',
      },
      cookie: {
        challenge: null,
        why: 'Rare: a garbled session cookie is usually treated as no session.',
        clientNext: 'Clear the cookies and sign in again.',
      },
    },
    body: problem({
      type: 'https://example.com/probs/invalid-request',
      title: 'Malformed credentials',
      status: 400,
      detail: 'The access token was sent in more than one place. Send it once, in the Authorization header.',
    }),
    clientNext: prose`
      Fix the request (one credential, in one place, with the parameters the scheme requires) before
      retrying; retrying unchanged will fail again.
    `,
    alternative: {
      status: 401,
      whyWrong: prose`
        401 says the credentials were not valid and invites the client to try others. Here the credentials
        may be fine and the request is broken: new credentials sent the same broken way fail again.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.1',
        quote: prose`
          The 400 (Bad Request) status code indicates that the server cannot or will not process the request
          due to something that is perceived to be a client error (e.g., malformed request syntax, invalid
          request message framing, or deceptive request routing).
        `,
        supports: 'A malformed request is a client error: 400.',
      },
      {
        ref: 'rfc6750-3.1',
        quote: prose`
          The request is missing a required parameter, includes an unsupported parameter or parameter value,
          repeats the same parameter, uses more than one method for including an access token, or is otherwise
          malformed.  The resource server SHOULD respond with the HTTP 400 (Bad Request) status code.
        `,
        supports: 'Bearer: invalid_request is a 400.',
      },
      {
        ref: 'rfc6750-3.1',
        quote: QUOTE.invalidToken,
        supports: 'The limit of this outcome: a malformed token itself is invalid_token, a 401.',
      },
    ],
  },
  'csrf-failed': {
    status: 403,
    title: 'Cross-site request forgery check failed',
    verdict: prose`
      An unsafe request that carries a session cookie but no valid CSRF token (or comes from an untrusted Origin)
      gets 403 Forbidden with the reason. Not 401, whatever the state of the session: new credentials would not help;
      the request did not prove it came from your own pages.
    `,
    rationale: [
      prose`
        Checked before the session is (as Django’s middleware does), so the session may be valid, stale or forged;
        what fails is proof that the user meant to send this request. New credentials would not help: the browser would attach the new cookie to a forged request just the same. A 401 would also send
        the person round a pointless sign-in loop.
      `,
      prose`
        403 with a reason is what Django (CsrfViewMiddleware, "CSRF verification failed") and Spring Security
        (CsrfFilter, handled by the access-denied handler) answer. Rails differs: by default it maps
        ActionController::InvalidAuthenticityToken to 422 Unprocessable Content. This guide recommends 403.
      `,
      prose`
        The reason is safe to disclose (missing token, token mismatch, untrusted Origin). The usual cause is a page
        left open longer than the token lives: re-render the form with a fresh token.
      `,
      prose`
        Bearer tokens and API keys sent in headers need no CSRF token: a cross-site form cannot send them. Cached
        Basic credentials and client certificates are attached by the browser just like cookies and need the same
        protection.
      `,
    ],
    headers: [],
    body: problem({
      type: 'https://example.com/probs/csrf-token-invalid',
      title: 'CSRF token missing or invalid',
      status: 403,
      detail: 'The form has expired. Reload the page and submit it again.',
    }),
    clientNext: prose`
      Get a fresh CSRF token (reload the page, or read it again from the cookie or meta tag your framework sets) and
      repeat the request once. Do not sign the user out.
    `,
    alternative: {
      status: 401,
      whyWrong: prose`
        401 says the credentials are missing or wrong. Whatever the state of the session, signing in again would not
        supply the missing token, and a forged request would carry the new cookie anyway.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.forbidden,
        supports: 'Understood and refused.',
      },
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.unrelatedToCredentials,
        supports: 'New credentials would not change the answer; the request is the problem.',
      },
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.sayWhy,
        supports: 'Say which check failed.',
      },
    ],
    paraphrases: [
      {
        source: 'django-csrf',
        paraphrase: 'Django answers a failed CSRF check with 403, through the view named by CSRF_FAILURE_VIEW.',
        supports: 'A framework that answers 403.',
      },
      {
        source: 'spring-security-csrf',
        paraphrase: prose`
          Spring Security hands a failed CSRF check to the AccessDeniedHandler, which answers 403 by default.
        `,
        supports: 'Another framework that answers 403.',
      },
    ],
  },
  'invalid-credentials': {
    status: 401,
    title: 'Invalid credentials',
    verdict: prose`
      Unknown user, wrong password, expired, revoked or garbled token, a token for another audience or from an
      untrusted issuer: 401 Unauthorized with a fresh WWW-Authenticate challenge (Bearer: error="invalid_token").
    `,
    rationale: [
      prose`
        The credentials were sent and refused, so the request still lacks valid authentication credentials: that is
        401. RFC 9110 §11.4 names the bad password as the example.
      `,
      prose`
        A JWT with the wrong audience (aud) or from an issuer you do not trust (iss) is invalid too, not a
        permission problem: it was never meant for this API, so none of your permission rules apply to it. RFC 6750
        covers it with "invalid for other reasons". The same holds for a certificate-bound token presented with
        another client certificate (RFC 8705 §3).
      `,
      prose`
        Every 401 carries a WWW-Authenticate challenge. With Bearer add error="invalid_token" (and an
        error_description if helpful) so that the client knows to get a new token rather than ask for more rights.
        Each scheme’s challenge is in the section per scheme below.
      `,
      prose`
        Use one message for "no such user" and "wrong password", so that the response does not reveal which accounts
        exist.
      `,
      prose`
        Also reached from a public resource when you choose to reject bad credentials there
        (public-credentials=reject); the other choice, ignoring them, serves the public 200.
      `,
      prose`
        A person loading a page with an expired session cookie is redirected instead (redirect-to-login); mutual TLS
        refuses untrusted certificates in the handshake (client-certificate-refused).
      `,
    ],
    headers: [
      {
        name: 'WWW-Authenticate',
        requirement: 'MUST',
        value: 'Bearer realm="api", error="invalid_token", error_description="The access token expired"',
        why: 'Every 401 carries at least one (possibly new) challenge; Bearer adds the error code.',
        ref: 'rfc9110-11.6.1',
      },
    ],
    variants: {
      bearer: {
        challenge: 'Bearer realm="api", error="invalid_token", error_description="The access token expired"',
        why: prose`
          invalid_token covers expired, revoked, malformed, a wrong aud or iss, and a bound-certificate mismatch
          (RFC 6750 §3.1; RFC 8705 §3, paraphrased).
        `,
        clientNext: prose`
          Refresh the token (or have the user sign in again) and repeat the request; never with the same token.
        `,
      },
      basic: {
        challenge: 'Basic realm="admin", charset="UTF-8"',
        why: prose`
          The same challenge again. RFC 9110 §15.5.2: a user agent that already tried and gets the same challenge
          SHOULD show the response body instead of asking again.
        `,
        clientNext: 'Ask the user again; after a repeated failure, show the response body instead of looping.',
      },
      digest: {
        challenge: DIGEST_CHALLENGE.replace(/nonce="[^"]*"/, 'nonce="<new nonce>"'),
        why: prose`
          A new challenge, without stale: the password was wrong. Add stale=true only when the nonce expired but the
          digest was computed from the right password (RFC 7616 §3.3, paraphrased, not quoted): the client then
          retries with the new nonce without asking the user, so on a wrong password it would loop.
        `,
        clientNext: prose`
          With stale=true, recompute with the new nonce without asking the user; otherwise ask for the credentials
          again.
        `,
      },
      'api-key': {
        challenge: `${CUSTOM.apiKey}, error="invalid_key"`,
        why: `${CUSTOM.why} The error parameter is our own, modelled on Bearer’s.`,
        clientNext: 'Replace the key (revoked, expired or mistyped) and repeat the request.',
      },
      cookie: {
        challenge: CUSTOM.cookie,
        why: `${CUSTOM.why} A dead session: challenge, and expire the cookie. Page loads are redirected instead.`,
        clientNext: 'Treat the session as ended: show the sign-in form, then repeat the request.',
        fields: [EXPIRE_SESSION],
      },
    },
    body: problem({
      type: 'https://example.com/probs/invalid-credentials',
      title: 'Invalid credentials',
      status: 401,
      detail: 'The credentials were not accepted (expired, revoked or wrong). Get new ones and try again.',
    }),
    clientNext: prose`
      Get new credentials (refresh the token, ask the user to sign in again) and repeat
      the request; do not repeat it with the same credentials.
    `,
    alternative: {
      status: 403,
      whyWrong: prose`
        403 says the server understood the request and refuses to fulfill it. An expired, wrong or foreign
        credential identifies nobody here: the client must authenticate again, and 401 with a fresh challenge is
        what tells it so.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-11.4',
        quote: QUOTE.omittedCredentials,
        supports: 'Invalid credentials: 401 with a challenge.',
      },
      {
        ref: 'rfc9110-15.5.2',
        quote: QUOTE.refusedCredentials,
        supports: 'A 401 after credentials means those credentials were refused.',
      },
      {
        ref: 'rfc9110-15.5.2',
        quote: prose`
          The user agent MAY repeat the request with a new or replaced Authorization header field (Section 11.6.2).
        `,
        supports: 'New credentials may succeed.',
      },
      {
        ref: 'rfc6750-3.1',
        quote: prose`
          The access token provided is expired, revoked, malformed, or invalid for other reasons.  The resource
          SHOULD respond with the HTTP 401 (Unauthorized) status code.  The client MAY request a new access token
          and retry the protected resource request.
        `,
        supports: 'Bearer: invalid_token is a 401, wrong audience or issuer included ("other reasons").',
      },
    ],
    paraphrases: [
      {
        source: 'rfc8705-3',
        paraphrase: prose`
          When the client certificate of the connection does not match the one a certificate-bound access token
          is bound to, the resource server rejects the request with 401 and the invalid_token error code.
        `,
        supports: 'A bound-token mismatch lands here.',
      },
    ],
  },
  'step-up-required': {
    status: 401,
    title: 'Sign-in too weak or too old (step-up)',
    verdict: prose`
      The token is valid but the sign-in behind it is not strong or recent enough for this request: 401 Unauthorized
      with error="insufficient_user_authentication" and acr_values and/or max_age (RFC 9470).
    `,
    rationale: [
      prose`
        RFC 9470 gives the resource server a Bearer error code, insufficient_user_authentication, for "the
        authentication event behind this token does not meet my requirements", sent with 401, and two challenge
        parameters saying what would: acr_values (acceptable authentication context classes, in order of preference)
        and max_age (how many seconds may have passed since the user last actively authenticated) (paraphrased
        below).
      `,
      prose`
        This is the exception to the rule of thumb "401 for authentication, 403 for authorization": the server knows
        who is asking and still answers 401, because a stronger or fresher authentication of the same user would
        succeed, and 401 is the code that asks for authentication. RFC 9470 departs here on purpose from RFC 9110
        §11.4, where valid credentials that are not adequate "ought to" get a 403.
      `,
      prose`
        The client’s next step is at the authorization server, not here: it starts a new authorization request
        carrying the acr_values and/or max_age, the user re-authenticates (MFA, password), and the client retries
        with the new token. The resource server checks the token’s acr and auth_time (from a JWT access token or
        introspection).
      `,
      prose`
        For cookie sessions called from code the same 401 works with the custom challenge (see the section per
        scheme); for page loads see redirect-to-reauthenticate. API keys and client certificates carry no sign-in
        event, and Basic and Digest cannot tell a fresh password entry from a cached one: with those schemes the
        answer is 403 (step-up-not-possible), unless the endpoint also accepts user access tokens.
      `,
      'Not insufficient_scope (the token’s rights are enough) and not invalid_token (the token is fine).',
    ],
    headers: [
      {
        name: 'WWW-Authenticate',
        requirement: 'MUST',
        value: STEP_UP_CHALLENGE,
        why: 'Names what sign-in would succeed (error code and parameters from RFC 9470 §3, paraphrased).',
        ref: 'rfc9110-11.6.1',
      },
    ],
    variants: {
      bearer: {
        challenge: STEP_UP_CHALLENGE,
        why: prose`
          RFC 9470 §3 (paraphrased, not quoted): error code insufficient_user_authentication, with acr_values and
          max_age.
        `,
      },
      basic: {
        challenge: USER_TOKEN_STEP_UP,
        why: prose`
          Only if the endpoint also accepts user access tokens: the 401 names Bearer, the scheme that can step up.
          Basic itself cannot: its credentials are computed from user-id and password alone, and the browser may
          resend cached ones, so the server cannot tell a fresh entry from a cached one. If the endpoint accepts only
          Basic, answer 403 (step-up-not-possible); a separate “confirm” realm loops or never steps up.
        `,
        clientNext: 'Call this endpoint with a user’s access token obtained with the required sign-in.',
      },
      digest: {
        challenge: USER_TOKEN_STEP_UP,
        why: prose`
          Only if the endpoint also accepts user access tokens. Digest itself cannot step up: the browser reuses the
          password it cached and nothing in the response tells a fresh entry from a cached one. If the endpoint
          accepts only Digest, answer 403 (step-up-not-possible).
        `,
        clientNext: 'Call this endpoint with a user’s access token obtained with the required sign-in.',
      },
      'api-key': {
        challenge: USER_TOKEN_STEP_UP,
        why: prose`
          Only if the endpoint also accepts user access tokens: an API key carries no user sign-in, so it can never
          satisfy a step-up. If the endpoint accepts only keys, answer 403 (step-up-not-possible).
        `,
        clientNext: 'Call this endpoint with a user’s access token obtained with the required sign-in.',
      },
      cookie: {
        challenge: prose`
          Cookie realm="app", form-action="/reauthenticate", cookie-name="session",
          error="insufficient_user_authentication", max_age=300
        `,
        why: `${CUSTOM.why} It borrows RFC 9470’s vocabulary. Page loads are redirected to the confirmation page instead.`,
        clientNext: 'Open the confirmation dialog (/reauthenticate), then repeat the request.',
      },
      mtls: {
        challenge: USER_TOKEN_STEP_UP,
        why: prose`
          Only if the endpoint also accepts user access tokens: a client certificate carries no user sign-in. If it
          accepts only certificates, answer 403 (step-up-not-possible): mutual TLS never gets a 401.
        `,
        clientNext: 'Call this endpoint with a user’s access token obtained with the required sign-in.',
      },
    },
    body: problem({
      type: 'https://example.com/probs/step-up-required',
      title: 'Confirm your identity',
      status: 401,
      detail: 'Transfers need a sign-in with MFA within the last 5 minutes.',
    }),
    clientNext: prose`
      Send the user back to the authorization server with the acr_values and/or max_age from the challenge
      (re-authentication, MFA), obtain a new access token, then repeat the request with it.
    `,
    alternative: {
      status: 403,
      whyWrong: prose`
        403 says the server refuses, and clients do not re-authenticate on 403. Here a stronger or fresher sign-in
        would succeed, and 401 with the RFC 9470 challenge tells the client exactly which one.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.2',
        quote: QUOTE.refusedCredentials,
        supports: prose`
          A 401 after credentials means those credentials were refused; RFC 9470 uses this for an authentication
          event that is too weak.
        `,
      },
      {
        ref: 'rfc9110-11.6.1',
        quote: prose`
          A server generating a 401 (Unauthorized) response MUST send a WWW-Authenticate header field containing at
          least one challenge.
        `,
        supports: 'The challenge carries the requirement.',
      },
      {
        ref: 'rfc6750-3',
        quote: 'Other auth-param attributes MAY be used as well.',
        supports: 'acr_values and max_age ride in the Bearer challenge.',
      },
    ],
    paraphrases: [
      {
        source: 'rfc9470-3',
        paraphrase: prose`
          Defines the error code insufficient_user_authentication (the authentication event associated with the
          access token does not meet the resource’s requirements), returned with 401, and the WWW-Authenticate
          parameters acr_values (space-separated, in order of preference) and max_age (allowable elapsed seconds
          since the last active authentication).
        `,
        supports: 'The outcome itself.',
      },
      {
        source: 'rfc9470-4',
        paraphrase: 'The client makes a new authorization request including the acr_values and/or max_age it received.',
        supports: 'The client’s next step.',
      },
      {
        source: 'rfc9470-6',
        paraphrase: prose`
          The acr and auth_time claims in JWT access tokens or introspection responses carry the authentication
          information the resource server checks.
        `,
        supports: 'How the server decides.',
      },
    ],
  },
  'step-up-not-possible': {
    status: 403,
    title: 'Step-up needed, but the scheme cannot step up',
    verdict: prose`
      The operation needs a person’s strong or recent sign-in, and the caller authenticates with a client
      certificate, an API key, Basic or Digest: none of them can prove one. 403 Forbidden, saying which credentials
      the operation needs; not a 401 whose challenge these callers could never answer.
    `,
    rationale: [
      prose`
        A step-up (RFC 9470, paraphrased below) asks for a stronger or fresher sign-in of the same user: the client
        sends the user back to the authorization server and returns with a new access token. That works for OAuth
        access tokens (Bearer) and, with the same idea, for cookie sessions (step-up-required,
        redirect-to-reauthenticate).
      `,
      prose`
        Client certificates and API keys identify a client, not a sign-in: there is no sign-in event to
        strengthen. A 401 must carry a challenge applicable to the resource (RFC 9110 §15.5.2); on an endpoint that
        accepts only certificates or keys no such challenge exists, and mutual TLS never gets a 401
        (client-certificate-refused).
      `,
      prose`
        Basic and Digest cannot step up either. Basic credentials are computed from user-id and password alone (RFC
        7617 §2), whatever the realm, and the user agent may reuse credentials within a protection space without
        asking (RFC 9110 §11.5): the server cannot tell a fresh password entry from a cached one, so a “confirm”
        realm either loops on 401 or never steps up. Digest puts the realm into its hash, but gives no freshness
        signal either.
      `,
      prose`
        So the credentials are valid and not adequate: RFC 9110 §11.4 says such a request ought to get 403. Say in
        the body what the operation needs. If the endpoint also accepts user access tokens, the client can call it
        with one: that is the Bearer setting, answered by step-up-required.
      `,
    ],
    headers: [],
    variants: {
      bearer: {
        challenge: null,
        why: 'Not reached with Bearer tokens: they can step up (step-up-required, 401).',
      },
      basic: {
        challenge: null,
        why: prose`
          No challenge: a Basic challenge would make the browser resend the cached password or loop, and the server
          cannot tell a fresh entry from a cached one.
        `,
      },
      digest: {
        challenge: null,
        why: 'No challenge: Digest gives no signal that the password was entered again rather than reused.',
      },
      'api-key': {
        challenge: null,
        why: 'No challenge: an API key carries no user sign-in, and no key would change the answer.',
      },
      cookie: {
        challenge: null,
        why: 'Not reached with cookie sessions: they can step up (step-up-required, or redirect-to-reauthenticate).',
      },
      mtls: {
        challenge: null,
        why: 'No challenge: a client certificate carries no user sign-in, and mutual TLS never gets a 401.',
      },
    },
    body: problem({
      type: 'https://example.com/probs/user-sign-in-required',
      title: 'This operation needs a person’s recent sign-in',
      status: 403,
      detail: prose`
        Transfers need a user access token from a sign-in with MFA within the last 5 minutes. The credentials sent
        cannot prove one.
      `,
    }),
    clientNext: prose`
      Do not repeat the request with the same credentials. Call this operation with a user’s access token obtained
      with the required sign-in, if the endpoint accepts one, or through the channel meant for people.
    `,
    alternative: {
      status: 401,
      whyWrong: prose`
        A 401 must carry a challenge the client could answer. A client certificate, an API key or a cached
        password cannot answer a step-up: the client loops, or is asked for a sign-in its scheme has no way to
        give.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-11.4',
        quote: QUOTE.validNotAdequate,
        supports: 'Valid credentials that no retry with the same scheme can make adequate: 403.',
      },
      {
        ref: 'rfc9110-15.5.2',
        quote: QUOTE.challengeRequired,
        supports: 'A 401 needs a challenge these callers could answer; there is none.',
      },
      {
        ref: 'rfc7617-2',
        quote: 'The value is computed based on user-id and password as defined below.',
        supports: 'Basic credentials do not change with the realm or with a fresh entry.',
      },
      {
        ref: 'rfc9110-11.5',
        quote: prose`
          If a prior request has been authorized, the user agent MAY reuse the same credentials for all other
          requests within that protection space for a period of time determined by the authentication scheme,
          parameters, and/or user preferences (such as a configurable inactivity timeout).
        `,
        supports: 'Cached credentials come back without the user entering them.',
      },
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.insufficientCredentials,
        supports: '403: not with these credentials; with others (a user access token) it may work.',
      },
    ],
    paraphrases: [
      {
        source: 'rfc9470-3',
        paraphrase: prose`
          The step-up challenge (error code insufficient_user_authentication, with acr_values and max_age) is
          defined for OAuth 2.0 protected resources and access tokens: it describes the authentication event behind
          an access token.
        `,
        supports: 'Step-up needs a token that records a sign-in.',
      },
      {
        source: 'rfc9470-4',
        paraphrase: 'The client answers it with a new authorization request at the authorization server.',
        supports: 'A client with a certificate, a key or a password has no such request to make.',
      },
    ],
  },
  'redirect-to-reauthenticate': {
    status: 302,
    title: 'Redirect to confirm the sign-in',
    verdict: prose`
      A person loading a page whose session is valid but too old or too weak for it is redirected (302, or 303 after
      a POST) to a re-authentication page (password or MFA prompt), with a link back.
    `,
    rationale: [
      prose`
        The page-load twin of step-up-required. The person is signed in: keep the session, ask them to confirm
        (GitHub’s "sudo mode" works this way), then send them back.
      `,
      prose`
        If sign-in happens at an OpenID provider, the re-authentication page sends an authentication request with
        max_age or acr_values there (OpenID Connect Core, not quoted here).
      `,
      prose`
        fetch/XHR calls of the same app get step-up-required (401) with the custom cookie challenge (see the section
        per scheme), so the script can open the confirmation dialog itself.
      `,
    ],
    headers: [
      {
        name: 'Location',
        requirement: 'SHOULD',
        value: '/reauthenticate?next=%2Fsettings%2Fdelete-account',
        why: 'Where to confirm, and where to return.',
        ref: 'rfc9110-15.4.3',
      },
    ],
    body: { type: 'text/html; charset=utf-8', text: prose`
      <p>Please <a href="/reauthenticate?next=%2Fsettings%2Fdelete-account">confirm your password</a> to
      continue.</p>
    ` },
    clientNext: prose`
      The browser follows the redirect; after confirming, the application sends the user back to the original URL.
    `,
    alternative: {
      status: 403,
      whyWrong: 'A 403 page leaves the person stuck although a password prompt would let them through.',
    },
    citations: [
      {
        ref: 'rfc9110-15.4.3',
        quote: QUOTE.location,
        supports: 'Where to go.',
      },
      ...SEE_OTHER_AFTER_POST,
    ],
  },
  'account-barred': {
    status: 403,
    title: 'Account suspended or locked',
    verdict: prose`
      Valid credentials, but the account itself is suspended, locked or banned: 403 Forbidden, saying so when that
      is safe.
    `,
    rationale: [
      prose`
        The account is refused because of who it is. That is known only after authentication, which is why it is
        asked there and not with the address blocks (client-barred).
      `,
      prose`
        The credentials are valid; 401 would make the client refresh its token or sign the user in again, and land
        here again. Another account may be allowed, as RFC 9110 §15.5.4 allows.
      `,
      'Tell the user what happened and the way out (contact support, when a lock ends).',
      prose`
        A coherent alternative design: revoke the account’s tokens when suspending it. Its requests then fail as
        invalid-credentials (401 invalid_token) and new sign-ins fail at the authorization server. Either way, do
        not answer 401 to a token you still accept as valid.
      `,
      prose`
        With Bearer, the token does not enable access, so RFC 6750 §3 requires a challenge: a bare Bearer
        realm="api" without an error code. insufficient_scope would send the client after a bigger token in vain.
      `,
    ],
    headers: [BEARER_ON_403],
    body: problem({
      type: 'https://example.com/probs/account-suspended',
      title: 'Account suspended',
      status: 403,
      detail: 'This account is suspended. Contact support@example.com.',
    }),
    clientNext: prose`
      Do not retry and do not refresh the token. Show the reason; only the service (support, the end of a lock) can
      lift it.
    `,
    alternative: {
      status: 401,
      whyWrong: prose`
        401 says the credentials failed; they did not. The client would re-authenticate and come straight back here.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.forbidden,
        supports: 'Understood and refused.',
      },
      {
        ref: 'rfc9110-15.5.4',
        quote: prose`
          If authentication credentials were provided in the request, the server considers them insufficient to
          grant access. The client SHOULD NOT automatically repeat the request with the same credentials.
        `,
        supports: 'Valid but insufficient; no automatic retry.',
      },
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.sayWhy,
        supports: 'Say "suspended".',
      },
      {
        ref: 'rfc6750-3',
        quote: QUOTE.bearerChallengeRequired,
        supports: 'The bare Bearer challenge.',
      },
    ],
  },
  'insufficient-scope': {
    status: 403,
    title: 'Token scope too narrow',
    verdict: prose`
      The access token is valid but carries less scope than the request needs, and a token with more scope for the
      same user would succeed: 403 Forbidden with WWW-Authenticate: Bearer error="insufficient_scope" and the scope
      needed.
    `,
    rationale: [
      prose`
        RFC 6750 reserves insufficient_scope for a request that requires "higher privileges than provided by the
        access token". Use it only when more scope would actually succeed: the user may be granted invoices:write,
        the token simply was not issued with it.
      `,
      'Add the scope attribute: the client can ask the authorization server for a token with exactly that scope.',
      prose`
        Refusals by role, ownership, plan or tenant are not this (forbidden, feature-unavailable, forbidden-record):
        no token would help, and the client would loop asking for tokens. Scoped API keys follow the same idea
        without a registered error code (see the section per scheme).
      `,
    ],
    headers: [
      {
        name: 'WWW-Authenticate',
        requirement: 'MUST',
        condition: 'with Bearer',
        schemes: ['bearer'],
        value: prose`
          Bearer realm="api", error="insufficient_scope", error_description="invoices:write is required",
          scope="invoices:write"
        `,
        why: 'The token does not enable access; the error and the scope say what would.',
        ref: 'rfc6750-3',
      },
    ],
    variants: {
      'api-key': {
        challenge: null,
        why: prose`
          Scoped (restricted) keys exist, but no error code is registered for them: name the missing permission in
          the body.
        `,
        clientNext: 'Use or create a key with that permission, then repeat the request.',
      },
    },
    body: problem({
      type: 'https://example.com/probs/insufficient-scope',
      title: 'Insufficient scope',
      status: 403,
      detail: 'This request needs a token with the invoices:write scope.',
    }),
    clientNext: prose`
      Request a new access token that includes the scope from the challenge (the user may have to consent), then
      repeat the request with it. Do not retry with the same token.
    `,
    alternative: {
      status: 401,
      whyWrong: prose`
        The token is valid; invalid_token would make the client refresh the same token with the same scopes and fail
        again.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-11.4',
        quote: QUOTE.validNotAdequate,
        supports: 'Valid but inadequate: 403.',
      },
      {
        ref: 'rfc6750-3.1',
        quote: prose`
          The request requires higher privileges than provided by the access token.  The resource server SHOULD
          respond with the HTTP 403 (Forbidden) status code and MAY include the "scope" attribute with the scope
          necessary to access the protected resource.
        `,
        supports: 'insufficient_scope: 403, with the scope.',
      },
      {
        ref: 'rfc6750-3',
        quote: prose`
          In some cases, the "scope" value will be used when requesting a new access token with sufficient scope of
          access to utilize the protected resource.
        `,
        supports: 'What the client does with the scope.',
      },
      {
        ref: 'rfc9110-15.5.4',
        quote: prose`
          The client SHOULD NOT automatically repeat the request with the same credentials. The client MAY repeat
          the request with new or different credentials.
        `,
        supports: 'Retry only with a better token.',
      },
    ],
  },
  'feature-unavailable': {
    status: 403,
    title: 'Feature needs something the account lacks',
    verdict: prose`
      The account is in good standing, but this feature requires something it lacks (a verified e-mail address, a
      paid plan, accepted terms): 403 Forbidden for this feature, with the reason and how to fix it.
    `,
    rationale: [
      prose`
        Refused for this feature only; elsewhere the account works, unlike account-barred. Give each requirement its
        own problem type (email-unverified, plan-required) so that clients can show the right fix.
      `,
      prose`
        Not 401: the credentials are valid and signing in again changes nothing. Not 402: RFC 9110 reserves it for
        future use, so clients have no defined handling.
      `,
      prose`
        With Bearer, a bare challenge (RFC 6750 §3) and no error code: insufficient_scope would be wrong, since a
        token with more scope does not verify an e-mail address or pay for a plan.
      `,
    ],
    headers: [BEARER_ON_403],
    body: problem({
      type: 'https://example.com/probs/plan-required',
      title: 'Upgrade required for exports',
      status: 403,
      detail: 'Exports are part of the Pro plan. Upgrade at https://example.com/billing.',
    }),
    clientNext: prose`
      Do not retry as is. Show the reason and the fix (verify the e-mail address, upgrade the plan), and repeat once
      the account has changed.
    `,
    alternative: {
      status: 402,
      whyWrong: prose`
        Reserved for future use by RFC 9110; clients have no defined handling for it. A 403 with a typed reason
        works today.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.forbidden,
        supports: 'Understood and refused.',
      },
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.sayWhy,
        supports: 'The fix goes in the body.',
      },
      {
        ref: 'rfc9110-15.5.3',
        quote: 'The 402 (Payment Required) status code is reserved for future use.',
        supports: 'Why not 402.',
      },
      {
        ref: 'rfc6750-3',
        quote: QUOTE.bearerChallengeRequired,
        supports: 'The bare Bearer challenge.',
      },
    ],
  },
  forbidden: {
    status: 403,
    title: 'Authenticated but not permitted',
    verdict: prose`
      A valid caller whose role, group or policy forbids this operation (on every record of the kind) gets 403
      Forbidden. With Bearer: a bare challenge and no error code, not insufficient_scope.
    `,
    rationale: [
      prose`
        The server understood the request and refuses it, and the credentials are valid. RFC 9110 §11.4 recommends
        it in one line: a server that receives valid credentials that are not adequate to gain access ought to
        respond with 403. Repeating the request with the same credentials will not help; another account, or a role
        granted by an administrator, may (RFC 9110 §15.5.4: the client MAY repeat the request with new or different
        credentials).
      `,
      prose`
        This refusal is decided before the record is looked up, so /invoices/42 and /invoices/99999 get the same
        403: it is about the operation, and reveals nothing about which ids exist (Google’s AIP-211 recommends
        exactly this). The body speaks of the operation, not of a record. Refusals that depend on the record are
        forbidden-record.
      `,
      prose`
        With Bearer tokens: the token does not enable access, so RFC 6750 §3 requires a WWW-Authenticate challenge,
        but none of its error codes fits. insufficient_scope is reserved for requests that need "higher privileges
        than provided by the access token"; here no token would help, and the code would send the client after more
        scope in a loop. RFC 6750 §3.1 says a failed request includes one of its error codes, and §3 makes the error
        attribute a SHOULD when authentication failed, which it did not. No code fits, so we depart from §3.1
        deliberately: Bearer realm="api", and the reason in the body. (Spring Security’s BearerTokenAccessDeniedHandler sends
        insufficient_scope for every 403; override it for role refusals.)
      `,
      prose`
        403 is not "never retry": that was RFC 2616. Since RFC 7231 a client MAY repeat the request with new or
        different credentials; it SHOULD NOT repeat it automatically with the same ones.
      `,
    ],
    headers: [BEARER_ON_403],
    body: problem({
      type: 'https://example.com/probs/role-forbidden',
      title: 'Not allowed for your role',
      status: 403,
      detail: 'Your role (viewer) may not delete invoices.',
    }),
    clientNext: prose`
      Do not repeat the request automatically with the same credentials. Ask an administrator for the role, use
      another account, or give up.
    `,
    alternative: {
      status: 401,
      whyWrong: prose`
        401 would tell the client its credentials are not valid and send it round the sign-in loop again, while they
        are valid and simply not enough. (Apache’s default of a fresh 401 challenge here is the classic example.)
      `,
    },
    citations: [
      {
        ref: 'rfc9110-11.4',
        quote: QUOTE.validNotAdequate,
        supports: 'Valid but inadequate credentials: 403.',
      },
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.insufficientCredentials,
        supports: '403 after credentials: insufficient, and retrying with others is allowed.',
      },
      {
        ref: 'rfc6750-3',
        quote: QUOTE.bearerChallengeRequired,
        supports: 'Bearer still needs a challenge.',
      },
      {
        ref: 'rfc6750-3',
        quote: prose`
          If the protected resource request included an access token and failed authentication, the resource server
          SHOULD include the "error" attribute to provide the client with the reason why the access request was
          declined.
        `,
        supports: 'The SHOULD for the error code is tied to failed authentication, which this is not.',
      },
      {
        ref: 'rfc6750-3.1',
        quote: prose`
          When a request fails, the resource server responds using the appropriate HTTP status code (typically, 400,
          401, 403, or 405) and includes one of the following error codes in the response:
        `,
        supports: 'Points the other way: a code in every failure. None of the three fits here, so we leave it out on purpose.',
      },
      {
        ref: 'rfc6750-3.1',
        quote: 'The request requires higher privileges than provided by the access token.',
        supports: 'What insufficient_scope is reserved for, and why it does not fit here.',
      },
      {
        ref: 'rfc7231-6.5.3',
        quote: QUOTE.mayRetryWithOthers,
        supports: 'Where the "may retry" wording first appeared.',
      },
      {
        ref: 'rfc2616-10.4.4',
        quote: 'Authorization will not help and the request SHOULD NOT be repeated.',
        supports: 'The obsolete wording behind the "403 means never retry" myth.',
      },
    ],
  },
  'hidden-from-unauthorized': {
    status: 404,
    title: 'Hide existence from a caller without access',
    verdict: prose`
      Not permitted, and the existence of the endpoint or record must stay secret from this caller: 404 Not Found
      instead of 403, byte for byte the same as a real 404.
    `,
    rationale: [
      prose`
        RFC 9110 explicitly allows it: an origin server that wishes to hide the existence of a forbidden resource
        MAY respond with 404. Multi-tenant designs use it so that one tenant cannot enumerate another’s records;
        GitHub uses it for private repositories.
      `,
      prose`
        Reached two ways: a role refusal for an endpoint that is itself secret (reveal-existence=no), and another
        owner’s record found by an unscoped lookup (reveal-record=no). A scoped lookup reaches the same 404 more
        simply, as a missing record (not-found-after-checks).
      `,
      prose`
        A secret endpoint must also not leak before authentication: answer “yes” at the route question for it (no
        405 with Allow, no 410, no preflight answer of its own), so that every caller without access gets this 404.
      `,
      prose`
        The example is the shared 404 of the API, identical in every setting; keep the timing similar too. With Bearer
        the bare challenge is on every 404 (see hidden-from-anonymous), which also meets RFC 6750 §3 here, where the
        token does not enable access.
      `,
      'The trade-off is support: a user with the wrong account sees "not found" rather than "ask for access".',
    ],
    ...SHARED_404,
    clientNext: prose`
      Nothing to do; to the client the resource does not exist. A user who expected it checks that they are signed
      in with the right account.
    `,
    alternative: {
      status: 403,
      whyWrong: prose`
        403 is correct about permissions but confirms that the resource exists, which is the fact you must not
        disclose to this caller.
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
        ref: 'rfc6750-3',
        quote: QUOTE.bearerChallengeRequired,
        supports: 'Why the Bearer challenge is on every 404.',
      },
    ],
  },
  'forbidden-record': {
    status: 403,
    title: 'Someone else’s record',
    verdict: prose`
      The record exists (found by an unscoped lookup) but belongs to another owner or tenant, and the caller may
      know it exists: 403 Forbidden.
    `,
    rationale: [
      prose`
        Reachable only after the record has been found, so nobody is ever told 403 about a record that does not
        exist.
      `,
      prose`
        Tenant- or owner-scoped lookups never get here: they find nothing and answer 404 (not-found-after-checks).
        For tenant data, prefer them: the simplest way to never leak another tenant’s ids.
      `,
      prose`
        When existence is not a secret (a colleague’s document in a shared workspace), 403 is the helpful answer:
        the body can say whom to ask for access.
      `,
      'With Bearer: bare challenge, no error code (as forbidden).',
    ],
    headers: [BEARER_ON_403],
    body: problem({
      type: 'https://example.com/probs/not-shared',
      title: 'Not shared with you',
      status: 403,
      detail: 'You do not have access to this document; ask its owner to share it.',
    }),
    clientNext: 'Do not retry automatically. Ask the owner for access, or switch to an account that has it.',
    alternative: {
      status: 404,
      whyWrong: prose`
        Right only when the record’s existence must stay secret (reveal-record=no); otherwise it hides a fixable
        situation ("ask for access") behind "not found".
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.forbidden,
        supports: 'Understood and refused.',
      },
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.mayRetryWithOthers,
        supports: 'Another account may have access.',
      },
      {
        ref: 'rfc9110-15.5.4',
        quote: QUOTE.hideForbidden,
        supports: 'The alternative when existence is secret.',
      },
    ],
  },
  'not-found-after-checks': {
    status: 404,
    title: 'Record missing, after the checks',
    verdict: prose`
      The caller passed every check (or the resource is public), and the record does not exist, or not within the
      caller’s scope: 404 Not Found.
    `,
    rationale: [
      prose`
        Only now, with the caller authenticated and permitted (or the resource public), does the server look the
        record up. Looking it up before authentication would let a stranger tell existing ids from missing ones by
        the difference between 401/403 and 404.
      `,
      prose`
        A tenant- or owner-scoped lookup (WHERE id = ? AND tenant_id = ?) that finds nothing lands here too:
        "missing" and "someone else’s" get the same 404, so no tenant learns another’s ids.
      `,
      prose`
        The example is the shared 404 of the API: it must not differ from the hiding 404s (no id in the body). If the
        record is known to be gone for good, answer 410 (gone).
      `,
    ],
    ...SHARED_404,
    clientNext: prose`
      Check the identifier (and the account you are signed in with). Repeating the request or changing credentials
      will not help.
    `,
    alternative: {
      status: 403,
      whyWrong: prose`
        The caller is allowed to ask; there is just nothing to return in its scope. 403 would send them to ask for
        permissions they already have, and would confirm the record exists elsewhere.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.5',
        quote: QUOTE.notFound,
        supports: 'Nothing found (in scope): 404.',
      },
    ],
  },
  allowed: {
    status: 200,
    title: 'Allowed',
    verdict: 'Nothing stands in the way: answer with success (200 OK or another 2xx that fits the method).',
    rationale: [
      prose`
        The resource is public, or the caller is authenticated and permitted, and the record exists. Neither 401 nor
        403 applies.
      `,
      prose`
        Use the 2xx that fits the method: 200 for a read, 201 when a POST created something, 204 when there is
        nothing to send back. For HEAD: the same status and header fields as GET, without the body.
      `,
      prose`
        A public resource reached with bad credentials that you chose to ignore (public-credentials=ignore) lands
        here too.
      `,
    ],
    headers: [],
    body: { type: 'application/json', text: '{"id":42,"total":"19.99"}' },
    clientNext: 'Use the response.',
    alternative: {
      status: 403,
      whyWrong: prose`
        Nothing is refused here. A 403 for a permitted caller is a bug in the authorization rules, not a
        choice of status code.
      `,
    },
    variants: {
      // Credentials outside the Authorization header need caching disallowed (RFC 9110 §16.4.2).
      'api-key': {
        challenge: null,
        why: 'The key travels outside Authorization, so shared caches must not keep the response (RFC 9110 §16.4.2).',
        fields: [{ name: 'Cache-Control', value: 'private' }],
      },
      cookie: {
        challenge: null,
        why: prose`
          The session cookie travels outside Authorization, so shared caches must not keep the response (RFC 9110
          §16.4.2).
        `,
        fields: [{ name: 'Cache-Control', value: 'private' }],
      },
      mtls: {
        challenge: null,
        why: prose`
          The client certificate authenticates the connection, not the request, so shared caches must not keep the
          response (the same reasoning as RFC 9110 §16.4.2).
        `,
        fields: [{ name: 'Cache-Control', value: 'private' }],
      },
    },
    citations: [
      {
        ref: 'rfc9110-15.3.1',
        quote: 'The 200 (OK) status code indicates that the request has succeeded.',
        supports: 'Success is 200 (or another 2xx).',
      },
      {
        ref: 'rfc9110-9.3.2',
        quote: prose`
          The server SHOULD send the same header fields in response to a HEAD request as it would have sent if the
          request method had been GET.
        `,
        supports: 'HEAD: same header fields, no body.',
      },
    ],
  },
} as const satisfies Record<string, OutcomeData>;

export type OutcomeSlug = keyof typeof OUTCOME_DATA;
/** In the order of the list above: the order of lists, the flowchart source and the exports. */
export const OUTCOME_SLUGS = Object.keys(OUTCOME_DATA) as OutcomeSlug[];

/** Old slug -> the slug that replaced it. Every slug that ever shipped keeps resolving. */
export const RETIRED_SLUGS: Readonly<Record<string, OutcomeSlug>> = {};

/** An outcome with what is derived from its data: its slug, reason phrase and canonical example. */
export interface Outcome extends Omit<OutcomeData, 'alternative'> {
  slug: OutcomeSlug;
  reason: string;
  /** The canonical raw example response (Bearer, code, GET): status line, fields, blank line, body. */
  example: string;
  alternative: OutcomeData['alternative'] & { reason: string };
}

/** The one line of a header field as sent: `WWW-Authenticate: Bearer realm="api"`. */
export function headerLine(h: HeaderField): string {
  return `${h.name}: ${h.value}`;
}

/** How an outcome reads with a scheme: its challenge (or none), why, and the client's next step. */
export interface ResolvedVariant {
  scheme: Scheme;
  challenge: string | null;
  /** Null when nothing scheme-specific needs saying. */
  why: string | null;
  clientNext: string;
  fields: readonly HeaderField[];
}

export function variantFor(o: OutcomeData, scheme: Scheme): ResolvedVariant {
  const v = o.variants?.[scheme];
  const advised = o.headers.find((h) => h.name === 'WWW-Authenticate' && (!h.schemes || h.schemes.includes(scheme)));
  return {
    scheme,
    challenge: v ? v.challenge : (advised?.value ?? null),
    why: v?.why ?? null,
    clientNext: v?.clientNext ?? o.clientNext,
    fields: v?.fields ?? [],
  };
}

/** Whether the outcome reads differently with some scheme (then pages show every scheme's variant). */
export function hasVariants(o: OutcomeData): boolean {
  const first = JSON.stringify(variantFor(o, SETTINGS.scheme[0]));
  return SETTINGS.scheme.some((s) => JSON.stringify({ ...variantFor(o, s), scheme: SETTINGS.scheme[0] }) !== first);
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]!);

/**
 * The body a page load gets: browsers show HTML, not a problem document; it is built from the problem's title
 * and detail, by one rule for every outcome, so responses that must be identical stay identical.
 */
function bodyFor(body: Body, settings: ExampleSettings): Body {
  if (settings.client !== 'navigation' || body.type !== 'application/problem+json') return body;
  const { title, detail } = JSON.parse(body.text) as { title: string; detail?: string };
  const t = escapeHtml(title);
  return {
    type: 'text/html; charset=utf-8',
    text: `<!doctype html><title>${t}</title><h1>${t}</h1>${detail ? `<p>${escapeHtml(detail)}</p>` : ''}`,
  };
}

/**
 * The advised header fields a response carries with a scheme, in the outcome's order: those meant for the
 * scheme, and WWW-Authenticate with the scheme's own challenge, or left out when the scheme has none.
 */
export function advisedFor(o: OutcomeData, scheme: Scheme): HeaderAdvice[] {
  const variant = variantFor(o, scheme);
  return o.headers.flatMap((h): HeaderAdvice[] => {
    if (h.name === 'WWW-Authenticate') return variant.challenge === null ? [] : [{ ...h, value: variant.challenge }];
    return !h.schemes || h.schemes.includes(scheme) ? [h] : [];
  });
}

export const EXAMPLE_METHODS = ['GET', 'HEAD'] as const;
export type ExampleMethod = (typeof EXAMPLE_METHODS)[number];

/**
 * The example response as it would appear on the wire (LF line ends, for pasting), for the settings:
 * the scheme's challenge replaces the canonical one (or is left out), a page load gets HTML, and HEAD
 * gets the same status line and fields without the content (RFC 9110 §9.3.2).
 */
export function exampleFor(o: OutcomeData, settings: ExampleSettings = DEFAULT_SETTINGS, method: ExampleMethod = 'GET'): string {
  const variant = variantFor(o, settings.scheme);
  const advised = advisedFor(o, settings.scheme);
  const body = o.body && bodyFor(o.body, settings);
  const fields = [...advised, ...(o.fields ?? []), ...variant.fields, ...(body ? [{ name: 'Content-Type', value: body.type }] : [])];
  const content = body && method === 'GET' ? body.text : '';
  return `HTTP/1.1 ${statusLine(o.status)}\n${fields.map(headerLine).join('\n')}\n\n${content}`;
}

function derive(slug: OutcomeSlug): Outcome {
  const data: OutcomeData = OUTCOME_DATA[slug];
  return {
    ...data,
    slug,
    reason: reasonPhrase(data.status),
    example: exampleFor(data),
    alternative: { ...data.alternative, reason: reasonPhrase(data.alternative.status) },
  };
}

export const OUTCOMES = Object.fromEntries(OUTCOME_SLUGS.map((slug) => [slug, derive(slug)])) as Readonly<Record<OutcomeSlug, Outcome>>;
