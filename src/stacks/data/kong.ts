/**
 * Kong Gateway (open-source), configured declaratively (decK / kong.yml). A gateway sees routes, consumers,
 * credentials and client addresses, never the records behind the upstream service: outcomes that depend on a
 * record (hidden, someone else's, missing after the checks) are the service's to answer. Checked against
 * Kong/kong master after 3.9.3 (July 2026); the Enterprise plugins (openid-connect, mtls-auth) are not in that
 * repository and are left out.
 */
import { defineStack, type Fact, type Source } from '../types.ts';

const REPO = 'Kong/kong';

const SRC = {
  keyAuth: { repo: REPO, path: 'kong/plugins/key-auth/handler.lua', lines: '104-194' },
  keyAuthSchema: { repo: REPO, path: 'kong/plugins/key-auth/schema.lua', lines: '10-25' },
  keyAuthChallengePr: { repo: REPO, pr: 11794 },
  acl: { repo: REPO, path: 'kong/plugins/acl/handler.lua', lines: '64-129' },
  rateLimiting: { repo: REPO, path: 'kong/plugins/rate-limiting/handler.lua', lines: '193-200' },
  rateLimitingSchema: { repo: REPO, path: 'kong/plugins/rate-limiting/schema.lua', lines: '96-97' },
  ipRestriction: { repo: REPO, path: 'kong/plugins/ip-restriction/handler.lua', lines: '36-47' },
  ipRestrictionPriority: { repo: REPO, path: 'kong/plugins/ip-restriction/handler.lua', lines: '18' },
  keyAuthPriority: { repo: REPO, path: 'kong/plugins/key-auth/handler.lua', lines: '22' },
  preFunctionPriority: { repo: REPO, path: 'kong/plugins/pre-function/handler.lua', lines: '1' },
  corsPriority: { repo: REPO, path: 'kong/plugins/cors/handler.lua', lines: '20' },
  requestTermination: { repo: REPO, path: 'kong/plugins/request-termination/handler.lua', lines: '55-73' },
  cors: { repo: REPO, path: 'kong/plugins/cors/handler.lua', lines: '195-246' },
  router: { repo: REPO, path: 'kong/runloop/handler.lua', lines: '1225' },
} as const satisfies Record<string, Source>;

/** Facts used by several recipes, stated once. */
const FACT = {
  keyAuth: {
    text:
      'key-auth answers a missing, unknown or repeated key with 401 and, since 3.7.0, always with a challenge: ' +
      'WWW-Authenticate: Key, or Key realm="…" when config.realm is set. Before 3.7.0 only a missing key got one ' +
      '(Key realm="kong"), and an invalid or duplicated key got a 401 without any.',
    since: '3.7.0',
    sources: [SRC.keyAuth, SRC.keyAuthSchema, SRC.keyAuthChallengePr],
  },
  router: {
    text:
      'A request that matches no route (path, host, or a method the route does not list) is answered by Kong\'s ' +
      'router with 404 "no Route matched with those values", before any plugin runs.',
    sources: [SRC.router],
  },
  acl: {
    text:
      'acl answers a consumer outside the allowed groups (or inside a denied one) with 403 "You cannot consume ' +
      'this service"; with no consumer and no credential, because no authentication plugin ran before it, it ' +
      'answers 401 without any WWW-Authenticate.',
    sources: [SRC.acl],
  },
} as const satisfies Record<string, Fact>;

/** The service, its route and key authentication, which the snippets about 401s assume. */
const KEY_AUTH = `_format_version: "3.0"
services:
  - name: invoices
    url: http://invoices.internal:8080
    routes:
      - name: invoices
        paths: [/invoices]
    plugins:
      - name: key-auth
        config:
          key_names: [X-API-Key]
          key_in_query: false      # keys in URLs end up in logs
          hide_credentials: true
          realm: api               # 401 carries WWW-Authenticate: Key realm="api"
consumers:
  - username: billing-app
    keyauth_credentials:
      - key: change-me
`;

export const kong = defineStack({
  id: 'kong',
  name: 'Kong Gateway',
  version: 'Kong Gateway 3.9 (open-source)',
  scheme: 'api-key',
  summary:
    'A gateway in front of the service: its router answers 404 for unknown routes, authentication plugins ' +
    '(key-auth) answer 401 with a challenge, acl and ip-restriction 403, rate-limiting 429 with Retry-After. ' +
    'Whatever depends on a record behind a route is the upstream service\'s to answer, and Kong passes it through.',
  recipes: {
    keyAuth: {
      title: '401 with a Key challenge',
      default: FACT.keyAuth,
      trap: false,
      lang: 'yaml',
      code: KEY_AUTH,
      headersBy: 'The key-auth plugin sends the 401 and writes WWW-Authenticate (Key realm="api").',
      note: 'Kong names its challenge scheme "Key", where our examples say "APIKey"; neither is registered, so clients must know it.',
    },
    invalidKey: {
      title: '401 with a new Key challenge',
      default: FACT.keyAuth,
      trap: false,
      lang: 'yaml',
      code: KEY_AUTH,
      headersBy: 'The key-auth plugin sends the 401 "Unauthorized" and writes WWW-Authenticate (Key realm="api").',
    },
    malformed: {
      title: '400 for a key sent twice',
      default: {
        text:
          'key-auth answers a key header sent twice with 401 "Duplicate API key found", and with a key in both ' +
          'the header and the query string it silently uses the header.',
        sources: [SRC.keyAuth],
      },
      trap: true,
      lang: 'yaml',
      code: `_format_version: "3.0"
plugins:
  # Runs before key-auth: a key sent more than once is a malformed request (400), not a bad key.
  - name: pre-function
    config:
      access:
        - |
          local header = kong.request.get_headers()["x-api-key"]
          if type(header) == "table" or (header and kong.request.get_query_arg("X-API-Key")) then
            return kong.response.exit(400, { message = "Send the API key once, in the X-API-Key header." })
          end
`,
    },
    anonymousForbidden: {
      title: '403 without a challenge when no key was sent',
      default: FACT.keyAuth,
      trap: true,
      lang: 'yaml',
      code: `_format_version: "3.0"
plugins:
  # Policy: a request without any key gets 403 and no challenge; a wrong key still gets key-auth's 401.
  - name: pre-function
    config:
      access:
        - |
          if not kong.request.get_header("X-API-Key") then
            return kong.response.exit(403, { message = "This API needs an API key." })
          end
`,
    },
    acl: {
      title: '403 for a consumer outside the allowed groups',
      default: FACT.acl,
      trap: false,
      lang: 'yaml',
      code: `_format_version: "3.0"
services:
  - name: reports
    url: http://reports.internal:8080
    routes:
      - name: reports
        paths: [/reports]
    plugins:
      - name: key-auth          # identifies the consumer first; without it acl answers 401
        config:
          key_names: [X-API-Key]
          realm: api
      - name: acl               # 403 "You cannot consume this service"
        config:
          allow: [reporting]
consumers:
  - username: billing-app
    acls:
      - group: billing
`,
    },
    barred: {
      title: '403 for a suspended consumer',
      default: FACT.acl,
      trap: false,
      lang: 'yaml',
      code: `_format_version: "3.0"
plugins:
  # Suspend a consumer by adding it to the group: 403 on every route, the key still identifies it.
  - name: acl
    config:
      deny: [suspended]
consumers:
  - username: billing-app
    acls:
      - group: suspended
`,
      note: 'Deleting the key instead would turn the answer into key-auth\'s 401, which invites the client to try other keys.',
    },
    stepUpNotPossible: {
      title: '403 for an operation keys may not call',
      default: {
        text:
          'request-termination ends every request on its route with the configured status_code and message, ' +
          'without contacting the service and without a challenge.',
        sources: [SRC.requestTermination],
      },
      trap: false,
      lang: 'yaml',
      code: `_format_version: "3.0"
services:
  - name: payments
    url: http://payments.internal:8080
    routes:
      # This gateway serves API-key clients only: transfers are not offered to them.
      - name: transfers
        paths: [/transfers]
        plugins:
          - name: request-termination
            config:
              status_code: 403
              message: "Transfers need a person's recent sign-in; API keys cannot provide one."
`,
    },
    rateLimited: {
      title: '429 with Retry-After',
      default: {
        text:
          'rate-limiting answers a caller over its limit with error_code (default 429) and error_message ' +
          '(default "API rate limit exceeded"), and sets Retry-After and the RateLimit-* headers unless ' +
          'hide_client_headers is on.',
        sources: [SRC.rateLimiting, SRC.rateLimitingSchema],
      },
      trap: false,
      lang: 'yaml',
      code: `_format_version: "3.0"
plugins:
  - name: rate-limiting
    config:
      minute: 100
      limit_by: consumer     # per API key, once key-auth identified the consumer
      policy: local
      error_code: 429        # the default, written out
      hide_client_headers: false   # keeps Retry-After
`,
    },
    clientBarred: {
      title: '403 for a blocked address',
      default: {
        text:
          'ip-restriction answers a client address outside allow (or inside deny) with config.status, 403 by ' +
          'default, and config.message. It runs after the authentication plugins (priority 990, key-auth 1250), ' +
          'so a blocked client that sends no key gets key-auth\'s 401 challenge first.',
        sources: [SRC.ipRestriction, SRC.ipRestrictionPriority, SRC.keyAuthPriority],
      },
      trap: true,
      lang: 'yaml',
      code: `_format_version: "3.0"
plugins:
  - name: ip-restriction
    config:
      deny: [203.0.113.0/24]
      status: 403
      message: "Requests from your network are not accepted."
`,
      note: 'For blocked callers without a key to get the 403 too, block the network in front of Kong (firewall, load balancer) as well.',
    },
    hideRoute: {
      title: '404 like an unknown URL for a route anonymous callers must not see',
      default: {
        text:
          'On a route with key-auth, a request without a key gets key-auth\'s 401 with WWW-Authenticate: Key, which ' +
          'tells the caller that the route exists; only a path no route matches gets the router\'s ' +
          'kong.response.error(404, "no Route matched with those values"). pre-function runs before every bundled ' +
          'plugin (priority 1000000, key-auth 1250), so it can answer first.',
        sources: [SRC.keyAuth, SRC.router, SRC.preFunctionPriority, SRC.keyAuthPriority],
      },
      trap: true,
      lang: 'yaml',
      code: `_format_version: "3.0"
services:
  - name: reports
    url: http://reports.internal:8080
    routes:
      - name: internal-reports
        paths: [/internal-reports]
        plugins:
          # Before key-auth: without a key this route answers exactly as the router
          # answers a path that matches nothing, so it cannot be told apart.
          - name: pre-function
            config:
              access:
                - |
                  if not kong.request.get_header("X-API-Key") then
                    return kong.response.error(404, "no Route matched with those values")
                  end
    plugins:
      - name: key-auth
        config:
          key_names: [X-API-Key]
          realm: api
`,
      note:
        'This hides a whole route. Hiding a single record from callers who may not see it is the service\'s job ' +
        '(hidden-from-unauthorized); a wrong key on this route still gets key-auth\'s 401.',
    },
    notFound: {
      title: '404 for a URL no route matches',
      default: FACT.router,
      trap: false,
      lang: 'yaml',
      code: `_format_version: "3.0"
services:
  - name: invoices
    url: http://invoices.internal:8080
    routes:
      # Only /invoices… is routed; any other path gets the router's 404, for
      # every caller, before key-auth could ask for a key.
      - name: invoices
        paths: [/invoices]
`,
    },
    gone: {
      title: '410 for a retired route',
      default: {
        text:
          'request-termination ends every request on its route with the configured status_code and message, ' +
          'without contacting the service.',
        sources: [SRC.requestTermination],
      },
      trap: false,
      lang: 'yaml',
      code: `_format_version: "3.0"
services:
  - name: legacy
    url: http://legacy.internal:8080
    routes:
      - name: reports-v1
        paths: [/v1/reports]
        plugins:
          - name: request-termination
            config:
              status_code: 410
              message: "This API version was removed permanently. Use /v2/reports."
`,
      note: 'Attach no authentication plugin to the retired route, so that every caller gets the 410.',
    },
    methodNotAllowed: {
      title: '405 with Allow from a route for the other methods',
      default: {
        text:
          FACT.router.text +
          ' A route that lists methods therefore answers any other method with 404, not 405, and no Allow header.',
        sources: FACT.router.sources,
      },
      trap: true,
      lang: 'yaml',
      code: `_format_version: "3.0"
services:
  - name: reports
    url: http://reports.internal:8080
    routes:
      - name: reports-read
        paths: [/reports]
        methods: [GET, HEAD]
        plugins:
          - name: key-auth
            config: { key_names: [X-API-Key], realm: api }
      - name: reports-other-methods   # no key-auth: 405 is the same for everyone
        paths: [/reports]
        methods: [POST, PUT, PATCH, DELETE]
        plugins:
          - name: pre-function
            config:
              access:
                - |
                  return kong.response.exit(405, { message = "Method not allowed" }, { ["Allow"] = "GET, HEAD" })
`,
    },
    cors: {
      title: 'CORS preflight answered by the cors plugin',
      default: {
        text:
          'The cors plugin (priority 2000, before key-auth) answers a preflight itself with 200 and the ' +
          'Access-Control-Allow-* headers, unless preflight_continue passes it to the service. Without it, ' +
          'key-auth runs on preflights too (run_on_preflight defaults to true) and answers them 401.',
        sources: [SRC.cors, SRC.corsPriority, SRC.keyAuthPriority, SRC.keyAuthSchema],
      },
      trap: false,
      lang: 'yaml',
      code: `_format_version: "3.0"
plugins:
  - name: cors
    config:
      origins: [https://app.example.com]
      methods: [GET, PUT, DELETE]
      headers: [X-API-Key, Content-Type]
      credentials: false
      max_age: 600
`,
      headersBy: 'The cors plugin writes the Access-Control-Allow-* headers and ends an allowed preflight with 200, an ok status that the Fetch standard accepts as it does 204.',
    },
    corsRefused: {
      title: '403 for a preflight from an origin you do not allow',
      default: {
        text:
          'The cors plugin answers a preflight from an origin it does not allow with 200 as well, only without ' +
          'Access-Control-Allow-Origin: the browser blocks the request, but the status says nothing.',
        sources: [SRC.cors],
      },
      trap: true,
      lang: 'yaml',
      code: `_format_version: "3.0"
plugins:
  # pre-function runs before cors: refuse a preflight from any other origin with 403.
  - name: pre-function
    config:
      access:
        - |
          local origin = kong.request.get_header("Origin")
          if kong.request.get_method() == "OPTIONS" and kong.request.get_header("Access-Control-Request-Method")
             and origin ~= "https://app.example.com" then
            return kong.response.exit(403, { message = "Origin not allowed" })
          end
  - name: cors
    config:
      origins: [https://app.example.com]
`,
    },
    allowed: {
      title: 'The service\'s answer for a permitted consumer',
      default: {
        text:
          'When every plugin on the route lets the request through, Kong proxies it to the service and passes its ' +
          'response back, 200 included.',
        sources: [SRC.keyAuth, SRC.acl],
      },
      trap: false,
      lang: 'yaml',
      code: KEY_AUTH,
      note: 'A valid key reaches the service, whose 200 Kong passes through.',
    },
  },
  cells: {
    'proxy-authentication-required': {
      notApplicable: 'Kong is a reverse proxy in front of your services: clients address it as the origin, so it answers 401, never the 407 of a forward proxy.',
    },
    'proxy-forbidden': { notApplicable: 'Kong proxies only to the services and routes it is configured with; refusing arbitrary destinations is a forward proxy\'s job.' },
    'client-barred': 'clientBarred',
    'rate-limited': 'rateLimited',
    'not-found': 'notFound',
    gone: 'gone',
    'method-not-allowed': 'methodNotAllowed',
    'cors-preflight': 'cors',
    'cors-preflight-refused': 'corsRefused',
    'authentication-required': 'keyAuth',
    'redirect-to-login': { notApplicable: 'key-auth serves programs that send a key; the open-source gateway has no sign-in page to redirect to (page sign-in is the service\'s, or the Enterprise openid-connect plugin\'s, which is not checked here).' },
    'anonymous-forbidden': 'anonymousForbidden',
    'hidden-from-anonymous': 'hideRoute',
    'client-certificate-refused': {
      notApplicable: 'The open-source gateway has no client-certificate plugin (mtls-auth is Enterprise and not checked here); require certificates in the TLS terminator in front.',
    },
    'malformed-credentials': 'malformed',
    'csrf-failed': { notApplicable: 'An API key is set by code in a request header, never attached by the browser on its own, so there is no cross-site request to forge and Kong runs no CSRF check.' },
    'invalid-credentials': 'invalidKey',
    'step-up-required': {
      notApplicable: 'An API key carries no person\'s sign-in, so there is nothing to step up; answer 403 (step-up-not-possible) on such operations.',
    },
    'step-up-not-possible': 'stepUpNotPossible',
    'redirect-to-reauthenticate': { notApplicable: 'key-auth serves programs, not browsers: there is no sign-in page to send anyone back to.' },
    'account-barred': 'barred',
    'insufficient-scope': {
      notApplicable: 'API keys in Kong carry no scopes; per-key permissions are acl groups, refused with a plain 403 (see forbidden). Scope checks of OAuth tokens are in the Enterprise openid-connect plugin, not checked here.',
    },
    'feature-unavailable': 'acl',
    forbidden: 'acl',
    'hidden-from-unauthorized': { notApplicable: 'Only the service knows which records a caller may see; Kong passes the service\'s 404 through unchanged.' },
    'forbidden-record': { notApplicable: 'Ownership of a record is known only to the service behind the route; Kong passes the service\'s 403 through unchanged.' },
    'not-found-after-checks': { notApplicable: 'Only the service knows that a record is missing; Kong passes the service\'s 404 through unchanged.' },
    allowed: 'allowed',
  },
});
