/**
 * The outcomes of the decision, keyed by slug. Slugs are permanent: they are URLs (/outcomes/<slug>/)
 * that people paste into code reviews. Renaming one means adding its old slug to RETIRED_SLUGS.
 *
 * Only facts are written here. The reason phrase comes from the status (status.ts), and the example
 * response is generated from the status, the header advice and the body, so none of them is retyped.
 */
import { prose } from './prose.ts';
import type { Citation, SectionId } from './rfc.ts';
import { reasonPhrase, statusLine, type StatusCode } from './status.ts';

export const REQUIREMENT_LEVELS = ['MUST', 'SHOULD', 'MAY'] as const;
export type RequirementLevel = (typeof REQUIREMENT_LEVELS)[number];

export interface HeaderAdvice {
  name: string;
  requirement: RequirementLevel;
  /** When the requirement applies only to some schemes, e.g. "with Bearer tokens". */
  condition?: string;
  /** The field value of the example, e.g. `Bearer realm="api"`. */
  value: string;
  why: string;
  ref: SectionId;
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
  /** The example response's content. */
  body: { type: string; text: string };
  /** What a well-behaved client does next. */
  clientNext: string;
  /** The answer people are tempted to give here, and why it is wrong. */
  alternative: { status: StatusCode; whyWrong: string };
  /** The first citation is the decisive one. */
  citations: readonly [Citation, ...Citation[]];
}

/** Sentences that several outcomes quote, written once. */
const QUOTE = {
  notFound: prose`
    The 404 (Not Found) status code indicates that the origin server did not find a current
    representation for the target resource or is not willing to disclose that one exists.
  `,
  challengeRequired: prose`
    The server generating a 401 response MUST send a WWW-Authenticate header field (Section 11.6.1)
    containing at least one challenge applicable to the target resource.
  `,
  omittedCredentials: prose`
    Upon receipt of a request for a protected resource that omits credentials, contains invalid
    credentials (e.g., a bad password) or partial credentials (e.g., when the authentication scheme
    requires more than one round trip), an origin server SHOULD send a 401 (Unauthorized) response that
    contains a WWW-Authenticate header field with at least one (possibly new) challenge applicable to
    the requested resource.
  `,
  invalidToken: prose`
    The access token provided is expired, revoked, malformed, or invalid for other reasons.  The
    resource SHOULD respond with the HTTP 401 (Unauthorized) status code.
  `,
} as const;

const OUTCOME_DATA = {
  'proxy-authentication-required': {
    status: 407,
    title: 'Proxy wants credentials',
    verdict: prose`
      A proxy that needs the client to authenticate answers 407 with a Proxy-Authenticate challenge, never
      401.
    `,
    rationale: [
      prose`
        407 is 401’s twin for the hop between the client and a proxy. It tells the client that the proxy
        itself, not the server that owns the resource, wants credentials.
      `,
      prose`
        Answering 401 from a proxy would make the client send an Authorization header meant for the origin
        server, and would leak or misroute credentials.
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
          The proxy MUST send a Proxy-Authenticate header field (Section 11.7.1) containing a challenge
          applicable to that proxy for the request.
        `,
        supports: 'A 407 must carry a Proxy-Authenticate challenge.',
      },
      {
        ref: 'rfc9110-11.3',
        quote: prose`
          A 407 (Proxy Authentication Required) response message is used by a proxy to challenge the
          authorization of a client, including a Proxy-Authenticate header field containing at least one
          challenge applicable to the proxy for the requested resource.
        `,
        supports: '407 is the proxy’s challenge.',
      },
      {
        ref: 'rfc7235-3.2',
        quote: prose`
          The proxy MUST send a Proxy-Authenticate header field (Section 4.3) containing a challenge
          applicable to that proxy for the target resource.
        `,
        supports: 'The same rule in the obsoleted RFC 7235.',
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
        Answer the same 404 to anonymous and authenticated callers alike, so that probing unknown paths
        teaches nothing. If you know the resource is gone for good, 410 (Gone) is the more precise answer.
      `,
    ],
    headers: [],
    body: { type: 'text/plain; charset=utf-8', text: 'No resource matches this URL.' },
    clientNext: 'Check the URL. Repeating the request or adding credentials will not help.',
    alternative: {
      status: 401,
      whyWrong: prose`
        A 401 challenge for a URL that does not exist sends the client off to authenticate for nothing, and
        tells a prober that this path is protected.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.5',
        quote: QUOTE.notFound,
        supports: 'Nothing found: 404.',
      },
    ],
  },
  'client-barred': {
    status: 403,
    title: 'Client barred whatever its identity',
    verdict: prose`
      A client refused regardless of who it is (blocklisted address, suspended or unverified account) gets
      403 Forbidden.
    `,
    rationale: [
      prose`
        The server understood the request and refuses it, and new credentials would not change that: this is
        what 403 is for. RFC 9110 says so outright: a request might be forbidden for reasons unrelated to
        the credentials.
      `,
      prose`
        401 would be wrong: it invites the client to try other credentials, which cannot help a blocked
        address, and it must carry a challenge that leads nowhere. Say why in the body when it is safe to
        (“account suspended”, “verify your e-mail address first”).
      `,
    ],
    headers: [],
    body: { type: 'application/problem+json', text: '{"type":"https://example.com/probs/account-suspended","title":"Account suspended","status":403}' },
    clientNext: prose`
      Do not retry automatically. Show the reason to the user; only a change on the server side
      (unblocking, verification) helps.
    `,
    alternative: {
      status: 401,
      whyWrong: prose`
        401 means the request lacks valid credentials and invites a retry with others. Here the identity is
        known or irrelevant, so no credentials can help.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.4',
        quote: prose`
          The 403 (Forbidden) status code indicates that the server understood the request but refuses to
          fulfill it.
        `,
        supports: 'Understood and refused: 403.',
      },
      {
        ref: 'rfc9110-15.5.4',
        quote: 'However, a request might be forbidden for reasons unrelated to the credentials.',
        supports: '403 is not limited to permissions: it covers refusals that no credentials could lift.',
      },
      {
        ref: 'rfc9110-15.5.4',
        quote: prose`
          A server that wishes to make public why the request has been forbidden can describe that reason in
          the response content (if any).
        `,
        supports: 'Tell the client why, when that is safe.',
      },
    ],
  },
  'authentication-required': {
    status: 401,
    title: 'Authentication required',
    verdict: 'No credentials for a protected resource: 401 Unauthorized with a WWW-Authenticate challenge.',
    rationale: [
      prose`
        401 means the request lacks valid authentication credentials for the target resource. That is
        exactly the situation of an anonymous caller asking for something private.
      `,
      prose`
        A 401 MUST carry a WWW-Authenticate header field with at least one challenge: it is how the client
        learns which scheme to use. For a Bearer-token API that is \`Bearer\` with no error code, because
        the request carried no token at all (RFC 6750 §3.1).
      `,
      prose`
        If your clients sign in through an HTML form rather than an HTTP scheme, this is not your outcome:
        see the redirect to the login page. If you must not reveal the resource exists, answer 404 instead.
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
    body: { type: 'application/json', text: '{"error":"authentication required"}' },
    clientNext: prose`
      Obtain credentials for the scheme the challenge names and repeat the request with an Authorization
      header field.
    `,
    alternative: {
      status: 403,
      whyWrong: prose`
        403 says the server understood the request and refuses to fulfill it. Here, sending credentials
        would change the answer, and telling the client so is 401’s job. Frameworks that answer 403 here
        (Spring Security without an entry point, DRF with session authentication) are a known source of this
        confusion.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.2',
        quote: prose`
          The 401 (Unauthorized) status code indicates that the request has not been applied because it lacks
          valid authentication credentials for the target resource.
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
        ref: 'rfc6750-3.1',
        quote: prose`
          If the request lacks any authentication information (e.g., the client was unaware that
          authentication is necessary or attempted using an unsupported authentication method), the resource
          server SHOULD NOT include an error code or other error information.
        `,
        supports: 'For Bearer tokens, no error code when no token was sent.',
      },
      {
        ref: 'rfc7235-3.1',
        quote: prose`
          The server generating a 401 response MUST send a WWW-Authenticate header field (Section 4.1)
          containing at least one challenge applicable to the target resource.
        `,
        supports: 'Unchanged from RFC 7235.',
      },
    ],
  },
  'redirect-to-login': {
    status: 302,
    title: 'Redirect to the sign-in page',
    verdict: prose`
      A person in a browser who is not signed in is redirected (302 or 303) to the sign-in page, with a
      link back.
    `,
    rationale: [
      prose`
        A browser cannot answer a form-login scheme through WWW-Authenticate, and a bare 401 leaves a person
        looking at an error. For HTML pages behind a form login, the useful answer is a redirect to the
        sign-in page that remembers where to return.
      `,
      prose`
        Keep this to navigations by people. API calls, fetch/XHR requests and non-HTML clients of the same
        application should get 401 with a challenge: redirecting them hands a login page to a program that
        expected JSON (this is why .NET 10 stopped redirecting known API endpoints).
      `,
      prose`
        Use 303 (See Other) to redirect a POST so that the browser fetches the login page with GET; 302 is
        what most frameworks send for GET navigations.
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
      The browser follows the redirect; after sign-in the application sends the user back to the original
      URL.
    `,
    alternative: {
      status: 401,
      whyWrong: prose`
        401 must carry a WWW-Authenticate challenge, and a form login has no scheme a browser can answer:
        the person would see an error page instead of a way to sign in. For page navigations the redirect is
        the useful answer; API calls of the same application still get 401.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.4.3',
        quote: prose`
          The server SHOULD generate a Location header field in the response containing a URI reference for
          the different URI.
        `,
        supports: 'A redirect names where to go.',
      },
      {
        ref: 'rfc9110-15.4.4',
        quote: prose`
          It is primarily used to allow the output of a POST action to redirect the user agent to a different
          resource, since doing so provides the information corresponding to the POST response as a resource
          that can be separately identified, bookmarked, and cached.
        `,
        supports: '303 after a POST.',
      },
      {
        ref: 'rfc9110-15.5.2',
        quote: QUOTE.challengeRequired,
        supports: 'A 401 without a challenge is not a valid 401, which is why a form-login page redirects instead.',
      },
    ],
  },
  'hidden-from-anonymous': {
    status: 404,
    title: 'Hide existence from an anonymous caller',
    verdict: prose`
      When even the existence of the resource is secret, an anonymous request gets 404 Not Found, exactly
      like a URL that maps to nothing.
    `,
    rationale: [
      prose`
        404 covers a server that is not willing to disclose that a representation exists. GitHub does this
        for private repositories: a stranger cannot tell a private repository from a missing one.
      `,
      prose`
        The hiding only works if it is indistinguishable: same status, same body, same headers, similar
        timing as a real 404. No WWW-Authenticate here: a challenge would reveal that something is
        protected.
      `,
      prose`
        This knowingly sets aside RFC 9110 §11.4, which says an origin server SHOULD answer 401 to a request
        that omits credentials; the basis for doing so is 404’s own definition (“not willing to disclose
        that one exists”). Do it only where existence itself is the secret.
      `,
      prose`
        The cost: a legitimate user who forgot to sign in sees “not found”. Offer sign-in in the body of
        every 404 so they can recover.
      `,
    ],
    headers: [],
    body: { type: 'text/plain; charset=utf-8', text: 'No resource matches this URL.' },
    clientNext: 'Nothing to do for a stranger. A legitimate user signs in and tries again.',
    alternative: {
      status: 401,
      whyWrong: prose`
        A 401 challenge confirms that something protected lives at this URL, which is the very information
        you meant to keep secret.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.5',
        quote: QUOTE.notFound,
        supports: '404 may mean “will not disclose”.',
      },
      {
        ref: 'rfc9110-11.4',
        quote: prose`
          Upon receipt of a request for a protected resource that omits credentials, contains invalid
          credentials (e.g., a bad password) or partial credentials (e.g., when the authentication scheme
          requires more than one round trip), an origin server SHOULD send a 401 (Unauthorized) response
        `,
        supports: 'The default this outcome deliberately sets aside: a SHOULD, not a MUST.',
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
    body: { type: 'application/json', text: '{"error":"invalid_request"}' },
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
  'invalid-credentials': {
    status: 401,
    title: 'Invalid credentials',
    verdict: prose`
      Unknown user, wrong password, expired, revoked or garbled token: 401 Unauthorized with a fresh
      WWW-Authenticate challenge (Bearer: error="invalid_token").
    `,
    rationale: [
      prose`
        The credentials were sent and refused, so the request still lacks valid authentication credentials:
        that is 401. RFC 9110 §11.4 names the bad password as the example.
      `,
      prose`
        Every 401 carries a WWW-Authenticate challenge. For Bearer tokens add error="invalid_token" (and an
        error_description if helpful) so that the client knows to get a new token rather than ask the user
        for more rights.
      `,
      prose`
        Use one message for “no such user” and “wrong password”, so that the response does not reveal which
        accounts exist.
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
    body: { type: 'application/json', text: '{"error":"invalid_token"}' },
    clientNext: prose`
      Get new credentials (refresh the token, ask the user to sign in again) and repeat the request; do
      not repeat it with the same credentials.
    `,
    alternative: {
      status: 403,
      whyWrong: prose`
        403 says the server understood the request and refuses to fulfill it, and that other credentials
        might help only by the by. An expired or wrong credential identifies nobody: the client must
        authenticate again, and 401 with a fresh challenge is what tells it so.
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
        quote: prose`
          If the request included authentication credentials, then the 401 response indicates that
          authorization has been refused for those credentials.
        `,
        supports: 'A 401 after credentials means those credentials were refused.',
      },
      {
        ref: 'rfc6750-3.1',
        quote: QUOTE.invalidToken,
        supports: 'Bearer: invalid_token is a 401.',
      },
    ],
  },
  forbidden: {
    status: 403,
    title: 'Authenticated but not permitted',
    verdict: prose`
      Valid credentials that do not grant access to this resource: 403 Forbidden (Bearer:
      error="insufficient_scope").
    `,
    rationale: [
      prose`
        The server understood the request and refuses it, and the credentials are valid: authenticating
        again would not help. RFC 9110 §11.4 recommends it in one line: a server that receives valid
        credentials that are not adequate to gain access ought to respond with 403.
      `,
      prose`
        403 is not “never retry”: that was RFC 2616. Since RFC 7231 a client MAY repeat the request with new
        or different credentials (another account, a token with more scopes); it SHOULD NOT repeat it
        automatically with the same ones.
      `,
      prose`
        For Bearer tokens add WWW-Authenticate with error="insufficient_scope" and the scope needed, so that
        the client can ask for a better token.
      `,
    ],
    headers: [
      {
        name: 'WWW-Authenticate',
        requirement: 'MUST',
        condition: 'with Bearer tokens',
        value: 'Bearer realm="api", error="insufficient_scope", scope="invoices:write"',
        why: prose`
          A token that does not enable access gets a Bearer challenge with error="insufficient_scope" and the
          scope needed. With other schemes it is optional (RFC 9110 §11.6.1: it MAY indicate that different
          credentials might help).
        `,
        ref: 'rfc6750-3',
      },
    ],
    body: { type: 'application/json', text: '{"error":"insufficient_scope"}' },
    clientNext: prose`
      Do not repeat the request automatically with the same credentials. Ask for more rights, use another
      account, or give up.
    `,
    alternative: {
      status: 401,
      whyWrong: prose`
        401 would tell the client its credentials are not valid and send it round the sign-in loop again,
        while they are valid and simply not enough. (Apache’s default of a fresh 401 challenge here is the
        classic example.)
      `,
    },
    citations: [
      {
        ref: 'rfc9110-11.4',
        quote: prose`
          A server that receives valid credentials that are not adequate to gain access ought to respond with
          the 403 (Forbidden) status code (Section 15.5.4).
        `,
        supports: 'Valid but inadequate credentials: 403.',
      },
      {
        ref: 'rfc9110-15.5.4',
        quote: prose`
          If authentication credentials were provided in the request, the server considers them insufficient
          to grant access. The client SHOULD NOT automatically repeat the request with the same credentials.
          The client MAY repeat the request with new or different credentials.
        `,
        supports: '403 after credentials: insufficient, and retrying with others is allowed.',
      },
      {
        ref: 'rfc6750-3.1',
        quote: prose`
          The request requires higher privileges than provided by the access token.  The resource server
          SHOULD respond with the HTTP 403 (Forbidden) status code and MAY include the "scope" attribute with
          the scope necessary to access the protected resource.
        `,
        supports: 'Bearer: insufficient_scope is a 403.',
      },
      {
        ref: 'rfc7231-6.5.3',
        quote: 'The client MAY repeat the request with new or different credentials.',
        supports: 'Where the “may retry” wording first appeared.',
      },
      {
        ref: 'rfc2616-10.4.4',
        quote: 'Authorization will not help and the request SHOULD NOT be repeated.',
        supports: 'The obsolete wording behind the “403 means never retry” myth.',
      },
    ],
  },
  'hidden-from-unauthorized': {
    status: 404,
    title: 'Hide existence from a caller without access',
    verdict: prose`
      Not permitted, and the resource’s existence must stay secret from this caller: 404 Not Found instead
      of 403.
    `,
    rationale: [
      prose`
        RFC 9110 explicitly allows it: an origin server that wishes to hide the existence of a forbidden
        resource MAY respond with 404. OWASP and multi-tenant designs use it so that one tenant cannot
        enumerate another’s records.
      `,
      prose`
        Make it indistinguishable from a real 404 (same body, headers and timing), or the hiding leaks. The
        trade-off is support: a user with the wrong account sees “not found” rather than “ask for access”.
      `,
    ],
    headers: [],
    body: { type: 'text/plain; charset=utf-8', text: 'No resource matches this URL.' },
    clientNext: 'Nothing to do; to the client the resource does not exist.',
    alternative: {
      status: 403,
      whyWrong: prose`
        403 is correct about permissions but confirms that the resource exists, which is the fact you must
        not disclose to this caller.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.4',
        quote: prose`
          An origin server that wishes to "hide" the current existence of a forbidden target resource MAY
          instead respond with a status code of 404 (Not Found).
        `,
        supports: 'Hiding a forbidden resource behind 404 is allowed.',
      },
      {
        ref: 'rfc9110-15.5.5',
        quote: QUOTE.notFound,
        supports: '404 may mean “will not disclose”.',
      },
    ],
  },
  'not-found-after-checks': {
    status: 404,
    title: 'Record missing, after the checks',
    verdict: prose`
      The caller passed every check (or the resource is public), and the record does not exist: 404 Not
      Found.
    `,
    rationale: [
      prose`
        Only now, with the caller authenticated and permitted (or the resource public), does the server
        reveal whether the record exists. Checking existence before authentication would let a stranger tell
        existing ids from missing ones by the difference between 401/403 and 404.
      `,
      'If the record is known to be gone for good, 410 (Gone) is the more precise answer.',
    ],
    headers: [],
    body: { type: 'application/json', text: '{"error":"no invoice with id 99999"}' },
    clientNext: 'Check the identifier. Repeating the request or changing credentials will not help.',
    alternative: {
      status: 403,
      whyWrong: prose`
        The caller is allowed to ask; there is just nothing to return. 403 would send them to ask for
        permissions they already have.
      `,
    },
    citations: [
      {
        ref: 'rfc9110-15.5.5',
        quote: QUOTE.notFound,
        supports: 'Nothing found: 404.',
      },
    ],
  },
  allowed: {
    status: 200,
    title: 'Allowed',
    verdict: 'Nothing stands in the way: answer with success (200 OK or another 2xx that fits the method).',
    rationale: [
      prose`
        The resource is public, or the caller is authenticated and permitted, and the resource exists.
        Neither 401 nor 403 applies.
      `,
      prose`
        Use the 2xx that fits the method: 200 for a read, 201 when a POST created something, 204 when there
        is nothing to send back.
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
    citations: [
      {
        ref: 'rfc9110-15.3.1',
        quote: 'The 200 (OK) status code indicates that the request has succeeded.',
        supports: 'Success is 200 (or another 2xx).',
      },
    ],
  },
} as const satisfies Record<string, OutcomeData>;

export type OutcomeSlug = keyof typeof OUTCOME_DATA;
/** In the order of the list above: the order of lists, the flowchart source and the exports. */
export const OUTCOME_SLUGS = Object.keys(OUTCOME_DATA) as OutcomeSlug[];

/** Old slug -> the slug that replaced it. Every slug that ever shipped keeps resolving. */
export const RETIRED_SLUGS: Readonly<Record<string, OutcomeSlug>> = {};

/** An outcome with what is derived from its data: its slug, reason phrase and example response. */
export interface Outcome extends Omit<OutcomeData, 'alternative'> {
  slug: OutcomeSlug;
  reason: string;
  /** A raw example response: status line, header fields, blank line, body. */
  example: string;
  alternative: OutcomeData['alternative'] & { reason: string };
}

/** The one line of a header field as sent: `WWW-Authenticate: Bearer realm="api"`. */
export function headerLine(h: Pick<HeaderAdvice, 'name' | 'value'>): string {
  return `${h.name}: ${h.value}`;
}

/** The example response as it would appear on the wire (LF line ends, for pasting). */
export function exampleResponse(o: Pick<OutcomeData, 'status' | 'headers' | 'body'>): string {
  const fields = [...o.headers.map(headerLine), `Content-Type: ${o.body.type}`];
  return `HTTP/1.1 ${statusLine(o.status)}\n${fields.join('\n')}\n\n${o.body.text}`;
}

function derive(slug: OutcomeSlug): Outcome {
  const data: OutcomeData = OUTCOME_DATA[slug];
  return {
    ...data,
    slug,
    reason: reasonPhrase(data.status),
    example: exampleResponse(data),
    alternative: { ...data.alternative, reason: reasonPhrase(data.alternative.status) },
  };
}

export const OUTCOMES = Object.fromEntries(OUTCOME_SLUGS.map((slug) => [slug, derive(slug)])) as Readonly<Record<OutcomeSlug, Outcome>>;
