import { defineStack, type Source } from '../types.ts';

/**
 * nginx as the server in front of an application (reverse proxy), with its own Basic authentication, an external
 * auth service (auth_request) and, from 1.31.0, a forward proxy for CONNECT (ngx_http_tunnel_module). Line ranges
 * are those of nginx/nginx after release-1.31.4, where the facts were checked.
 */

const SRC = {
  authBasicNoCredentials: { repo: 'nginx/nginx', path: 'src/http/modules/ngx_http_auth_basic_module.c', lines: '122-129' },
  authBasicChallenge: { repo: 'nginx/nginx', path: 'src/http/modules/ngx_http_auth_basic_module.c', lines: '319-357' },
  proxyAuthIsConnect: { repo: 'nginx/nginx', path: 'src/http/ngx_http_request.h', lines: '623' },
  tunnelPass: { repo: 'nginx/nginx', path: 'src/http/modules/ngx_http_tunnel_module.c', lines: '444-474' },
  tunnelChanges: { repo: 'nginx/nginx', path: 'docs/xml/nginx/changes.xml', lines: '592-603' },
  authRequest: { repo: 'nginx/nginx', path: 'src/http/modules/ngx_http_auth_request_module.c', lines: '137-179' },
  access: { repo: 'nginx/nginx', path: 'src/http/modules/ngx_http_access_module.c', lines: '276-288' },
  limitReqDefault: { repo: 'nginx/nginx', path: 'src/http/modules/ngx_http_limit_req_module.c', lines: '823-824' },
  limitReqStatus: { repo: 'nginx/nginx', path: 'src/http/modules/ngx_http_limit_req_module.c', lines: '127-132' },
  staticNotFound: { repo: 'nginx/nginx', path: 'src/http/modules/ngx_http_static_module.c', lines: '108-117' },
  upstreamStatus: { repo: 'nginx/nginx', path: 'src/http/ngx_http_upstream.c', lines: '3206-3207' },
  staticNotAllowed: { repo: 'nginx/nginx', path: 'src/http/modules/ngx_http_static_module.c', lines: '63-65' },
  verifyClient: { repo: 'nginx/nginx', path: 'src/http/ngx_http_request.c', lines: '2149-2178' },
  verifyModes: { repo: 'nginx/nginx', path: 'src/http/modules/ngx_http_ssl_module.c', lines: '76-82' },
  verifyPeerOnly: { repo: 'nginx/nginx', path: 'src/event/ngx_event_openssl.c', lines: '959' },
  certErrorPages: { repo: 'nginx/nginx', path: 'src/http/ngx_http_special_response.c', lines: '272-280' },
  certErrorAs400: { repo: 'nginx/nginx', path: 'src/http/ngx_http_special_response.c', lines: '518-523' },
  errorPageCertCodes: { repo: 'nginx/nginx', path: 'src/http/ngx_http_core_module.c', lines: '5055-5063' },
  errorPageKeepsHeaders: { repo: 'nginx/nginx', path: 'src/http/ngx_http_special_response.c', lines: '596-636' },
  uniqueAuthorization: { repo: 'nginx/nginx', path: 'src/http/ngx_http_request.c', lines: '157-163' },
  duplicateHeader: { repo: 'nginx/nginx', path: 'src/http/ngx_http_request.c', lines: '1842-1863' },
} as const satisfies Record<string, Source>;

/** The auth_request wiring several recipes share: the internal location that asks the auth service. */
const AUTH_LOCATION = `    location = /_auth {
        internal;
        proxy_pass http://auth_service/check;
        proxy_pass_request_body off;
        proxy_set_header Content-Length "";
        proxy_set_header X-Original-Method $request_method;
        proxy_set_header X-Original-URI $request_uri;
    }`;

export const nginx = defineStack({
  id: 'nginx',
  name: 'nginx',
  version: 'nginx 1.31 (mainline)',
  scheme: 'basic',
  summary:
    'nginx decides in phases before the content handler: the rewrite phase (return, if), then access (allow/deny, ' +
    'auth_basic, auth_request), then the handler (proxy_pass, tunnel_pass, static files). Its own answers are error ' +
    'pages, which error_page can replace; everything else is the upstream application\'s response.',
  recipes: {
    'tunnel-auth': {
      title: '407 from a forward proxy (tunnel_pass + auth_basic)',
      default: {
        text:
          'From 1.31.0 nginx is a forward proxy for CONNECT (ngx_http_tunnel_module, built by default), and ' +
          'auth_basic answers a CONNECT request without valid Proxy-Authorization with 407 and Proxy-Authenticate ' +
          'instead of 401 and WWW-Authenticate.',
        since: '1.31.0',
        sources: [SRC.tunnelChanges, SRC.authBasicChallenge, SRC.proxyAuthIsConnect, SRC.tunnelPass],
      },
      trap: false,
      lang: 'nginx',
      code: `# A forward proxy for HTTPS (CONNECT), nginx 1.31.0 or later; in the http block.
server {
    listen 3128;
    resolver 127.0.0.53;

    # For CONNECT, auth_basic reads Proxy-Authorization and answers 407 with Proxy-Authenticate.
    auth_basic "corporate proxy";
    auth_basic_user_file /etc/nginx/proxy.htpasswd;

    tunnel_pass;
}
`,
      headersBy: 'auth_basic writes Proxy-Authenticate: Basic realm="corporate proxy" with the 407 for CONNECT requests',
      note: 'nginx writes the realm only, without charset="UTF-8".',
    },
    'tunnel-deny': {
      title: '403 for a blocked destination',
      default: {
        text:
          '`tunnel_pass` without an argument connects to whatever host and port the CONNECT request names ' +
          '($host:$request_port); nginx refuses no destination unless the configuration does.',
        since: '1.31.0',
        sources: [SRC.tunnelPass],
      },
      trap: false,
      lang: 'nginx',
      code: `# In the http block.
map $host $destination_blocked {
    default              0;
    files.example.net    1;
    ~\\.filesharing\\.example$ 1;
}

server {
    listen 3128;
    resolver 127.0.0.53;

    auth_basic "corporate proxy";
    auth_basic_user_file /etc/nginx/proxy.htpasswd;

    # Policy, not identity: 403 with the reason, never 407.
    if ($destination_blocked) {
        return 403 "Connections to $host are not allowed from this network.\\n";
    }

    tunnel_pass;
}
`,
    },
    deny: {
      title: '403 for a blocked address (deny)',
      default: {
        text: 'A `deny` rule that matches answers 403 Forbidden, with nginx\'s HTML error page.',
        sources: [SRC.access],
      },
      trap: false,
      lang: 'nginx',
      code: `server {
    listen 443 ssl;
    server_name api.example.com;

    # Checked for every URL alike: a blocked network cannot map the site by comparing 403 with 404.
    deny 203.0.113.0/24;
    deny 2001:db8:bad::/48;
    allow all;

    error_page 403 @blocked;

    location / {
        proxy_pass http://app;
    }

    location @blocked {
        default_type application/problem+json;
        return 403 '{"type":"https://example.com/probs/client-blocked","title":"Access from your network is blocked","status":403}';
    }
}
`,
      note: 'error_page applies to nginx\'s own 403s only: the application\'s 403s pass through unless proxy_intercept_errors is on.',
    },
    'limit-req': {
      title: '429 with Retry-After (limit_req_status)',
      default: {
        text:
          'limit_req rejects excess requests with 503 Service Unavailable unless limit_req_status says otherwise, ' +
          'and nginx never adds Retry-After.',
        sources: [SRC.limitReqDefault, SRC.limitReqStatus],
      },
      trap: true,
      lang: 'nginx',
      code: `# In the http block.
limit_req_zone $binary_remote_addr zone=api:10m rate=100r/m;

server {
    listen 443 ssl;
    server_name api.example.com;

    location /api/ {
        limit_req zone=api burst=20 nodelay;
        limit_req_status 429;
        error_page 429 @too_many_requests;
        proxy_pass http://app;
    }

    location @too_many_requests {
        default_type application/problem+json;
        add_header Retry-After 60 always;
        return 429 '{"type":"https://example.com/probs/rate-limited","title":"Too many requests","status":429}';
    }
}
`,
    },
    'not-found': {
      title: '404, the same everywhere',
      default: {
        text:
          'A missing static file is 404 with nginx\'s HTML page; a proxied 404 is the application\'s own. Two ' +
          'different bodies tell a prober which part answered.',
        sources: [SRC.staticNotFound, SRC.upstreamStatus],
      },
      trap: false,
      lang: 'nginx',
      code: `server {
    listen 443 ssl;
    server_name api.example.com;

    # nginx's own 404s and the application's (proxy_intercept_errors) get one body.
    proxy_intercept_errors on;
    error_page 404 @not_found;

    location /api/ {
        proxy_pass http://app;
    }

    location / {
        return 404;
    }

    location @not_found {
        default_type application/problem+json;
        return 404 '{"type":"about:blank","title":"Not Found","status":404}';
    }
}
`,
      note: 'proxy_intercept_errors replaces every 4xx and 5xx of the application that has an error_page: list only 404 here.',
    },
    hide: {
      title: '404 instead of 401 or 403, to hide the resource',
      default: {
        text:
          'auth_request passes the auth service\'s 401 (with its WWW-Authenticate) and 403 on; any other status ' +
          'from it, 404 included, becomes 500 Internal Server Error ("auth request unexpected status"). The service ' +
          'cannot hide a resource itself, and the challenge a 401 brings stays on whatever error_page sends instead.',
        sources: [SRC.authRequest, SRC.errorPageKeepsHeaders],
      },
      trap: true,
      lang: 'nginx',
      code: `server {
    listen 443 ssl;
    server_name api.example.com;

    location /documents/ {
        auth_request /_auth_hidden;
        # Anonymous or refused, the auth service answers 403 here (never 401, whose challenge would stay on),
        # and the 403 becomes the same 404 as a path that does not exist.
        error_page 403 =404 @not_found;
        proxy_pass http://app;
    }

    location = /_auth_hidden {
        internal;
        proxy_pass http://auth_service/check;
        proxy_pass_request_body off;
        proxy_set_header Content-Length "";
        proxy_set_header X-Original-URI $request_uri;
        proxy_set_header X-Hide-Existence "1";
    }

    location @not_found {
        default_type application/problem+json;
        return 404 '{"type":"about:blank","title":"Not Found","status":404}';
    }
}
`,
      note: 'The 403 becomes the site\'s one 404: keep @not_found byte for byte the same as every other 404.',
    },
    gone: {
      title: '410 for a removed endpoint',
      default: {
        text: 'nginx knows nothing of removed resources: a deleted file or location is 404.',
        sources: [SRC.staticNotFound],
      },
      trap: false,
      lang: 'nginx',
      code: `location /api/v1/ {
    default_type application/problem+json;
    return 410 '{"type":"https://example.com/probs/gone","title":"Gone","status":410}';
}
`,
    },
    'method-not-allowed': {
      title: '405 with Allow (not limit_except\'s 403)',
      default: {
        text:
          '`limit_except GET { deny all; }` refuses other methods with deny\'s 403 Forbidden; the static module ' +
          'answers 405 without an Allow field (nginx never writes one).',
        sources: [SRC.access, SRC.staticNotAllowed],
      },
      trap: true,
      lang: 'nginx',
      code: `location /invoices/ {
    add_header Allow "GET, HEAD" always;

    if ($request_method !~ ^(GET|HEAD)$) {
        return 405;
    }

    proxy_pass http://app;
}
`,
      note: 'The if runs in the rewrite phase, before auth_basic: nobody may use the method, so nobody is asked to sign in for it.',
    },
    cors: {
      title: 'Preflights answered before auth_basic (204 or 403)',
      default: {
        text:
          'nginx has no CORS support: an OPTIONS preflight under auth_basic gets its 401 challenge (a preflight never ' +
          'carries credentials), and the browser reports a network error.',
        sources: [SRC.authBasicNoCredentials],
      },
      trap: true,
      lang: 'nginx',
      code: `# In the http block.
map "$request_method:$http_origin" $preflight {
    default                                   "";
    "~^OPTIONS:https://app\\.example\\.com$"  allowed;
    "~^OPTIONS:"                              refused;
}

server {
    listen 443 ssl;
    server_name api.example.com;

    location /api/ {
        auth_basic "api";
        auth_basic_user_file /etc/nginx/api.htpasswd;

        # The rewrite phase runs before auth_basic: preflights are answered without a challenge.
        if ($preflight = allowed) {
            add_header Access-Control-Allow-Origin "https://app.example.com" always;
            add_header Access-Control-Allow-Methods "GET, PUT, DELETE" always;
            add_header Access-Control-Allow-Headers "Authorization, Content-Type" always;
            add_header Access-Control-Max-Age 600 always;
            add_header Vary Origin always;
            return 204;
        }
        if ($preflight = refused) {
            add_header Vary Origin always;
            return 403 "CORS request refused: this origin is not allowed.\\n";
        }

        proxy_pass http://app;
    }
}
`,
    },
    'auth-basic': {
      title: '401 with a Basic challenge (auth_basic)',
      default: {
        text:
          'auth_basic answers a request without credentials, with an unknown user or a wrong password, with 401 and ' +
          '`WWW-Authenticate: Basic realm="…"` (no charset parameter).',
        sources: [SRC.authBasicNoCredentials, SRC.authBasicChallenge],
      },
      trap: false,
      lang: 'nginx',
      code: `location /admin/ {
    auth_basic "admin";
    auth_basic_user_file /etc/nginx/admin.htpasswd;
    proxy_pass http://app;
}
`,
      headersBy: 'auth_basic writes WWW-Authenticate: Basic realm="admin" with its 401',
    },
    'anonymous-forbidden': {
      title: '403 without credentials, no challenge',
      default: {
        text: 'auth_basic answers a request without credentials with 401 and a Basic challenge, as the strict policy wants.',
        sources: [SRC.authBasicNoCredentials, SRC.authBasicChallenge],
      },
      trap: false,
      lang: 'nginx',
      code: `location /api/ {
    # Always-403 policy: the rewrite phase refuses a request without credentials before auth_basic challenges it.
    if ($http_authorization = "") {
        return 403 "Send your credentials with the request; this API does not challenge for them.\\n";
    }

    auth_basic "api";
    auth_basic_user_file /etc/nginx/api.htpasswd;
    proxy_pass http://app;
}
`,
      note: 'Wrong credentials still get auth_basic\'s 401; browsers never show their login dialog here.',
    },
    'auth-request-redirect': {
      title: 'Redirect to sign in (or to confirm) from an auth_request 401',
      default: {
        text:
          'auth_request passes the auth service\'s 401 on to the browser, which shows an error page: nginx redirects ' +
          'nowhere by itself.',
        sources: [SRC.authRequest],
      },
      trap: true,
      lang: 'nginx',
      code: `server {
    listen 443 ssl;
    server_name app.example.com;

    location / {
        auth_request /_auth;
        # The auth service names the page in X-Auth-Redirect: sign-in, or the confirm-password page for a stale sign-in.
        auth_request_set $auth_redirect $upstream_http_x_auth_redirect;
        error_page 401 = @sign_in;
        proxy_pass http://app;
    }

${AUTH_LOCATION}

    location @sign_in {
        return 302 $auth_redirect;
    }
}
`,
      note: 'nginx cannot percent-encode the return link: let the auth service build the whole Location (/login?next=%2Fsettings).',
    },
    'client-cert': {
      title: '403 for a missing or untrusted client certificate',
      default: {
        text:
          '`ssl_verify_client on` does not refuse the TLS handshake (nginx asks for a certificate without requiring ' +
          'one): it answers 400 Bad Request with the page "No required SSL certificate was sent", or "The SSL ' +
          'certificate error" for an untrusted one. `optional` lets a request without a certificate through and still ' +
          'answers 400 to an untrusted one.',
        sources: [SRC.verifyPeerOnly, SRC.verifyClient, SRC.verifyModes, SRC.certErrorPages, SRC.certErrorAs400, SRC.errorPageCertCodes],
      },
      trap: true,
      lang: 'nginx',
      code: `server {
    listen 443 ssl;
    server_name api.example.com;

    ssl_certificate        /etc/nginx/tls/api.crt;
    ssl_certificate_key    /etc/nginx/tls/api.key;
    ssl_client_certificate /etc/nginx/tls/clients-ca.crt;
    ssl_verify_client      on;

    # 495: untrusted certificate, 496: none sent. nginx would answer 400; answer 403 with the reason.
    error_page 495 496 =403 @client_certificate_refused;

    location / {
        proxy_pass http://app;
    }

    location @client_certificate_refused {
        default_type application/problem+json;
        return 403 '{"type":"https://example.com/probs/client-certificate-required","title":"Client certificate required","status":403}';
    }
}
`,
    },
    'duplicate-authorization': {
      title: '400 for credentials sent twice (nginx does it)',
      default: {
        text:
          'nginx reads Authorization as a unique header field: a request with two of them is answered 400 Bad Request ' +
          '("client sent duplicate header line") before any location runs. A garbled Basic credential is not malformed ' +
          'but invalid: auth_basic answers it 401.',
        sources: [SRC.uniqueAuthorization, SRC.duplicateHeader, SRC.authBasicNoCredentials],
      },
      trap: false,
      lang: 'nginx',
      code: `location /api/ {
    auth_basic "api";
    auth_basic_user_file /etc/nginx/api.htpasswd;
    proxy_pass http://app;
}
`,
      note: 'Nothing to configure: with Basic, a 400 carries no challenge.',
    },
    'auth-request': {
      title: 'Decisions delegated to an auth service (auth_request)',
      default: {
        text:
          'auth_request lets the request through on a 2xx from the auth service, passes its 403 on, and its 401 with ' +
          'the service\'s WWW-Authenticate fields; any other status becomes 500.',
        sources: [SRC.authRequest],
      },
      trap: false,
      lang: 'nginx',
      code: `server {
    listen 443 ssl;
    server_name api.example.com;

    location /api/ {
        # The auth service answers 2xx (allowed), 401 with its challenge (sign in, or step up) or 403.
        auth_request /_auth;
        auth_request_set $auth_reason $upstream_http_x_auth_reason;
        error_page 403 @forbidden;
        proxy_pass http://app;
    }

${AUTH_LOCATION}

    location @forbidden {
        default_type application/problem+json;
        return 403 '{"type":"https://example.com/probs/forbidden","title":"Forbidden","status":403,"detail":"$auth_reason"}';
    }
}
`,
      headersBy: 'auth_request copies the auth service\'s WWW-Authenticate into its 401 (a 403 passes on without fields)',
      note: 'The body of a 403 from the auth service is dropped: send the reason in a header (here X-Auth-Reason) and build the body in nginx.',
    },
    'auth-request-scope': {
      title: '403 with error="insufficient_scope" through auth_request',
      default: {
        text:
          'auth_request copies WWW-Authenticate only from a 401: the auth service\'s 403 reaches the client bare, ' +
          'and its insufficient_scope challenge is lost.',
        sources: [SRC.authRequest],
      },
      trap: true,
      lang: 'nginx',
      code: `# In the http block: the auth service's challenge, on its 403 only.
map $auth_status $scope_challenge {
    default "";
    403     $auth_challenge;
}

server {
    listen 443 ssl;
    server_name api.example.com;

    location /api/ {
        auth_request /_auth;
        auth_request_set $auth_status $upstream_status;
        auth_request_set $auth_challenge $upstream_http_www_authenticate;
        # auth_request copies WWW-Authenticate only from a 401: put the 403's back (error="insufficient_scope").
        add_header WWW-Authenticate $scope_challenge always;
        proxy_pass http://app;
    }

${AUTH_LOCATION}
}
`,
      note: 'add_header skips an empty value, so every other response keeps the fields it has; the 403 itself comes from the auth service.',
    },
    'proxy-pass': {
      title: 'The application\'s 200 passed through',
      default: {
        text: 'proxy_pass hands the application\'s status and fields to the client; nginx changes nothing on a 200.',
        sources: [SRC.upstreamStatus],
      },
      trap: false,
      lang: 'nginx',
      code: `location /api/ {
    proxy_pass http://app;
}
`,
    },
  },
  cells: {
    'proxy-authentication-required': 'tunnel-auth',
    'proxy-forbidden': 'tunnel-deny',
    'client-barred': 'deny',
    'rate-limited': 'limit-req',
    'not-found': 'not-found',
    gone: 'gone',
    'method-not-allowed': 'method-not-allowed',
    'cors-preflight': 'cors',
    'cors-preflight-refused': 'cors',
    'authentication-required': 'auth-basic',
    'anonymous-forbidden': 'anonymous-forbidden',
    'redirect-to-login': 'auth-request-redirect',
    'hidden-from-anonymous': 'hide',
    'client-certificate-refused': 'client-cert',
    'malformed-credentials': 'duplicate-authorization',
    'csrf-failed': {
      notApplicable:
        'nginx keeps no session and issues no CSRF tokens: the application that sets the session cookie checks them (see the Rails and Laravel stacks).',
    },
    'invalid-credentials': 'auth-basic',
    'step-up-required': 'auth-request',
    'step-up-not-possible': 'auth-request',
    'redirect-to-reauthenticate': 'auth-request-redirect',
    'account-barred': 'auth-request',
    'insufficient-scope': 'auth-request-scope',
    'feature-unavailable': 'auth-request',
    forbidden: 'auth-request',
    'hidden-from-unauthorized': 'hide',
    'forbidden-record': 'auth-request',
    'not-found-after-checks': 'not-found',
    allowed: 'proxy-pass',
  },
});
