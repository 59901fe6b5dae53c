/**
 * The checker's rules in words: title, what triggers it, the deciding sentence (verbatim from an excerpt,
 * or a marked paraphrase), the outcome that shows the right response, and one failing and one passing
 * exchange (the unit tests run both; the rule pages show them). Ids and severities are in ids.ts, what
 * each rule looks for in check.ts.
 */
import { RULE_IDS, RULE_SEVERITY, type RuleId } from './ids.ts';
import type { RuleData } from './types.ts';

export { RULE_IDS, RULE_SEVERITY, type RuleId };


const SPRING_ANONYMOUS_403 = 'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"error":"Forbidden"}';
/** The same refusal to a request that sent a token: RFC 6750 §3 then requires a Bearer challenge. */
const SPRING_ANONYMOUS_403_BEARER = 'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer realm="api"\nContent-Type: application/json\n\n{"error":"Forbidden"}';

/**
 * Plain literals only (no calls at module level): the bundler can then drop this module from pages that
 * import the decision index without using the checker (the wizard).
 */
export const RULES = {
  '401-without-challenge': {
    id: '401-without-challenge',
    severity: RULE_SEVERITY['401-without-challenge'],
    title: '401 without WWW-Authenticate',
    summary: 'A 401 (Unauthorized) response carries no WWW-Authenticate header field, so the client is not told how to authenticate.',
    citation: {
      ref: 'rfc9110-15.5.2',
      quote: 'The server generating a 401 response MUST send a WWW-Authenticate header field (Section 11.6.1) containing at least one challenge applicable to the target resource.',
      supports: 'A 401 always carries a challenge.',
    },
    outcome: 'authentication-required',
    examples: {
      failing: { response: 'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"message":"Unauthorized"}' },
      passing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"\nContent-Type: application/json\n\n{"message":"Unauthorized"}' },
    },
  },
  '407-without-challenge': {
    id: '407-without-challenge',
    severity: RULE_SEVERITY['407-without-challenge'],
    title: '407 without Proxy-Authenticate',
    summary: 'A 407 (Proxy Authentication Required) response carries no Proxy-Authenticate header field.',
    citation: {
      ref: 'rfc9110-15.5.8',
      quote: 'The proxy MUST send a Proxy-Authenticate header field (Section 11.7.1) containing a challenge applicable to that proxy for the request.',
      supports: 'A 407 always carries a proxy challenge.',
    },
    outcome: 'proxy-authentication-required',
    examples: {
      failing: { response: 'HTTP/1.1 407 Proxy Authentication Required\nContent-Length: 0' },
      passing: { response: 'HTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Basic realm="corporate proxy"\nContent-Length: 0' },
    },
  },
  '405-without-allow': {
    id: '405-without-allow',
    severity: RULE_SEVERITY['405-without-allow'],
    title: '405 without Allow',
    summary: 'A 405 (Method Not Allowed) response carries no Allow header field listing the methods the resource supports.',
    citation: {
      ref: 'rfc9110-15.5.6',
      quote: "The origin server MUST generate an Allow header field in a 405 response containing a list of the target resource's currently supported methods.",
      supports: 'A 405 always says which methods work.',
    },
    outcome: 'method-not-allowed',
    examples: {
      failing: { response: 'HTTP/1.1 405 Method Not Allowed\nContent-Length: 0', request: { method: 'DELETE' } },
      passing: { response: 'HTTP/1.1 405 Method Not Allowed\nAllow: GET, HEAD\nContent-Length: 0', request: { method: 'DELETE' } },
    },
  },
  '405-empty-allow': {
    id: '405-empty-allow',
    severity: RULE_SEVERITY['405-empty-allow'],
    title: '405 with an empty Allow',
    summary: 'A 405 response has an empty Allow field: the resource allows no method at all. That is allowed, and worth knowing when it is not meant.',
    citation: {
      ref: 'rfc9110-10.2.1',
      quote: 'An empty Allow field value indicates that the resource allows no methods, which might occur in a 405 response if the resource has been temporarily disabled by configuration.',
      supports: 'An empty Allow is valid and means "no method".',
    },
    outcome: 'method-not-allowed',
    examples: {
      failing: { response: 'HTTP/1.1 405 Method Not Allowed\nAllow:\nContent-Length: 0' },
      passing: { response: 'HTTP/1.1 405 Method Not Allowed\nAllow: GET\nContent-Length: 0' },
    },
  },
  '405-allows-the-method': {
    id: '405-allows-the-method',
    severity: RULE_SEVERITY['405-allows-the-method'],
    title: '405 whose Allow lists the refused method',
    summary: 'A 405 (Method Not Allowed) response lists the very method of the request in its Allow header field: either the method is supported and the 405 is wrong, or Allow is.',
    citation: {
      ref: 'rfc9110-15.5.6',
      quote: 'The 405 (Method Not Allowed) status code indicates that the method received in the request-line is known by the origin server but not supported by the target resource.',
      supports: 'A 405 means the method is not supported, so Allow cannot list it.',
    },
    outcome: 'method-not-allowed',
    examples: {
      failing: { response: 'HTTP/1.1 405 Method Not Allowed\nAllow: GET, HEAD, POST\nContent-Length: 0', request: { method: 'POST' } },
      passing: { response: 'HTTP/1.1 405 Method Not Allowed\nAllow: GET, HEAD\nContent-Length: 0', request: { method: 'POST' } },
    },
  },
  '429-without-retry-after': {
    id: '429-without-retry-after',
    severity: RULE_SEVERITY['429-without-retry-after'],
    title: '429 without Retry-After',
    summary: 'A 429 (Too Many Requests) response does not say when to try again. Retry-After is optional, and it is what lets a client back off correctly.',
    citation: {
      source: 'rfc6585-4',
      paraphrase: '429 means the user has sent too many requests in a given amount of time; the response should explain the condition and may include a Retry-After header field saying how long to wait before a new request.',
      supports: 'Retry-After is optional (MAY) on 429; without it a client can only guess when to retry.',
    },
    outcome: 'rate-limited',
    examples: {
      failing: { response: 'HTTP/1.1 429 Too Many Requests\nContent-Type: text/plain\n\nSlow down' },
      passing: { response: 'HTTP/1.1 429 Too Many Requests\nRetry-After: 30\nContent-Type: text/plain\n\nSlow down' },
    },
  },
  'retry-after-syntax': {
    id: 'retry-after-syntax',
    severity: RULE_SEVERITY['retry-after-syntax'],
    title: 'Retry-After is neither seconds nor a date',
    summary: 'The Retry-After value is neither a whole number of seconds nor an HTTP-date (for example "30s", "-1", "1.5" or an ISO 8601 date).',
    citation: {
      ref: 'rfc9110-2.2',
      quote: 'A sender MUST NOT generate protocol elements that do not match the grammar defined by the corresponding ABNF rules.',
      supports: 'The grammar of Retry-After (§10.2.3: Retry-After = HTTP-date / delay-seconds) allows only a whole number of seconds or an HTTP-date; anything else breaks this MUST.',
    },
    outcome: 'rate-limited',
    examples: {
      failing: { response: 'HTTP/1.1 429 Too Many Requests\nRetry-After: 30s' },
      passing: { response: 'HTTP/1.1 429 Too Many Requests\nRetry-After: Fri, 31 Dec 1999 23:59:59 GMT' },
    },
  },
  '3xx-without-location': {
    id: '3xx-without-location',
    severity: RULE_SEVERITY['3xx-without-location'],
    title: 'Redirect without Location',
    summary: 'A 301, 302, 303, 307 or 308 response carries no Location header field, so the client has nowhere to go.',
    citation: {
      ref: 'rfc9110-15.4.3',
      quote: 'The server SHOULD generate a Location header field in the response containing a URI reference for the different URI.',
      supports: 'A redirect names its target: §15.4.8 (307) has the same sentence, §15.4.2 (301) and §15.4.9 (308) the same SHOULD for the new permanent URI, and §15.4.4 (303) names Location in its definition.',
    },
    examples: {
      failing: { response: 'HTTP/1.1 302 Found\nContent-Length: 0' },
      passing: { response: 'HTTP/1.1 302 Found\nLocation: /login?next=%2Faccount\nContent-Length: 0' },
    },
  },
  'login-redirect-for-code': {
    id: 'login-redirect-for-code',
    severity: RULE_SEVERITY['login-redirect-for-code'],
    title: 'Redirect to a login page answering code',
    summary: 'A request made by code (fetch, XHR, an API client) got a redirect to what looks like a login page. Code follows the redirect and receives a 200 HTML login form instead of a status it can act on; a 401 with a challenge tells it that credentials are missing.',
    citation: {
      ref: 'rfc9110-11.4',
      quote: 'Upon receipt of a request for a protected resource that omits credentials, contains invalid credentials (e.g., a bad password) or partial credentials (e.g., when the authentication scheme requires more than one round trip), an origin server SHOULD send a 401 (Unauthorized) response that contains a WWW-Authenticate header field with at least one (possibly new) challenge applicable to the requested resource.',
      supports: 'Missing credentials get a 401 with a challenge (a SHOULD), whoever calls; the login redirect is for pages a person loads.',
    },
    outcome: 'authentication-required',
    examples: {
      failing: { response: 'HTTP/1.1 302 Found\nLocation: https://app.example/accounts/login/?next=/api/orders\nContent-Length: 0', request: { method: 'GET', navigation: false } },
      passing: { response: 'HTTP/1.1 302 Found\nLocation: https://app.example/accounts/login/?next=/orders\nContent-Length: 0', request: { method: 'GET', navigation: true } },
    },
  },
  '403-without-credentials': {
    id: '403-without-credentials',
    severity: RULE_SEVERITY['403-without-credentials'],
    title: '403 to a request without credentials',
    summary: 'A request that carried no credentials of any kind (no Authorization header, no cookie, no API key in another header, no client certificate, no token in the body or query) got 403. If signing in could change the answer, the caller should get 401 with a challenge: 401 says "authenticate", 403 says "authenticating will not change this". A 403 stays right for a refusal no credentials would lift (an address block, a server-wide deny), and for a server that authenticates by TLS client certificate (mutual TLS: no HTTP challenge exists for it, so it cannot send a 401). The rule needs all three credential facts: one left out keeps it silent.',
    citation: {
      ref: 'rfc9110-11.4',
      quote: 'Upon receipt of a request for a protected resource that omits credentials, contains invalid credentials (e.g., a bad password) or partial credentials (e.g., when the authentication scheme requires more than one round trip), an origin server SHOULD send a 401 (Unauthorized) response that contains a WWW-Authenticate header field with at least one (possibly new) challenge applicable to the requested resource.',
      supports: 'A request for a protected resource without credentials gets a 401 with a challenge (a SHOULD).',
    },
    outcome: 'authentication-required',
    examples: {
      failing: { response: SPRING_ANONYMOUS_403, request: { authorization: 'none', cookie: false, otherCredentials: false } },
      passing: { response: SPRING_ANONYMOUS_403_BEARER, request: { authorization: 'bearer' } },
    },
  },
  'cacheable-auth-failure': {
    id: 'cacheable-auth-failure',
    severity: RULE_SEVERITY['cacheable-auth-failure'],
    title: 'A refusal a shared cache may store',
    summary: 'A 401, 403 or 407 response that a shared cache may store (Cache-Control public or s-maxage; must-revalidate with a lifetime; for a request without Authorization, any max-age or Expires), so a CDN or proxy may serve one client\'s refusal to others. No RFC forbids sending it, so this is a warning for a likely bug: a 401 or 407 served from a cache reaches callers who do send credentials. A 403 to a request with no credentials of any kind (a geo block) may be shared on purpose and is not reported.',
    citation: {
      source: 'rfc9111-3.5',
      paraphrase: 'A shared cache must not use a response to a request with an Authorization header field to satisfy later requests unless the response\'s Cache-Control allows it explicitly: must-revalidate, public or s-maxage.',
      supports: 'public, s-maxage and must-revalidate lift the protection that Authorization gives.',
    },
    examples: {
      failing: { response: 'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer realm="api", error="insufficient_scope", scope="orders:write"\nCache-Control: max-age=3600, must-revalidate\nContent-Length: 0', request: { authorization: 'bearer' } },
      passing: { response: 'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer realm="api", error="insufficient_scope", scope="orders:write"\nCache-Control: no-store\nContent-Length: 0', request: { authorization: 'bearer' } },
    },
  },
  'challenge-outside-401': {
    id: 'challenge-outside-401',
    severity: RULE_SEVERITY['challenge-outside-401'],
    title: 'WWW-Authenticate on a response other than 401',
    summary: 'A WWW-Authenticate header field on a status other than 401. Allowed: it tells the client that other credentials might change the answer; clients only act on it when they look for it. A Bearer challenge on a 4xx refusal is not reported: RFC 6750 §3 requires it there.',
    citation: {
      ref: 'rfc9110-11.6.1',
      quote: 'A server MAY generate a WWW-Authenticate header field in other response messages to indicate that supplying credentials (or different credentials) might affect the response.',
      supports: 'Allowed on any response, as a hint.',
    },
    examples: {
      failing: { response: 'HTTP/1.1 200 OK\nWWW-Authenticate: Basic realm="admin"\nContent-Length: 0' },
      passing: { response: 'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="insufficient_scope", scope="repo"\nContent-Length: 0' },
    },
  },
  'proxy-challenge-outside-407': {
    id: 'proxy-challenge-outside-407',
    severity: RULE_SEVERITY['proxy-challenge-outside-407'],
    title: 'Proxy-Authenticate on a response other than 407',
    summary: 'A Proxy-Authenticate header field on a status other than 407. It addresses the client of a proxy; from an origin server it is usually a WWW-Authenticate sent under the wrong name.',
    citation: {
      ref: 'rfc9110-11.7.1',
      quote: 'The "Proxy-Authenticate" header field consists of at least one challenge that indicates the authentication scheme(s) and parameters applicable to the proxy for this request.',
      supports: 'Proxy-Authenticate is about the proxy, not the origin server.',
    },
    outcome: 'proxy-authentication-required',
    examples: {
      failing: { response: 'HTTP/1.1 401 Unauthorized\nProxy-Authenticate: Basic realm="api"\nWWW-Authenticate: Basic realm="api"' },
      passing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="api"' },
    },
  },
  'challenge-syntax': {
    id: 'challenge-syntax',
    severity: RULE_SEVERITY['challenge-syntax'],
    title: 'A challenge that does not parse',
    summary: 'A WWW-Authenticate or Proxy-Authenticate value does not follow the challenge grammar: a scheme name, then either one token68 or comma-separated name=value parameters whose values are tokens or quoted strings (an unclosed quote, a missing comma, a value with spaces but no quotes, a stray character).',
    citation: {
      ref: 'rfc9110-2.2',
      quote: 'A sender MUST NOT generate protocol elements that do not match the grammar defined by the corresponding ABNF rules.',
      supports: 'The challenge grammar (§11.3: challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ]; §11.2: auth-param = token BWS "=" BWS ( token / quoted-string )) is such an ABNF rule. Clients parse it generically, so a value outside it fails in all of them.',
    },
    examples: {
      failing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=my api' },
      passing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="my api"' },
    },
  },
  'auth-param-repeated': {
    id: 'auth-param-repeated',
    severity: RULE_SEVERITY['auth-param-repeated'],
    title: 'A challenge parameter given twice',
    summary: 'One challenge names the same parameter twice (names compare case-insensitively), for example two realm or two error parameters.',
    citation: {
      ref: 'rfc9110-11.2',
      quote: 'Authentication parameters are name/value pairs, where the name token is matched case-insensitively and each parameter name MUST only occur once per challenge.',
      supports: 'At most one of each parameter per challenge.',
    },
    examples: {
      failing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api", error="invalid_token", Error="expired_token"', request: { authorization: 'bearer' } },
      passing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api", error="invalid_token"', request: { authorization: 'bearer' } },
    },
  },
  'realm-not-quoted': {
    id: 'realm-not-quoted',
    severity: RULE_SEVERITY['realm-not-quoted'],
    title: 'realm sent as a token, not a quoted string',
    summary: 'The realm parameter is written without double quotes (realm=api). Senders must quote it; some clients only read the quoted form.',
    citation: {
      ref: 'rfc9110-11.5',
      quote: 'For historical reasons, a sender MUST only generate the quoted-string syntax.',
      supports: 'realm is always quoted.',
    },
    examples: {
      failing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=api' },
      passing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="api"' },
    },
  },
  'bearer-without-params': {
    id: 'bearer-without-params',
    severity: RULE_SEVERITY['bearer-without-params'],
    title: 'Bearer challenge without parameters',
    summary: 'A Bearer challenge is the bare word "Bearer", or "Bearer" followed by a bare value (token68) instead of name="value" parameters. RFC 6750 requires at least one auth-param (realm, scope, error …).',
    citation: {
      ref: 'rfc6750-3',
      quote: 'This scheme MUST be followed by one or more auth-param values.',
      supports: 'Bearer always has a parameter; realm="…" is the usual minimum.',
    },
    outcome: 'authentication-required',
    examples: {
      failing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer\nContent-Length: 0', request: { authorization: 'none' } },
      passing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"\nContent-Length: 0', request: { authorization: 'none' } },
    },
  },
  'bearer-invalid-request-status': {
    id: 'bearer-invalid-request-status',
    severity: RULE_SEVERITY['bearer-invalid-request-status'],
    title: 'error="invalid_request" on a status other than 400',
    summary: 'A Bearer challenge says error="invalid_request" (a malformed request) but the status is not 400.',
    citation: {
      ref: 'rfc6750-3.1',
      quote: 'The resource server SHOULD respond with the HTTP 400 (Bad Request) status code.',
      supports: 'invalid_request goes with 400.',
    },
    outcome: 'malformed-credentials',
    examples: {
      failing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api", error="invalid_request"', request: { authorization: 'bearer' } },
      passing: { response: 'HTTP/1.1 400 Bad Request\nWWW-Authenticate: Bearer realm="api", error="invalid_request"', request: { authorization: 'bearer' } },
    },
  },
  'bearer-invalid-token-status': {
    id: 'bearer-invalid-token-status',
    severity: RULE_SEVERITY['bearer-invalid-token-status'],
    title: 'error="invalid_token" on a status other than 401',
    summary: 'A Bearer challenge says error="invalid_token" (expired, revoked or otherwise invalid token) but the status is not 401.',
    citation: {
      ref: 'rfc6750-3.1',
      quote: 'The resource SHOULD respond with the HTTP 401 (Unauthorized) status code.',
      supports: 'invalid_token goes with 401.',
    },
    outcome: 'invalid-credentials',
    examples: {
      failing: { response: 'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"', request: { authorization: 'bearer' } },
      passing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"', request: { authorization: 'bearer' } },
    },
  },
  'bearer-insufficient-scope-status': {
    id: 'bearer-insufficient-scope-status',
    severity: RULE_SEVERITY['bearer-insufficient-scope-status'],
    title: 'error="insufficient_scope" on a status other than 403',
    summary: 'A Bearer challenge says error="insufficient_scope" (the token lacks a permission) but the status is not 403.',
    citation: {
      ref: 'rfc6750-3.1',
      quote: 'The resource server SHOULD respond with the HTTP 403 (Forbidden) status code and MAY include the "scope" attribute with the scope necessary to access the protected resource.',
      supports: 'insufficient_scope goes with 403.',
    },
    outcome: 'insufficient-scope',
    examples: {
      failing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api", error="insufficient_scope", scope="orders:write"', request: { authorization: 'bearer' } },
      passing: { response: 'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer realm="api", error="insufficient_scope", scope="orders:write"', request: { authorization: 'bearer' } },
    },
  },
  'bearer-error-chars': {
    id: 'bearer-error-chars',
    severity: RULE_SEVERITY['bearer-error-chars'],
    title: 'Bearer error, error_description or error_uri with a forbidden character',
    summary: 'The value of error or error_description holds a character RFC 6750 excludes: a double quote, a backslash, a control character or anything outside US-ASCII (accented letters, curly quotes, emoji); or error_uri holds one of those or a space.',
    citation: {
      ref: 'rfc6750-3',
      quote: 'Values for the "error" and "error_description" attributes (specified in Appendixes A.7 and A.8 of [RFC6749]) MUST NOT include characters outside the set %x20-21 / %x23-5B / %x5D-7E.',
      supports: 'Printable ASCII only, without " and \\.',
    },
    outcome: 'invalid-credentials',
    examples: {
      failing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="Token \\"abc\\" expired"', request: { authorization: 'bearer' } },
      passing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="Token expired"', request: { authorization: 'bearer' } },
    },
  },
  'bearer-scope-chars': {
    id: 'bearer-scope-chars',
    severity: RULE_SEVERITY['bearer-scope-chars'],
    title: 'Bearer scope with a forbidden character',
    summary: 'The scope value holds a character RFC 6750 excludes (a double quote, a backslash, a tab or another control character, anything outside US-ASCII), its values are not separated by single spaces, or it is empty (RFC 6749 §3.3 asks for at least one scope token). Commas are allowed: RFC 6750 §3 shows scope="urn:example:channel=HBO&urn:example:rating=G,PG-13".',
    citation: {
      ref: 'rfc6750-3',
      quote: 'Values for the "scope" attribute (specified in Appendix A.4 of [RFC6749]) MUST NOT include characters outside the set %x21 / %x23-5B / %x5D-7E for representing scope values and %x20 for delimiters between scope values.',
      supports: 'Scope values are printable ASCII without " and \\, separated by spaces.',
    },
    outcome: 'insufficient-scope',
    examples: {
      failing: { response: 'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer realm="api", error="insufficient_scope", scope="orders:read\torders:write"', request: { authorization: 'bearer' } },
      passing: { response: 'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer realm="api", error="insufficient_scope", scope="orders:read orders:write"', request: { authorization: 'bearer' } },
    },
  },
  'bearer-error-without-credentials': {
    id: 'bearer-error-without-credentials',
    severity: RULE_SEVERITY['bearer-error-without-credentials'],
    title: 'Bearer error code for a request that sent no token',
    summary: 'The request carried no credentials of any kind (all three credential facts say none), or only Basic or Digest credentials that this Bearer-only resource does not support, yet the Bearer challenge holds an error code (often error="invalid_token"). Without usable credentials the server should only challenge. A token in the body or query (RFC 6750 §2.2, §2.3) counts as credentials.',
    citation: {
      ref: 'rfc6750-3.1',
      quote: 'If the request lacks any authentication information (e.g., the client was unaware that authentication is necessary or attempted using an unsupported authentication method), the resource server SHOULD NOT include an error code or other error information.',
      supports: 'No token sent: a bare challenge, no error.',
    },
    outcome: 'authentication-required',
    examples: {
      failing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="No token"', request: { authorization: 'none', cookie: false, otherCredentials: false } },
      passing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"', request: { authorization: 'none', cookie: false, otherCredentials: false } },
    },
  },
  'bearer-error-missing': {
    id: 'bearer-error-missing',
    severity: RULE_SEVERITY['bearer-error-missing'],
    title: 'Rejected Bearer token without an error code',
    summary: 'The request carried a Bearer token and got 401, but the Bearer challenge gives no error attribute to say why (invalid_token, invalid_request). Information, not a warning: the checker cannot tell a rejected token (which should get an error code) from one that a public endpoint ignores before answering as for an anonymous caller (then the bare challenge is the right answer, and what this guide shows).',
    citation: {
      ref: 'rfc6750-3',
      quote: 'If the protected resource request included an access token and failed authentication, the resource server SHOULD include the "error" attribute to provide the client with the reason why the access request was declined.',
      supports: 'A rejected token gets an error code.',
    },
    outcome: 'invalid-credentials',
    examples: {
      failing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"', request: { authorization: 'bearer' } },
      passing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api", error="invalid_token"', request: { authorization: 'bearer' } },
    },
  },
  'bearer-403-without-challenge': {
    id: 'bearer-403-without-challenge',
    severity: RULE_SEVERITY['bearer-403-without-challenge'],
    title: '403 to a Bearer request without a Bearer challenge',
    summary: 'The request carried a Bearer token and got 403 with no Bearer challenge. A token that does not give access to the resource gets a WWW-Authenticate: Bearer field whatever the status: with error="insufficient_scope" when more scope would help, a bare realm otherwise. A refusal no token could change (a failed CSRF check on a request that also carried a cookie) is outside the requirement; the checker cannot tell it apart, so leave Authorization out for such a request.',
    citation: {
      ref: 'rfc6750-3',
      quote: 'If the protected resource request does not include authentication credentials or does not contain an access token that enables access to the protected resource, the resource server MUST include the HTTP "WWW-Authenticate" response header field; it MAY include it in response to other conditions as well.',
      supports: 'A refused Bearer request always gets a Bearer challenge.',
    },
    outcome: 'forbidden',
    examples: {
      failing: { response: SPRING_ANONYMOUS_403, request: { authorization: 'bearer' } },
      passing: { response: SPRING_ANONYMOUS_403_BEARER, request: { authorization: 'bearer' } },
    },
  },
  'basic-without-realm': {
    id: 'basic-without-realm',
    severity: RULE_SEVERITY['basic-without-realm'],
    title: 'Basic challenge without realm',
    summary: 'A Basic challenge has no realm parameter, which the Basic scheme requires.',
    citation: {
      ref: 'rfc7617-2',
      quote: "The authentication parameter 'realm' is REQUIRED ([RFC7235], Section 2.2).",
      supports: 'Basic always names its realm.',
    },
    outcome: 'authentication-required',
    examples: {
      failing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic' },
      passing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="admin", charset="UTF-8"' },
    },
  },
  'basic-charset': {
    id: 'basic-charset',
    severity: RULE_SEVERITY['basic-charset'],
    title: "Basic charset other than UTF-8",
    summary: "A Basic challenge's charset parameter is not UTF-8 (compared case-insensitively), the only value RFC 7617 allows.",
    citation: {
      ref: 'rfc7617-2.1',
      quote: 'The only allowed value is "UTF-8"; it is to be matched case-insensitively (see [RFC2978], Section 2.3).',
      supports: 'charset is UTF-8 or absent.',
    },
    outcome: 'authentication-required',
    examples: {
      failing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="admin", charset="ISO-8859-1"' },
      passing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="admin", charset="utf-8"' },
    },
  },
  'step-up-status': {
    id: 'step-up-status',
    severity: RULE_SEVERITY['step-up-status'],
    title: 'insufficient_user_authentication on a status other than 401',
    summary: 'A Bearer (or DPoP) challenge says error="insufficient_user_authentication" (step-up: the user must sign in again, more strongly or more recently) but the status is not 401. Information: RFC 9470 sets no status in words; its examples use 401, as RFC 6750 §3.1 does (a SHOULD) for a token that does not do, and clients written against it look for the challenge on a 401.',
    citation: {
      source: 'rfc9470-3',
      paraphrase: 'The error code insufficient_user_authentication, for an access token whose authentication event does not meet the resource\'s requirements, goes in the WWW-Authenticate challenge, optionally with acr_values and max_age; the examples return it with 401.',
      supports: 'Step-up is shown with 401.',
    },
    outcome: 'step-up-required',
    examples: {
      failing: { response: 'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="insufficient_user_authentication", acr_values="urn:example:mfa"', request: { authorization: 'bearer' } },
      passing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="insufficient_user_authentication", acr_values="urn:example:mfa"', request: { authorization: 'bearer' } },
    },
  },
  'obs-fold': {
    id: 'obs-fold',
    severity: RULE_SEVERITY['obs-fold'],
    title: 'A header folded over several lines',
    summary: 'A header field continues on a line that starts with a space or tab (obsolete line folding). Senders must not fold; a browser joins the lines, other parsers reject the response or misread it.',
    citation: {
      source: 'rfc9112-5.2',
      paraphrase: 'Line folding (obs-fold) is deprecated: a sender must not generate it except inside the message/http media type; a user agent that receives it in a response replaces each fold with spaces, and a proxy either discards the message (answering 502) or replaces the folds.',
      supports: 'Never fold a header: send one line.',
    },
    examples: {
      failing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api",\n  error="invalid_token"', request: { authorization: 'bearer' } },
      passing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api", error="invalid_token"', request: { authorization: 'bearer' } },
    },
  },
  'field-value-control-chars': {
    id: 'field-value-control-chars',
    severity: RULE_SEVERITY['field-value-control-chars'],
    title: 'A control character in a header value',
    summary: 'A header value holds a control character: a lone CR (the remains of a CRLF injection), NUL, or another character below U+0020 other than tab.',
    citation: {
      ref: 'rfc9110-5.5',
      quote: 'Field values containing CR, LF, or NUL characters are invalid and dangerous, due to the varying ways that implementations might parse and interpret those characters;',
      supports: 'No CR, LF, NUL (or other controls) in a field value.',
    },
    examples: {
      failing: { response: 'HTTP/1.1 302 Found\nLocation: /login?next=/\rSet-Cookie: session=evil' },
      passing: { response: 'HTTP/1.1 302 Found\nLocation: /login?next=%2F' },
    },
  },
  'singleton-field-repeated': {
    id: 'singleton-field-repeated',
    severity: RULE_SEVERITY['singleton-field-repeated'],
    title: 'A single-valued header sent twice',
    summary: 'A header that takes one value (Location, Retry-After, Content-Type, Content-Length, Access-Control-Allow-Origin) appears more than once with different values, so recipients disagree about which one counts. Differing Content-Length values also break the message framing (RFC 9112 §6.3).',
    citation: {
      ref: 'rfc9110-5.3',
      quote: 'This means that, aside from the well-known exception noted below, a sender MUST NOT generate multiple field lines with the same name in a message (whether in the headers or trailers) or append a field line when a field line of the same name already exists in the message, unless that field\'s definition allows multiple field line values to be recombined as a comma-separated list (i.e., at least one alternative of the field\'s definition allows a comma-separated list, such as an ABNF rule of #(values) defined in Section 5.6.1).',
      supports: 'A single-valued field is sent once.',
    },
    examples: {
      failing: { response: 'HTTP/1.1 302 Found\nLocation: /login\nLocation: /signin' },
      passing: { response: 'HTTP/1.1 302 Found\nLocation: /login' },
    },
  },
  'cors-missing-allow-origin': {
    id: 'cors-missing-allow-origin',
    severity: RULE_SEVERITY['cors-missing-allow-origin'],
    title: 'Cross-origin refusal the calling script cannot read',
    summary: 'A script\'s cross-origin request (fetch or XHR from a page of another origin; not a same-origin POST, which also carries Origin, nor a page load) got a refusal that fails the CORS check: no Access-Control-Allow-Origin, another origin in it, * for a request with credentials, or no Access-Control-Allow-Credentials: true for one. The browser hides the whole response from the calling script, which sees a network error instead of the 401 or 403 and its challenge. No RFC keyword covers it: a warning for a very likely bug.',
    citation: {
      source: 'fetch-cors-check',
      paraphrase: 'A cross-origin response reaches the calling script only if it passes the CORS check: its Access-Control-Allow-Origin must be the request\'s origin, or * when the request\'s credentials mode is not include; with credentials mode include (cookies sent cross-origin) it must also carry Access-Control-Allow-Credentials: true. Otherwise the fetch fails with a network error.',
      supports: 'Error responses need the CORS headers too.',
    },
    examples: {
      failing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"', request: { origin: 'https://app.example', crossOrigin: true, navigation: false, authorization: 'none' } },
      passing: {
        response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"\nAccess-Control-Allow-Origin: https://app.example\nAccess-Control-Expose-Headers: WWW-Authenticate\nVary: Origin',
        request: { origin: 'https://app.example', crossOrigin: true, navigation: false, authorization: 'none' },
      },
    },
  },
  'cors-challenge-not-exposed': {
    id: 'cors-challenge-not-exposed',
    severity: RULE_SEVERITY['cors-challenge-not-exposed'],
    title: 'Challenge hidden from a cross-origin script',
    summary: 'A cross-origin response passes CORS but does not list WWW-Authenticate in Access-Control-Expose-Headers, so the calling script sees the status but cannot read the challenge (its error code, its scope).',
    citation: {
      source: 'fetch-cors-check',
      paraphrase: 'A script reading a cross-origin response sees only the CORS-safelisted response headers (Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified, Pragma) and those the response names in Access-Control-Expose-Headers, where * names every header unless the request\'s credentials mode is include.',
      supports: 'WWW-Authenticate must be exposed for a script to read it.',
    },
    examples: {
      failing: {
        response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api", error="invalid_token"\nAccess-Control-Allow-Origin: https://app.example\nVary: Origin',
        request: { origin: 'https://app.example', crossOrigin: true, navigation: false, authorization: 'bearer' },
      },
      passing: {
        response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api", error="invalid_token"\nAccess-Control-Allow-Origin: https://app.example\nAccess-Control-Expose-Headers: WWW-Authenticate\nVary: Origin',
        request: { origin: 'https://app.example', crossOrigin: true, navigation: false, authorization: 'bearer' },
      },
    },
  },
} as const satisfies { [K in RuleId]: RuleData & { id: K } };
