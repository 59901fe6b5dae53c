import type { Fact, Source } from '../types.ts';
import { defineStack } from '../types.ts';

/**
 * Express 5 with Passport and passport-http-bearer. Express itself has no authentication: Passport's
 * authenticate() middleware answers every failure, and it only ever answers 401 (or a strategy's own
 * status); permissions, CORS, rate limits and CSRF are separate middleware or the application's own code.
 */

const SRC = {
  passportAuthenticate: { repo: 'jaredhanson/passport', path: 'lib/middleware/authenticate.js', lines: '147-178' },
  passportRedirect: { repo: 'jaredhanson/passport', path: 'lib/middleware/authenticate.js', lines: '147-149' },
  passportCallback: { repo: 'jaredhanson/passport', path: 'lib/middleware/authenticate.js', lines: '107-116' },
  passportSuccess: { repo: 'jaredhanson/passport', path: 'lib/middleware/authenticate.js', lines: '220-293' },
  bearerStrategy: { repo: 'jaredhanson/passport-http-bearer', path: 'lib/strategy.js', lines: '115-186' },
  sessionStrategy: { repo: 'jaredhanson/passport', path: 'lib/strategies/session.js', lines: '64-106' },
  finalhandler: { repo: 'pillarjs/finalhandler', path: 'index.js', lines: '104-108' },
  routerMethods: { repo: 'pillarjs/router', path: 'index.js', lines: '260-276' },
  routerOptions: { repo: 'pillarjs/router', path: 'index.js', lines: '693-711' },
  cors: { repo: 'expressjs/cors', path: 'lib/index.js', lines: '8-13' },
  corsOrigin: { repo: 'expressjs/cors', path: 'lib/index.js', lines: '57-67' },
  rateLimit: { repo: 'express-rate-limit/express-rate-limit', path: 'source/rate-limit.ts', lines: '593-603' },
  csurf: { repo: 'expressjs/csurf', path: 'README.md' },
  nodeTls: { repo: 'nodejs/node', path: 'doc/api/tls.md' },
} as const satisfies Record<string, Source>;

const FACT = {
  noPermissions: {
    text: `Passport only authenticates: a failed authentication is a 401 (or the status a strategy chose), and nothing in Express or Passport answers 403. Refusing an authenticated caller is your code's job, and a hand-written 403 carries no challenge unless you add one.`,
    sources: [SRC.passportAuthenticate],
  },
  notFound: {
    text: `An unmatched URL falls through to finalhandler: 404 with an HTML page "Cannot GET /path" and no WWW-Authenticate.`,
    sources: [SRC.finalhandler],
  },
  hiding: {
    text: `passport.authenticate('bearer') runs before the route, so an anonymous request for a hidden resource gets its 401 challenge (which reveals that something is there), and a refused caller gets whatever your permission check answers, usually 403.`,
    sources: [SRC.passportAuthenticate, SRC.bearerStrategy],
  },
  gone: {
    text: `Express has no notion of a removed resource: once the route is deleted, the URL falls through to finalhandler's 404.`,
    sources: [SRC.finalhandler],
  },
  methods: {
    text: `A route that does not handle the request's method does not match, so the request falls through to finalhandler's 404 "Cannot DELETE /path", without Allow. Only OPTIONS gets an automatic answer listing the methods in Allow.`,
    sources: [SRC.routerMethods, SRC.finalhandler],
  },
  cors: {
    text: `Without the cors middleware, Express's router answers an OPTIONS request for a known path itself (200 with Allow) but sends no Access-Control-Allow-* header, so the browser fails the preflight; an authentication middleware mounted before the routes answers it 401 first. The cors middleware answers the preflight with 204 and, by default, Access-Control-Allow-Origin: * (no credentials).`,
    sources: [SRC.routerOptions, SRC.cors],
  },
  corsRefused: {
    text: `When the cors middleware's origin list does not match, it leaves out Access-Control-Allow-Origin but still answers the preflight 204: the browser blocks the request all the same.`,
    sources: [SRC.corsOrigin],
  },
  rateLimit: {
    text: `Express has no rate limiting. The express-rate-limit middleware answers 429 and sets Retry-After whenever its legacy or standard headers are on (the legacy ones are by default).`,
    sources: [SRC.rateLimit],
  },
  missingToken: {
    text: `With no token, passport-http-bearer fails with the challenge Bearer realm="Users" (its default realm, no error code), and Passport answers 401 with that WWW-Authenticate and the body "Unauthorized".`,
    sources: [SRC.bearerStrategy, SRC.passportAuthenticate],
  },
  invalidToken: {
    text: `When the verify callback yields no user, passport-http-bearer fails with error="invalid_token" and the message passed to the callback as error_description; Passport answers 401 with that challenge.`,
    sources: [SRC.bearerStrategy, SRC.passportAuthenticate],
  },
  malformed: {
    text: `An Authorization header that is not two parts, or a token sent in more than one place (header, body, query), fails with status 400. Passport sets WWW-Authenticate only on a 401, so the 400 carries no error="invalid_request" challenge. A custom callback receives the challenge and the status instead, and Passport writes nothing.`,
    sources: [SRC.bearerStrategy, SRC.passportAuthenticate, SRC.passportCallback],
  },
  anonymous: {
    text: `Passport answers a request without a token 401 with the Bearer challenge, the answer RFC 9110 prefers; it has no always-403 setting.`,
    sources: [SRC.passportAuthenticate, SRC.bearerStrategy],
  },
  stepUp: {
    text: `Passport has no notion of how or when the user signed in: a valid token passes whatever its acr or auth_time claims say.`,
    sources: [SRC.bearerStrategy],
  },
  loginRedirect: {
    text: `passport.session() lets a page load without a signed-in user through to the route (it is up to the route to refuse it). A failing passport.authenticate answers 401 unless given failureRedirect; with it, it redirects (302) to that fixed URL, without the page the user asked for.`,
    sources: [SRC.sessionStrategy, SRC.passportRedirect],
  },
  reauth: {
    text: `The session keeps only who the user is (req.session.passport.user), not when they last entered a password: a session of any age passes.`,
    sources: [SRC.sessionStrategy],
  },
  csrf: {
    text: `Express checks nothing against cross-site requests. The Express project's csurf middleware raises an error with code EBADCSRFTOKEN for your error handler to answer.`,
    sources: [SRC.csurf],
  },
  clientCert: {
    text: `Node's HTTPS server with requestCert: true rejects an unauthorized client certificate in the TLS handshake (rejectUnauthorized defaults to true); with rejectUnauthorized: false the request reaches Express and req.socket.authorized tells whether the certificate verified.`,
    sources: [SRC.nodeTls],
  },
  allowed: {
    text: `On success passport-http-bearer puts the user on req.user (and the verify callback’s info on req.authInfo) and calls the next handler, whose res.json() answers 200.`,
    sources: [SRC.bearerStrategy, SRC.passportSuccess],
  },
} as const satisfies Record<string, Fact>;

const HEADERS_BY_BEARER = `passport-http-bearer builds the challenge and Passport's authenticate middleware writes it into WWW-Authenticate.`;

export const express = defineStack({
  id: 'express',
  name: 'Express + Passport',
  version: 'Express 5.2, Passport 0.7, passport-http-bearer 1.0',
  scheme: 'bearer',
  summary: `Express routes requests through middleware in order; Passport's authenticate middleware with the passport-http-bearer strategy checks the token and answers 401 with a Bearer challenge. Everything after authentication (403, 404 hiding, 405, CORS, rate limits) is middleware or code you add.`,
  recipes: {
    notFound: {
      title: '404 with the API’s shared body and challenge',
      default: FACT.notFound,
      trap: false,
      lang: 'javascript',
      code: `import express from 'express';

const app = express();
// ... routes ...

// Last: every unmatched URL, and every handler that calls notFound(), answers the same 404.
export function notFound(req, res) {
  res.status(404)
    .set('WWW-Authenticate', 'Bearer realm="api"')
    .type('application/problem+json')
    .json({ type: 'about:blank', title: 'Not Found', status: 404 });
}
app.use(notFound);`,
      note: 'Use the same function wherever a record is missing, so that a hidden resource cannot be told from a missing one.',
    },
    hide: {
      title: '404 that hides the resource',
      default: FACT.hiding,
      trap: true,
      lang: 'javascript',
      code: `import express from 'express';
import passport from 'passport';
import { notFound } from './not-found.js'; // 404 + WWW-Authenticate: Bearer realm="api", as for every 404
import { findInvoice, canRead } from './invoices.js';

const app = express();

app.get('/invoices/:id', (req, res, next) => {
  // Authenticate without answering: a failure must look like a missing invoice.
  passport.authenticate('bearer', { session: false }, (err, user) => {
    if (err) return next(err);
    const invoice = findInvoice(req.params.id);
    if (!user || !invoice || !canRead(user, invoice)) return notFound(req, res);
    res.json(invoice);
  })(req, res, next);
});`,
      note: 'notFound() is the shared handler of the 404 recipe. With a custom callback Passport writes nothing: the handler decides. Legitimate clients must send their token up front.',
    },
    gone: {
      title: '410 for a removed endpoint',
      default: FACT.gone,
      trap: false,
      lang: 'javascript',
      code: `import express from 'express';

const app = express();

// Before authentication: the answer is the same for every caller.
app.all('/v1/reports{/*rest}', (req, res) => {
  res.status(410).type('application/problem+json').json({
    type: 'https://example.com/probs/gone',
    title: 'Gone',
    status: 410,
    detail: 'This resource was removed permanently and will not come back.',
  });
});`,
    },
    methodNotAllowed: {
      title: '405 with Allow',
      default: FACT.methods,
      trap: true,
      lang: 'javascript',
      code: `import express from 'express';

const app = express();

app.route('/invoices/:id')
  .get((req, res) => res.json({ id: req.params.id }))
  // Any other method on this path: 405 with the methods the route supports (GET also serves HEAD).
  .all((req, res) => {
    res.status(405).set('Allow', 'GET, HEAD').type('application/problem+json').json({
      type: 'about:blank',
      title: 'Method Not Allowed',
      status: 405,
      detail: \`\${req.method} is not supported here. Supported methods: GET, HEAD.\`,
    });
  });`,
      note:
        '.all() catches OPTIONS on this path too, so Express no longer answers it by itself (200 with an Allow ' +
        'list): mount the cors middleware before the routes (see the CORS recipe) so that preflights end there first.',
    },
    cors: {
      title: 'Preflight answered before Passport',
      default: FACT.cors,
      trap: true,
      lang: 'javascript',
      code: `import express from 'express';
import cors from 'cors';
import passport from 'passport';

const app = express();

// Before passport.authenticate: the preflight carries no token and must not be challenged.
app.use(cors({
  origin: ['https://app.example.com'],
  methods: ['GET', 'PUT', 'DELETE'],
  allowedHeaders: ['Authorization', 'Content-Type'],
  credentials: true, // only if the page calls fetch(..., { credentials: 'include' })
  maxAge: 600,
}));
app.use('/api', passport.authenticate('bearer', { session: false }));`,
      headersBy: `the cors middleware writes Access-Control-Allow-Origin (with Vary: Origin), -Methods, -Headers, -Credentials and -Max-Age, and answers the preflight 204.`,
    },
    corsRefused: {
      title: '403 to a preflight from another origin',
      default: FACT.corsRefused,
      trap: false,
      lang: 'javascript',
      code: `import express from 'express';
import cors from 'cors';

const app = express();
const ORIGINS = ['https://app.example.com'];

app.use((req, res, next) => {
  const origin = req.get('Origin');
  if (req.method !== 'OPTIONS' || !origin || ORIGINS.includes(origin)) return next();
  // No Access-Control-Allow-* at all: their absence is what blocks the request.
  res.status(403).set('Vary', 'Origin').type('text/plain')
    .send('CORS request refused: this origin is not allowed.');
});
app.use(cors({ origin: ORIGINS }));`,
      note: 'Only the status changes: without this middleware the browser blocks the request just the same.',
    },
    rateLimit: {
      title: '429 with Retry-After',
      default: FACT.rateLimit,
      trap: false,
      lang: 'javascript',
      code: `import express from 'express';
import { rateLimit } from 'express-rate-limit';

const app = express();

app.use(rateLimit({
  windowMs: 60_000,
  limit: 100,
  standardHeaders: 'draft-8', // RateLimit headers, and Retry-After on the 429
  legacyHeaders: false,
  handler: (req, res, next, options) => {
    res.status(options.statusCode).type('application/problem+json').json({
      type: 'https://example.com/probs/rate-limited',
      title: 'Too many requests',
      status: 429,
    });
  },
}));`,
      headersBy: `express-rate-limit writes Retry-After (the seconds until the window resets) before it calls the handler.`,
    },
    clientBlocked: {
      title: '403 to a blocked client, before anything else',
      default: FACT.noPermissions,
      trap: false,
      lang: 'javascript',
      code: `import express from 'express';
import { isBlocked } from './blocklist.js';

const app = express();
app.set('trust proxy', 1); // req.ip from X-Forwarded-For, set by your one proxy

// First middleware: the same answer for every URL, and no challenge.
app.use((req, res, next) => {
  if (!isBlocked(req.ip)) return next();
  res.status(403).type('application/problem+json').json({
    type: 'https://example.com/probs/client-blocked',
    title: 'Access from your network is blocked',
    status: 403,
  });
});`,
    },
    clientCert: {
      title: '403 when the client certificate is missing or untrusted',
      default: FACT.clientCert,
      trap: false,
      lang: 'javascript',
      code: `import https from 'node:https';
import { readFileSync } from 'node:fs';
import express from 'express';

const app = express();

app.use((req, res, next) => {
  if (req.socket.authorized) return next();
  res.status(403).type('application/problem+json').json({
    type: 'https://example.com/probs/client-certificate-required',
    title: 'Client certificate required',
    status: 403,
  });
});

https.createServer({
  key: readFileSync('server.key'),
  cert: readFileSync('server.crt'),
  ca: readFileSync('client-ca.crt'),
  requestCert: true,
  rejectUnauthorized: false, // let the request through, and answer 403 in HTTP
}, app).listen(8443);`,
      note: 'Usually a proxy in front terminates TLS; then it forwards the verification result and this check reads that instead.',
    },
    csrf: {
      title: '403 for a cross-site unsafe request',
      default: FACT.csrf,
      trap: false,
      lang: 'javascript',
      code: `import express from 'express';

const app = express();
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

// Session-cookie routes only: a Bearer token is never sent by the browser on its own.
app.use((req, res, next) => {
  const site = req.get('Sec-Fetch-Site');
  if (SAFE.has(req.method) || !site || site === 'same-origin' || site === 'none') return next();
  res.status(403).type('application/problem+json').json({
    type: 'https://example.com/probs/csrf-token-invalid',
    title: 'Cross-site request refused',
    status: 403,
  });
});`,
      note: 'For browsers without Sec-Fetch-Site, compare the Origin header with your own origin as well.',
    },
    challenge: {
      title: '401 with a Bearer challenge',
      default: FACT.missingToken,
      trap: false,
      lang: 'javascript',
      code: `import express from 'express';
import passport from 'passport';
import { Strategy as BearerStrategy } from 'passport-http-bearer';
import { verifyToken } from './tokens.js';

passport.use(new BearerStrategy({ realm: 'api' }, async (token, done) => {
  try {
    const claims = await verifyToken(token);
    return claims ? done(null, { id: claims.sub }, claims) : done(null, false, 'The access token is invalid');
  } catch (err) {
    return done(err);
  }
}));

const app = express();
app.use('/api', passport.authenticate('bearer', { session: false }));`,
      headersBy: HEADERS_BY_BEARER,
      note: 'Set realm: the strategy’s default is "Users".',
    },
    invalidToken: {
      title: '401 with error="invalid_token"',
      default: FACT.invalidToken,
      trap: false,
      lang: 'javascript',
      code: `import passport from 'passport';
import { Strategy as BearerStrategy } from 'passport-http-bearer';
import { verifyToken, TokenExpiredError } from './tokens.js';

passport.use(new BearerStrategy({ realm: 'api' }, async (token, done) => {
  try {
    const claims = await verifyToken(token);
    return done(null, { id: claims.sub }, claims);
  } catch (err) {
    // The message becomes error_description in WWW-Authenticate.
    if (err instanceof TokenExpiredError) return done(null, false, 'The access token expired');
    return done(null, false, 'The access token is invalid');
  }
}));`,
      headersBy: HEADERS_BY_BEARER,
      note: 'Call done(err) only for a failure of your own (database down): Passport turns it into a 500, not a 401.',
    },
    malformed: {
      title: '400 with error="invalid_request"',
      default: FACT.malformed,
      trap: true,
      lang: 'javascript',
      code: `import passport from 'passport';

// Wraps passport.authenticate: the strategy's 400 gets the challenge Passport leaves out.
export function bearer(req, res, next) {
  passport.authenticate('bearer', { session: false }, (err, user, challenge, status) => {
    if (err) return next(err);
    if (user) { req.user = user; return next(); }
    if (status === 400) {
      // The strategy's 400: an Authorization header that is not "Bearer <token>", or a token sent twice.
      res.set('WWW-Authenticate', 'Bearer realm="api", error="invalid_request", error_description="Send the access token once, as Authorization: Bearer <token>"');
      return res.status(400).type('application/problem+json')
        .json({ type: 'https://example.com/probs/invalid-request', title: 'Malformed credentials', status: 400 });
    }
    res.set('WWW-Authenticate', challenge);
    res.status(401).type('application/problem+json')
      .json({ type: 'https://example.com/probs/authentication-required', title: 'Authentication required', status: 401 });
  })(req, res, next);
}`,
      note: 'With a custom callback Passport hands over the challenge and status and writes nothing itself, so this one function answers the 401s too.',
    },
    anonymous403: {
      title: '403 to an anonymous caller, keeping the Bearer challenge',
      default: FACT.anonymous,
      trap: false,
      lang: 'javascript',
      code: `import passport from 'passport';

// The always-403 policy: no credentials at all get 403, still with the challenge (RFC 6750 §3).
export function bearerOr403(req, res, next) {
  passport.authenticate('bearer', { session: false }, (err, user, challenge, status) => {
    if (err) return next(err);
    if (user) { req.user = user; return next(); }
    const anonymous = !req.get('Authorization');
    res.set('WWW-Authenticate', challenge ?? 'Bearer realm="api"');
    res.status(anonymous ? 403 : status ?? 401).type('application/problem+json').json({
      type: 'https://example.com/probs/authentication-required',
      title: 'Authentication required',
      status: res.statusCode,
      detail: anonymous ? 'Send your credentials with the request; this API does not challenge for them.' : undefined,
    });
  })(req, res, next);
}`,
      note: 'Credentials that were sent and rejected keep their 401 (or the 400 of a malformed request).',
    },
    stepUp: {
      title: '401 with error="insufficient_user_authentication"',
      default: FACT.stepUp,
      trap: false,
      lang: 'javascript',
      code: `// After passport.authenticate('bearer'): req.authInfo holds the token's claims.
export function requireRecentMfa(maxAge) {
  return (req, res, next) => {
    const { acr, auth_time: authTime } = req.authInfo ?? {};
    if (acr === 'mfa' && Date.now() / 1000 - authTime <= maxAge) return next();
    res.set('WWW-Authenticate',
      \`Bearer realm="api", error="insufficient_user_authentication", error_description="A sign-in with MFA within the last 5 minutes is required", acr_values="mfa", max_age=\${maxAge}\`);
    res.status(401).type('application/problem+json').json({
      type: 'https://example.com/probs/step-up-required',
      title: 'A stronger or more recent sign-in is required',
      status: 401,
    });
  };
}`,
      note: 'Use it on the route: app.post("/transfers", requireRecentMfa(300), handler).',
    },
    stepUpImpossible: {
      title: '403 when the credentials cannot prove a sign-in',
      default: FACT.stepUp,
      trap: false,
      lang: 'javascript',
      code: `// After authentication with a scheme that carries no user sign-in (an API key, a client certificate).
export function requireUserSignIn(req, res, next) {
  if (req.authInfo?.kind === 'user-token') return next();
  // No challenge: these credentials could never answer one.
  res.status(403).type('application/problem+json').json({
    type: 'https://example.com/probs/user-sign-in-required',
    title: 'This operation needs a person’s recent sign-in',
    status: 403,
    detail: 'Transfers need a user access token from a sign-in with MFA within the last 5 minutes.',
  });
}`,
    },
    forbidden: {
      title: '403 with a reason and a bare Bearer challenge',
      default: FACT.noPermissions,
      trap: false,
      lang: 'javascript',
      code: `// After passport.authenticate('bearer'): req.user is the caller.
export function forbid(res, type, title, detail) {
  res.status(403)
    .set('WWW-Authenticate', 'Bearer realm="api"') // RFC 6750 §3: no error code fits
    .type('application/problem+json')
    .json({ type, title, status: 403, detail });
}

export function requireRole(role) {
  return (req, res, next) => req.user.roles.includes(role)
    ? next()
    : forbid(res, 'https://example.com/probs/role-forbidden', 'Not allowed for your role',
        \`Your role may not \${req.method === 'DELETE' ? 'delete' : 'change'} invoices.\`);
}`,
      note: 'The same forbid() answers a suspended account, a missing plan feature or someone else’s record, each with its own type and detail.',
    },
    insufficientScope: {
      title: '403 with error="insufficient_scope"',
      default: FACT.noPermissions,
      trap: false,
      lang: 'javascript',
      code: `// After passport.authenticate('bearer'): req.authInfo holds the token's claims.
export function requireScope(scope) {
  return (req, res, next) => {
    const granted = String(req.authInfo?.scope ?? '').split(' ');
    if (granted.includes(scope)) return next();
    res.set('WWW-Authenticate',
      \`Bearer realm="api", error="insufficient_scope", error_description="\${scope} is required", scope="\${scope}"\`);
    res.status(403).type('application/problem+json').json({
      type: 'https://example.com/probs/insufficient-scope',
      title: 'Insufficient scope',
      status: 403,
    });
  };
}`,
    },
    loginRedirect: {
      title: 'Redirect to the sign-in page, with the way back',
      default: FACT.loginRedirect,
      trap: false,
      lang: 'javascript',
      code: `// Page routes with a session (passport.session()): send the person to sign in, then back.
export function requireLogin(req, res, next) {
  if (req.isAuthenticated()) return next();
  const next_ = encodeURIComponent(req.originalUrl);
  // 303 after a POST, so the sign-in page is fetched with GET.
  res.redirect(req.method === 'POST' ? 303 : 302, \`/login?next=\${next_}\`);
}`,
      note: 'Only for page loads: fetch() calls of the same app get 401 (the "challenge" recipe), not a redirect they would follow silently.',
    },
    reauthRedirect: {
      title: 'Redirect to confirm the sign-in',
      default: FACT.reauth,
      trap: false,
      lang: 'javascript',
      code: `// Page routes: the session is valid but the password was last confirmed too long ago.
export function requireFreshLogin(maxAgeMs) {
  return (req, res, next) => {
    if (Date.now() - (req.session.confirmedAt ?? 0) <= maxAgeMs) return next();
    const back = encodeURIComponent(req.originalUrl);
    res.redirect(req.method === 'POST' ? 303 : 302, \`/reauthenticate?next=\${back}\`);
  };
}`,
    },
    allowed: {
      title: '200 for the authenticated caller',
      default: FACT.allowed,
      trap: false,
      lang: 'javascript',
      code: `import express from 'express';
import passport from 'passport';

const app = express();

app.get('/invoices/:id', passport.authenticate('bearer', { session: false }), (req, res) => {
  res.json({ id: Number(req.params.id), total: '19.99' });
});`,
    },
  },
  cells: {
    'proxy-authentication-required': {
      notApplicable: 'A 407 is answered by a forward proxy that the client chose, never by an Express application, which is an origin server.',
    },
    'proxy-forbidden': {
      notApplicable: 'Only a forward proxy refuses a destination; an Express application is the destination.',
    },
    'client-barred': 'clientBlocked',
    'rate-limited': 'rateLimit',
    'not-found': 'notFound',
    gone: 'gone',
    'method-not-allowed': 'methodNotAllowed',
    'cors-preflight': 'cors',
    'cors-preflight-refused': 'corsRefused',
    'authentication-required': 'challenge',
    'redirect-to-login': 'loginRedirect',
    'hidden-from-anonymous': 'hide',
    'client-certificate-refused': 'clientCert',
    'malformed-credentials': 'malformed',
    'csrf-failed': 'csrf',
    'invalid-credentials': 'invalidToken',
    'step-up-required': 'stepUp',
    'step-up-not-possible': 'stepUpImpossible',
    'redirect-to-reauthenticate': 'reauthRedirect',
    'account-barred': 'forbidden',
    'insufficient-scope': 'insufficientScope',
    'feature-unavailable': 'forbidden',
    forbidden: 'forbidden',
    'hidden-from-unauthorized': 'hide',
    'forbidden-record': 'forbidden',
    'not-found-after-checks': 'notFound',
    'anonymous-forbidden': 'anonymous403',
    allowed: 'allowed',
  },
});
