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
      supports: 'Retry-After is optional on 429, and recommended.',
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
      ref: 'rfc9110-10.2.3',
      quote: 'The Retry-After field value can be either an HTTP-date or a number of seconds to delay after receiving the response.',
      supports: 'Only delay-seconds or an HTTP-date.',
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
      supports: 'A redirect names its target (the same sentence stands in §15.4.2, .4, .8 and .9).',
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
      ref: 'rfc9110-15.5.2',
      quote: 'The 401 (Unauthorized) status code indicates that the request has not been applied because it lacks valid authentication credentials for the target resource.',
      supports: 'Missing credentials are a 401, whoever calls; the login redirect is for pages a person loads.',
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
    summary: 'A request that carried no credentials (no Authorization header, no cookie) got 403. The caller is not authenticated, not refused: 401 with a challenge says "authenticate", 403 says "authenticating will not change this".',
    citation: {
      ref: 'rfc9110-15.5.2',
      quote: 'The 401 (Unauthorized) status code indicates that the request has not been applied because it lacks valid authentication credentials for the target resource.',
      supports: 'No credentials at all is the 401 case.',
    },
    outcome: 'authentication-required',
    examples: {
      failing: { response: SPRING_ANONYMOUS_403, request: { authorization: 'none', cookie: false } },
      passing: { response: SPRING_ANONYMOUS_403, request: { authorization: 'bearer' } },
    },
  },
  'cacheable-auth-failure': {
    id: 'cacheable-auth-failure',
    severity: RULE_SEVERITY['cacheable-auth-failure'],
    title: 'A refusal a shared cache may store',
    summary: 'A 401, 403 or 407 response is marked cacheable by shared caches (Cache-Control public or s-maxage), so a CDN or proxy may store one client\'s refusal and serve it to others — even when the request carried Authorization.',
    citation: {
      source: 'rfc9111-3.5',
      paraphrase: 'A shared cache must not use a response to a request with an Authorization header field to satisfy later requests unless the response\'s Cache-Control allows it explicitly: must-revalidate, public or s-maxage.',
      supports: 'public and s-maxage lift the protection that Authorization gives.',
    },
    examples: {
      failing: { response: 'HTTP/1.1 403 Forbidden\nCache-Control: public, max-age=3600\nContent-Length: 0', request: { authorization: 'bearer' } },
      passing: { response: 'HTTP/1.1 403 Forbidden\nCache-Control: no-store\nContent-Length: 0', request: { authorization: 'bearer' } },
    },
  },
  'challenge-outside-401': {
    id: 'challenge-outside-401',
    severity: RULE_SEVERITY['challenge-outside-401'],
    title: 'WWW-Authenticate on a response other than 401',
    summary: 'A WWW-Authenticate header field on a status other than 401 (and other than the Bearer errors RFC 6750 pairs with 400 and 403: invalid_request and insufficient_scope). Allowed: it tells the client that other credentials might change the answer; clients only act on it when they look for it.',
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
      ref: 'rfc9110-11.3',
      quote: 'challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ]',
      supports: 'The grammar of every challenge: a scheme, then one token68 or name=value parameters whose values are tokens or quoted strings (§11.2). Clients parse it generically, so a value outside it fails in all of them.',
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
    summary: 'A Bearer challenge is the bare word "Bearer". RFC 6750 requires at least one parameter (realm, scope, error …).',
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
    title: 'Bearer error or error_description with a forbidden character',
    summary: 'The value of error or error_description holds a character RFC 6750 excludes: a double quote, a backslash, a control character or anything outside US-ASCII (accented letters, curly quotes, emoji).',
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
    summary: 'The scope value holds a character RFC 6750 excludes (a double quote, a backslash, a tab or another control character, anything outside US-ASCII), or its values are not separated by single spaces.',
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
    summary: 'The request carried no credentials, yet the Bearer challenge holds an error code (often error="invalid_token"). Without credentials the server should only challenge.',
    citation: {
      ref: 'rfc6750-3.1',
      quote: 'If the request lacks any authentication information (e.g., the client was unaware that authentication is necessary or attempted using an unsupported authentication method), the resource server SHOULD NOT include an error code or other error information.',
      supports: 'No token sent: a bare challenge, no error.',
    },
    outcome: 'authentication-required',
    examples: {
      failing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="No token"', request: { authorization: 'none' } },
      passing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"', request: { authorization: 'none' } },
    },
  },
  'bearer-error-missing': {
    id: 'bearer-error-missing',
    severity: RULE_SEVERITY['bearer-error-missing'],
    title: 'Rejected Bearer token without an error code',
    summary: 'The request carried a Bearer token and got 401, but the Bearer challenge gives no error attribute to say why (invalid_token, invalid_request).',
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
    summary: 'A Bearer challenge says error="insufficient_user_authentication" (step-up: the user must sign in again, more strongly or more recently) but the status is not 401.',
    citation: {
      source: 'rfc9470-3',
      paraphrase: 'The error code insufficient_user_authentication, for an access token whose authentication event does not meet the resource\'s requirements, is returned with 401 in a Bearer challenge, optionally with acr_values and max_age.',
      supports: 'Step-up goes with 401.',
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
    summary: 'A header that takes one value (Location, Retry-After, Content-Type, Content-Length, Access-Control-Allow-Origin) appears more than once with different values, so recipients disagree about which one counts.',
    citation: {
      ref: 'rfc9110-5.5',
      quote: 'This is true for both list-based and singleton fields, since a singleton field might be erroneously sent with multiple members and detecting such errors improves interoperability.',
      supports: 'Several values for a singleton field are an error worth reporting.',
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
    summary: 'The request came from another origin (it carried Origin) and the response has no Access-Control-Allow-Origin: the browser hides the whole response from the calling script, which sees a network error instead of the 401 or 403 and its challenge.',
    citation: {
      source: 'fetch-cors-check',
      paraphrase: 'A cross-origin response reaches the calling script only if it passes the CORS check: its Access-Control-Allow-Origin must be the request\'s origin (or *, when the request carries no credentials); otherwise the fetch fails with a network error.',
      supports: 'Error responses need the CORS headers too.',
    },
    examples: {
      failing: { response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"', request: { origin: 'https://app.example', authorization: 'none' } },
      passing: {
        response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"\nAccess-Control-Allow-Origin: https://app.example\nAccess-Control-Expose-Headers: WWW-Authenticate\nVary: Origin',
        request: { origin: 'https://app.example', authorization: 'none' },
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
      paraphrase: 'A script reading a cross-origin response sees only the CORS-safelisted response headers (Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified, Pragma) and those the response names in Access-Control-Expose-Headers.',
      supports: 'WWW-Authenticate must be exposed for a script to read it.',
    },
    examples: {
      failing: {
        response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api", error="invalid_token"\nAccess-Control-Allow-Origin: https://app.example\nVary: Origin',
        request: { origin: 'https://app.example', authorization: 'bearer' },
      },
      passing: {
        response: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api", error="invalid_token"\nAccess-Control-Allow-Origin: https://app.example\nAccess-Control-Expose-Headers: WWW-Authenticate\nVary: Origin',
        request: { origin: 'https://app.example', authorization: 'bearer' },
      },
    },
  },
} as const satisfies { [K in RuleId]: RuleData & { id: K } };
