import { defineStack, type Source } from '../types.ts';

/**
 * Apache httpd 2.4 as the server in front of an application, with its own Basic authentication (mod_auth_basic),
 * authorization by configuration (mod_authz_core: Require), mod_rewrite, mod_ssl and mod_proxy. Line ranges are
 * those of apache/httpd trunk where the facts were checked; the behaviour cited is the same in 2.4.
 */

const SRC = {
  basicChallenge: { repo: 'apache/httpd', path: 'modules/aaa/mod_auth_basic.c', lines: '230-237' },
  basicNoCredentials: { repo: 'apache/httpd', path: 'modules/aaa/mod_auth_basic.c', lines: '249-291' },
  proxy407: { repo: 'apache/httpd', path: 'modules/http/http_request.c', lines: '142-150' },
  proxyBlock: { repo: 'apache/httpd', path: 'modules/proxy/proxy_util.c', lines: '3424-3428' },
  connectBlock: { repo: 'apache/httpd', path: 'modules/proxy/mod_proxy_connect.c', lines: '214-229' },
  authzDenied: { repo: 'apache/httpd', path: 'modules/aaa/mod_authz_core.c', lines: '877-905' },
  forbiddenOnFailureDoc: { repo: 'apache/httpd', path: 'docs/manual/mod/mod_authz_core.xml', lines: '629-653' },
  sslRequireStrict: { repo: 'apache/httpd', path: 'modules/ssl/ssl_engine_init.c', lines: '994-996' },
  sslStrictFlags: { repo: 'apache/httpd', path: 'modules/ssl/ssl_private.h', lines: '454-455' },
  sslRenegotiation403: { repo: 'apache/httpd', path: 'modules/ssl/ssl_engine_kernel.c', lines: '491-511' },
  allowOn405: { repo: 'apache/httpd', path: 'modules/http/http_protocol.c', lines: '1285-1288' },
  defaultHandlerMethods: { repo: 'apache/httpd', path: 'server/core.c', lines: '5158-5160' },
  redirectGone: { repo: 'apache/httpd', path: 'modules/mappers/mod_alias.c', lines: '278-281' },
  formLoginRequired: { repo: 'apache/httpd', path: 'modules/aaa/mod_auth_form.c', lines: '1057-1072' },
  formNoChallenge: { repo: 'apache/httpd', path: 'modules/aaa/mod_auth_form.c', lines: '409-417' },
  fileNotFound: { repo: 'apache/httpd', path: 'server/core.c', lines: '5171-5177' },
  proxiedStatus: { repo: 'apache/httpd', path: 'modules/proxy/mod_proxy_http.c', lines: '1242-1261' },
  mergedHeaders: { repo: 'apache/httpd', path: 'server/protocol.c', lines: '1041-1044' },
} as const satisfies Record<string, Source>;

export const apache = defineStack({
  id: 'apache',
  name: 'Apache httpd',
  version: 'Apache httpd 2.4',
  scheme: 'basic',
  summary:
    'httpd decides by configuration: mod_rewrite maps (and may answer) the URL first, then authentication ' +
    '(AuthType Basic or form) and authorization (Require) run, then the handler (files, mod_proxy). Its own refusals ' +
    'are error pages that ErrorDocument can replace; a proxied application\'s responses pass through.',
  recipes: {
    'forward-proxy-auth': {
      title: '407 from a forward proxy (mod_proxy + mod_auth_basic)',
      default: {
        text:
          'For a forward-proxy request, mod_auth_basic reads Proxy-Authorization and writes Proxy-Authenticate, and ' +
          'httpd turns the 401 of any authentication module into 407 Proxy Authentication Required.',
        sources: [SRC.basicChallenge, SRC.proxy407],
      },
      trap: false,
      lang: 'apache',
      code: `Listen 3128
<VirtualHost *:3128>
    ProxyRequests On
    <Proxy "*">
        AuthType Basic
        AuthName "corporate proxy"
        AuthBasicProvider file
        AuthUserFile "/etc/httpd/proxy.htpasswd"
        Require valid-user
    </Proxy>
</VirtualHost>
`,
      headersBy: 'mod_auth_basic writes Proxy-Authenticate: Basic realm="corporate proxy" on the 407 of a proxy request',
      note: 'httpd writes the realm only, without charset="UTF-8".',
    },
    'proxy-block': {
      title: '403 for a blocked destination (ProxyBlock)',
      default: {
        text:
          'A forward proxy with ProxyRequests On forwards to any host unless told otherwise; ProxyBlock (and ' +
          'AllowCONNECT for CONNECT ports) refuses with 403 Forbidden "Connect to remote machine blocked".',
        sources: [SRC.proxyBlock, SRC.connectBlock],
      },
      trap: false,
      lang: 'apache',
      code: `<VirtualHost *:3128>
    ProxyRequests On
    ProxyBlock "files.example.net" ".filesharing.example"
    ErrorDocument 403 "Connections to this destination are not allowed from this network."
</VirtualHost>
`,
    },
    'require-not-ip': {
      title: '403 for a blocked address (Require not ip)',
      default: {
        text:
          'An authorization that fails before anyone authenticated (Require ip, Require all denied) is 403 ' +
          'Forbidden, "client denied by server configuration".',
        sources: [SRC.authzDenied],
      },
      trap: false,
      lang: 'apache',
      code: `<Location "/">
    <RequireAll>
        Require all granted
        Require not ip 203.0.113.0/24 2001:db8:bad::/48
    </RequireAll>
</Location>
`,
      note: 'Evaluated before authentication: a blocked network never sees a password prompt.',
    },
    'not-found': {
      title: '404 with one problem document (ErrorDocument)',
      default: {
        text: 'A missing file is 404 with httpd\'s HTML page; a proxied application\'s 404 is its own.',
        sources: [SRC.fileNotFound, SRC.proxiedStatus],
      },
      trap: false,
      lang: 'apache',
      code: `<VirtualHost *:443>
    ServerName api.example.com
    ErrorDocument 404 /errors/404.json
    <Location "/errors/">
        ForceType application/problem+json
    </Location>
    ProxyPass "/errors/" "!"
    ProxyPass "/api/" "http://app.internal/api/"
</VirtualHost>
`,
      note: 'ErrorDocument with a local path keeps the 404 status and covers httpd\'s own 404s; the application behind ProxyPass must send the same document for its own.',
    },
    'hide-from-anonymous': {
      title: '404 for anonymous requests, before authentication',
      default: {
        text:
          'mod_auth_basic answers a request without credentials with 401 and a challenge, which tells an anonymous ' +
          'caller that something protected lives at that URL.',
        sources: [SRC.basicNoCredentials, SRC.basicChallenge],
      },
      trap: true,
      lang: 'apache',
      code: `<VirtualHost *:443>
    ServerName api.example.com
    ErrorDocument 404 /errors/404.json

    # Server context: mod_rewrite answers while the URL is mapped, before authentication asks for anything.
    RewriteEngine On
    RewriteCond "%{HTTP:Authorization}" "^$"
    RewriteRule "^/documents/" "-" [R=404,L]

    <Location "/documents/">
        AuthType Basic
        AuthName "documents"
        AuthBasicProvider file
        AuthUserFile "/etc/httpd/documents.htpasswd"
        Require valid-user
    </Location>
</VirtualHost>
`,
      note: 'Clients must send credentials up front: no 401 will ever ask for them here.',
    },
    gone: {
      title: '410 for a removed endpoint (Redirect gone)',
      default: {
        text: 'httpd knows nothing of removed resources: a deleted file or location is 404.',
        sources: [SRC.fileNotFound, SRC.redirectGone],
      },
      trap: false,
      lang: 'apache',
      code: `Redirect gone "/api/v1"
ErrorDocument 410 /errors/410.json
`,
      note: '`Redirect gone` answers 410 Gone for the path and everything under it.',
    },
    'method-not-allowed': {
      title: '405 with Allow (httpd does it for its own resources)',
      default: {
        text:
          'For a resource httpd serves itself, an unsupported method is 405 Method Not Allowed and the error response ' +
          'carries Allow, built from the methods the handler registered (GET, POST, OPTIONS for files, with TRACE). ' +
          '`<LimitExcept GET HEAD>` with `Require all denied` answers 403 instead.',
        sources: [SRC.allowOn405, SRC.defaultHandlerMethods, SRC.authzDenied],
      },
      trap: false,
      lang: 'apache',
      code: `# TRACE would be listed in Allow (and answered): switch it off for the server.
TraceEnable off

<Directory "/srv/www/reports">
    Require all granted
</Directory>
`,
      headersBy: 'httpd\'s error response (ap_send_error_response) writes Allow on every 405',
      note: 'A proxied application answers its own 405 and must send Allow itself.',
    },
    cors: {
      title: 'Preflights answered before authentication (204 or 403)',
      default: {
        text:
          'httpd has no CORS support: a preflight to a location that requires authentication gets the 401 challenge ' +
          '(a preflight never carries credentials), and the browser reports a network error.',
        sources: [SRC.basicNoCredentials],
      },
      trap: true,
      lang: 'apache',
      code: `<VirtualHost *:443>
    ServerName api.example.com

    # Server context: preflights are answered while the URL is mapped, before authentication.
    RewriteEngine On
    RewriteCond "%{REQUEST_METHOD}" "=OPTIONS"
    RewriteCond "%{HTTP:Access-Control-Request-Method}" "."
    RewriteCond "%{HTTP:Origin}" "=https://app.example.com"
    RewriteRule "^/api/" "-" [R=204,L]
    RewriteCond "%{REQUEST_METHOD}" "=OPTIONS"
    RewriteCond "%{HTTP:Access-Control-Request-Method}" "."
    RewriteRule "^/api/" "-" [R=403,L]

    Header always set Access-Control-Allow-Origin "https://app.example.com" "expr=%{REQUEST_STATUS} == '204' && %{REQUEST_METHOD} == 'OPTIONS'"
    Header always set Access-Control-Allow-Methods "GET, PUT, DELETE" "expr=%{REQUEST_STATUS} == '204' && %{REQUEST_METHOD} == 'OPTIONS'"
    Header always set Access-Control-Allow-Headers "Authorization, Content-Type" "expr=%{REQUEST_STATUS} == '204' && %{REQUEST_METHOD} == 'OPTIONS'"
    Header always set Access-Control-Max-Age "600" "expr=%{REQUEST_STATUS} == '204' && %{REQUEST_METHOD} == 'OPTIONS'"
    Header always merge Vary "Origin"
</VirtualHost>
`,
      note: 'A non-redirect status in [R=…] drops the substitution and ends the request with that status; a 204 goes out without a body.',
    },
    'auth-basic': {
      title: '401 with a Basic challenge (mod_auth_basic)',
      default: {
        text:
          'mod_auth_basic answers a request without credentials, with another scheme, an unknown user or a wrong ' +
          'password with 401 and `WWW-Authenticate: Basic realm="…"` (no charset parameter).',
        sources: [SRC.basicNoCredentials, SRC.basicChallenge],
      },
      trap: false,
      lang: 'apache',
      code: `<Location "/admin/">
    AuthType Basic
    AuthName "admin"
    AuthBasicProvider file
    AuthUserFile "/etc/httpd/admin.htpasswd"
    Require valid-user
</Location>
`,
      headersBy: 'mod_auth_basic writes WWW-Authenticate: Basic realm="admin" with its 401',
    },
    'anonymous-forbidden': {
      title: '403 without credentials, no challenge',
      default: {
        text: 'mod_auth_basic answers a request without credentials with 401 and a Basic challenge, as the strict policy wants.',
        sources: [SRC.basicNoCredentials, SRC.basicChallenge],
      },
      trap: false,
      lang: 'apache',
      code: `<Location "/api/">
    AuthType Basic
    AuthName "api"
    AuthBasicProvider file
    AuthUserFile "/etc/httpd/api.htpasswd"
    <RequireAll>
        # Always-403 policy: without an Authorization field the request fails before authentication.
        Require expr "-n req('Authorization')"
        Require valid-user
    </RequireAll>
</Location>
`,
      note: 'An authorization that fails before authentication is 403 Forbidden; wrong credentials still get the 401.',
    },
    'form-login': {
      title: 'Redirect to the sign-in page (mod_auth_form)',
      default: {
        text:
          'mod_auth_form without AuthFormLoginRequiredLocation answers a request without a valid session with 401 and ' +
          'no challenge: the browser shows an error page. With it, the request is redirected with 302.',
        sources: [SRC.formNoChallenge, SRC.formLoginRequired],
      },
      trap: true,
      lang: 'apache',
      code: `<Location "/settings">
    AuthType form
    AuthName "app"
    AuthFormProvider file
    AuthUserFile "/etc/httpd/app.htpasswd"
    AuthFormLoginRequiredLocation "/login?next=%{escape:%{REQUEST_URI}}"
    Session On
    SessionCookieName session path=/;Secure;HttpOnly
    Require valid-user
</Location>
`,
      headersBy: 'mod_auth_form writes Location (the evaluated AuthFormLoginRequiredLocation) with a 302 Found',
    },
    'ssl-verify-client': {
      title: 'Refuse in the handshake (SSLVerifyClient require)',
      default: {
        text:
          '`SSLVerifyClient require` for the whole virtual host makes the TLS handshake fail without a trusted client ' +
          'certificate (SSL_VERIFY_FAIL_IF_NO_PEER_CERT); set in a Location it renegotiates, and a missing or ' +
          'untrusted certificate is answered 403 Forbidden.',
        sources: [SRC.sslRequireStrict, SRC.sslStrictFlags, SRC.sslRenegotiation403],
      },
      trap: false,
      lang: 'apache',
      code: `<VirtualHost *:443>
    ServerName api.example.com
    SSLEngine on
    SSLCertificateFile "/etc/httpd/tls/api.crt"
    SSLCertificateKeyFile "/etc/httpd/tls/api.key"
    SSLCACertificateFile "/etc/httpd/tls/clients-ca.crt"
    SSLVerifyClient require
    SSLVerifyDepth 2
    ProxyPass "/" "http://app.internal/"
</VirtualHost>
`,
      note: 'Per-directory SSLVerifyClient needs renegotiation (TLS 1.2) or post-handshake authentication (TLS 1.3), which HTTP/2 forbids: prefer the whole virtual host.',
    },
    'duplicate-authorization': {
      title: '400 for credentials sent twice',
      default: {
        text:
          'httpd merges repeated request header fields with ", ", so two Authorization fields reach mod_auth_basic as ' +
          'one garbled credential: 401 with a new challenge, not 400.',
        sources: [SRC.mergedHeaders, SRC.basicNoCredentials],
      },
      trap: true,
      lang: 'apache',
      code: `# Server context: a comma never appears in one Basic credential, so it means two were sent.
RewriteEngine On
RewriteCond "%{HTTP:Authorization}" ","
RewriteRule "^" "-" [R=400,L]
`,
    },
    'authz-forbidden': {
      title: '403 for a known user the rules refuse (AuthzSendForbiddenOnFailure)',
      default: {
        text:
          'When a user authenticated but Require refuses them (wrong group, a suspended account\'s group), httpd ' +
          'answers 401 with a fresh challenge by default, so the browser asks for the password again. ' +
          '`AuthzSendForbiddenOnFailure On` (2.3.11+) sends 403 instead.',
        sources: [SRC.authzDenied, SRC.forbiddenOnFailureDoc],
      },
      trap: true,
      lang: 'apache',
      code: `<Location "/admin/">
    AuthType Basic
    AuthName "admin"
    AuthBasicProvider file
    AuthUserFile "/etc/httpd/admin.htpasswd"
    AuthGroupFile "/etc/httpd/groups"
    AuthzSendForbiddenOnFailure On
    <RequireAll>
        Require valid-user
        Require not group suspended
        Require group admins
    </RequireAll>
    ErrorDocument 403 /errors/403.json
</Location>
`,
      note: 'The manual warns that a 403 here confirms the password was right; that is what the outcome wants.',
    },
    'proxy-pass': {
      title: 'The application\'s 200 passed through',
      default: {
        text: 'mod_proxy hands the application\'s status and fields to the client; httpd changes nothing on a 200.',
        sources: [SRC.proxiedStatus],
      },
      trap: false,
      lang: 'apache',
      code: `ProxyPass "/api/" "http://app.internal/api/"
ProxyPassReverse "/api/" "http://app.internal/api/"
`,
    },
  },
  cells: {
    'proxy-authentication-required': 'forward-proxy-auth',
    'proxy-forbidden': 'proxy-block',
    'client-barred': 'require-not-ip',
    'rate-limited': {
      notApplicable:
        'httpd ships no request-rate limit: mod_ratelimit throttles bandwidth and never refuses a request, so the 429 comes from the application or a third-party module.',
    },
    'not-found': 'not-found',
    gone: 'gone',
    'method-not-allowed': 'method-not-allowed',
    'cors-preflight': 'cors',
    'cors-preflight-refused': 'cors',
    'authentication-required': 'auth-basic',
    'anonymous-forbidden': 'anonymous-forbidden',
    'redirect-to-login': 'form-login',
    'hidden-from-anonymous': 'hide-from-anonymous',
    'client-certificate-refused': 'ssl-verify-client',
    'malformed-credentials': 'duplicate-authorization',
    'csrf-failed': {
      notApplicable:
        'httpd issues no CSRF tokens (mod_session stores a session, not a form token): the application behind it checks them.',
    },
    'invalid-credentials': 'auth-basic',
    'step-up-required': {
      notApplicable:
        'httpd\'s authentication modules (Basic, Digest, form) know no sign-in strength or age and validate no access tokens, so only the application can ask for a step-up.',
    },
    'step-up-not-possible': {
      notApplicable:
        'Which operations need a recent personal sign-in is the application\'s rule; httpd only passes its 403 through.',
    },
    'redirect-to-reauthenticate': {
      notApplicable:
        'mod_auth_form knows only signed in or not: it cannot ask one location for a fresh password, so the application redirects to its own prompt.',
    },
    'account-barred': 'authz-forbidden',
    'insufficient-scope': {
      notApplicable:
        'Scopes belong to OAuth access tokens, which no module shipped with httpd validates; the application (or a third-party module) answers this 403.',
    },
    'feature-unavailable': 'authz-forbidden',
    forbidden: 'authz-forbidden',
    'hidden-from-unauthorized': {
      notApplicable:
        'A request Require refuses ends as 401 or 403 before mod_rewrite\'s per-directory rules run, so httpd cannot turn it into 404; the application hides its own records.',
    },
    'forbidden-record': {
      notApplicable:
        'httpd authorizes by URL, user and group; whose record it is only the application knows, and its 403 passes through unchanged.',
    },
    'not-found-after-checks': 'not-found',
    allowed: 'proxy-pass',
  },
});
