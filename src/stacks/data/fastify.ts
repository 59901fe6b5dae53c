import type { Fact, Source } from '../types.ts';
import { defineStack } from '../types.ts';

/**
 * Fastify 5 with @fastify/jwt, the usual plugin for access tokens (@fastify/bearer-auth compares static
 * keys). Neither plugin writes WWW-Authenticate: the snippets add it in the onRequest hook that verifies.
 */

const SRC = {
  jwtErrors: { repo: 'fastify/fastify-jwt', path: 'index.js', lines: '137-150' },
  jwtLookup: { repo: 'fastify/fastify-jwt', path: 'index.js', lines: '245-290' },
  jwtWrap: { repo: 'fastify/fastify-jwt', path: 'index.js', lines: '538-568' },
  bearerAuth: { repo: 'fastify/fastify-bearer-auth', path: 'lib/verify-bearer-auth-factory.js', lines: '77-99' },
  fourOhFour: { repo: 'fastify/fastify', path: 'lib/four-oh-four.js', lines: '35-63' },
  errorHandler: { repo: 'fastify/fastify', path: 'lib/error-handler.js', lines: '85-150' },
  cors: { repo: 'fastify/fastify-cors', path: 'index.js', lines: '9-20' },
  corsPreflight: { repo: 'fastify/fastify-cors', path: 'index.js', lines: '186-212' },
  corsOrigin: { repo: 'fastify/fastify-cors', path: 'index.js', lines: '279-286' },
  rateLimit: { repo: 'fastify/fastify-rate-limit', path: 'index.js', lines: '354-375' },
  csrf: { repo: 'fastify/csrf-protection', path: 'index.js', lines: '6-9' },
  csrfHook: { repo: 'fastify/csrf-protection', path: 'index.js', lines: '116-126' },
  nodeTls: { repo: 'nodejs/node', path: 'doc/api/tls.md' },
  redirect: { repo: 'fastify/fastify', path: 'lib/reply.js', lines: '469-475' },
} as const satisfies Record<string, Source>;

const FACT = {
  noChallenge: {
    text: `@fastify/jwt rejects a request without a token with a 401 error (FST_JWT_NO_AUTHORIZATION_IN_HEADER), which Fastify's error handler serialises as JSON; no WWW-Authenticate is sent. @fastify/bearer-auth answers 401 { "error": "missing authorization header" }, also without a challenge.`,
    sources: [SRC.jwtLookup, SRC.jwtErrors, SRC.bearerAuth],
  },
  invalidToken: {
    text: `An expired, badly signed or untrusted token is a 401 error (FST_JWT_AUTHORIZATION_TOKEN_EXPIRED, _INVALID, _UNTRUSTED) without WWW-Authenticate, so no error="invalid_token".`,
    sources: [SRC.jwtWrap, SRC.jwtErrors],
  },
  malformed: {
    text: `An Authorization: Bearer header that is not exactly two parts is a 400 error (FST_JWT_BAD_REQUEST, "Format is Authorization: Bearer [token]"), without WWW-Authenticate.`,
    sources: [SRC.jwtLookup, SRC.jwtErrors],
  },
  noPermissions: {
    text: `Fastify and @fastify/jwt only authenticate: a refusal of an authenticated caller is your own reply (or an error with statusCode 403, which the default error handler serialises), with no challenge unless you add one.`,
    sources: [SRC.errorHandler, SRC.jwtErrors],
  },
  notFound: {
    text: `An unmatched URL gets Fastify's default 404: JSON { "message": "Route GET:/path not found", "error": "Not Found", "statusCode": 404 }, without WWW-Authenticate.`,
    sources: [SRC.fourOhFour],
  },
  hiding: {
    text: `An onRequest hook that verifies the token runs before the handler, so an anonymous request for a hidden resource gets the 401 of @fastify/jwt (revealing that something is there), and a refused caller gets whatever your check answers, usually 403.`,
    sources: [SRC.jwtErrors, SRC.fourOhFour],
  },
  methods: {
    text: `The router matches method and URL together: a method the route does not declare falls through to the 404 handler, "Route DELETE:/path not found", without Allow.`,
    sources: [SRC.fourOhFour],
  },
  gone: {
    text: `Fastify has no notion of a removed resource: once the route is deleted, the URL gets the default 404.`,
    sources: [SRC.fourOhFour],
  },
  cors: {
    text: `Fastify answers no preflight by itself. @fastify/cors answers it with 204 and, by default, Access-Control-Allow-Origin: * without credentials; a preflight without Origin or Access-Control-Request-Method gets 400 "Invalid Preflight Request".`,
    sources: [SRC.cors, SRC.corsPreflight],
  },
  corsRefused: {
    text: `When @fastify/cors's origin list does not match, it leaves out Access-Control-Allow-Origin but still answers the preflight 204: the browser blocks the request all the same.`,
    sources: [SRC.corsOrigin, SRC.corsPreflight],
  },
  rateLimit: {
    text: `Fastify has no rate limiting. @fastify/rate-limit answers 429 with retry-after and x-ratelimit-* headers by default; with the ban option, a client that keeps going gets 403 instead. It throws what errorResponseBuilder returns, so the body is Fastify's error shape ({statusCode, code, error, message}, application/json) unless an error handler of yours sends something else.`,
    sources: [SRC.rateLimit, SRC.errorHandler],
  },
  csrf: {
    text: `Fastify checks nothing against cross-site requests. @fastify/csrf-protection's csrfProtection hook rejects a missing or wrong token with a 403 error (FST_CSRF_INVALID_TOKEN).`,
    sources: [SRC.csrf, SRC.csrfHook],
  },
  clientCert: {
    text: `With https: { requestCert: true } Node rejects an unauthorized client certificate in the TLS handshake (rejectUnauthorized defaults to true); with rejectUnauthorized: false the request reaches Fastify and request.raw.socket.authorized tells whether the certificate verified.`,
    sources: [SRC.nodeTls],
  },
  anonymous: {
    text: `@fastify/jwt answers a request without a token 401 (FST_JWT_NO_AUTHORIZATION_IN_HEADER), without WWW-Authenticate; it has no always-403 setting.`,
    sources: [SRC.jwtLookup, SRC.jwtErrors],
  },
  stepUp: {
    text: `@fastify/jwt checks signature and expiry (and any claims you configure), not how or when the user signed in: a valid token passes whatever its acr or auth_time say.`,
    sources: [SRC.jwtWrap],
  },
  redirect: {
    text: `Fastify has no sign-in redirect of its own: a hook that refuses a page load does what you write. reply.redirect(url) sends 302 unless you pass another code, so a POST is redirected with 302 too.`,
    sources: [SRC.redirect],
  },
  allowed: {
    text: `request.jwtVerify() puts the decoded token on request.user; the handler's return value is sent as JSON with 200.`,
    sources: [SRC.jwtWrap],
  },
} as const satisfies Record<string, Fact>;

export const fastify = defineStack({
  id: 'fastify',
  name: 'Fastify',
  version: 'Fastify 5.12, @fastify/jwt 10.2, @fastify/cors 11.3, @fastify/rate-limit 11.2',
  scheme: 'bearer',
  summary: `Fastify runs hooks (onRequest, preHandler) before each route handler and turns thrown errors with a statusCode into JSON responses. @fastify/jwt verifies the token in an onRequest hook; it raises 401 and 400 errors but writes no challenge, so the hook adds WWW-Authenticate itself.`,
  recipes: {
    notFound: {
      title: '404 with the API’s shared body and challenge',
      default: FACT.notFound,
      trap: false,
      lang: 'javascript',
      code: `import Fastify from 'fastify';

const fastify = Fastify();

// Every unmatched URL, and every handler that calls notFound(), answers the same 404.
export function notFound(request, reply) {
  return reply.code(404)
    .header('WWW-Authenticate', 'Bearer realm="api"')
    .type('application/problem+json')
    .send({ type: 'about:blank', title: 'Not Found', status: 404 });
}
fastify.setNotFoundHandler(notFound);`,
      note: 'Use the same function wherever a record is missing, so that a hidden resource cannot be told from a missing one.',
    },
    hide: {
      title: '404 that hides the resource',
      default: FACT.hiding,
      trap: true,
      lang: 'javascript',
      code: `import Fastify from 'fastify';
import { notFound } from './not-found.js'; // 404 + WWW-Authenticate: Bearer realm="api", as for every 404
import { findInvoice, canRead } from './invoices.js';

const fastify = Fastify();

// No authentication hook on this route: a failure must look like a missing invoice.
fastify.get('/invoices/:id', async (request, reply) => {
  const user = await request.jwtVerify().catch(() => null);
  const invoice = await findInvoice(request.params.id);
  if (!user || !invoice || !canRead(user, invoice)) return notFound(request, reply);
  return invoice;
});`,
      note: 'notFound() is the shared handler of the 404 recipe. Legitimate clients must send their token up front.',
    },
    gone: {
      title: '410 for a removed endpoint',
      default: FACT.gone,
      trap: false,
      lang: 'javascript',
      code: `import Fastify from 'fastify';

const fastify = Fastify();

// Registered outside the authenticated scope: the answer is the same for every caller.
fastify.all('/v1/reports/*', async (request, reply) => {
  return reply.code(410).type('application/problem+json').send({
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
      code: `import Fastify from 'fastify';

const fastify = Fastify();

fastify.get('/invoices/:id', async (request) => ({ id: request.params.id })); // also serves HEAD

// Every other method on the same URL: 405 with the methods the resource supports.
fastify.route({
  method: ['POST', 'PUT', 'PATCH', 'DELETE'],
  url: '/invoices/:id',
  handler: async (request, reply) => reply.code(405)
    .header('Allow', 'GET, HEAD')
    .type('application/problem+json')
    .send({ type: 'about:blank', title: 'Method Not Allowed', status: 405 }),
});`,
    },
    cors: {
      title: 'Preflight answered before authentication',
      default: FACT.cors,
      trap: false,
      lang: 'javascript',
      code: `import Fastify from 'fastify';
import cors from '@fastify/cors';

const fastify = Fastify();

// @fastify/cors answers the preflight in its own onRequest hook, before the token is checked.
await fastify.register(cors, {
  origin: ['https://app.example.com'],
  methods: ['GET', 'PUT', 'DELETE'],
  allowedHeaders: ['Authorization', 'Content-Type'],
  credentials: true, // only if the page calls fetch(..., { credentials: 'include' })
  maxAge: 600,
});`,
      headersBy: `@fastify/cors writes Access-Control-Allow-Origin (with Vary: Origin), -Methods, -Headers, -Credentials and -Max-Age, and answers the preflight 204.`,
      note: 'Register it before the plugin whose hook verifies the token, so its hook runs first.',
    },
    corsRefused: {
      title: '403 to a preflight from another origin',
      default: FACT.corsRefused,
      trap: false,
      lang: 'javascript',
      code: `import Fastify from 'fastify';
import cors from '@fastify/cors';

const fastify = Fastify();
const ORIGINS = ['https://app.example.com'];

fastify.addHook('onRequest', async (request, reply) => {
  const origin = request.headers.origin;
  if (request.method !== 'OPTIONS' || !origin || ORIGINS.includes(origin)) return;
  // No Access-Control-Allow-* at all: their absence is what blocks the request.
  return reply.code(403).header('Vary', 'Origin').type('text/plain')
    .send('CORS request refused: this origin is not allowed.');
});
await fastify.register(cors, { origin: ORIGINS });`,
      note: 'Only the status changes: without this hook the browser blocks the request just the same.',
    },
    rateLimit: {
      title: '429 with Retry-After',
      default: FACT.rateLimit,
      trap: false,
      lang: 'javascript',
      code: `import Fastify from 'fastify';
import rateLimit from '@fastify/rate-limit';

const fastify = Fastify();

await fastify.register(rateLimit, {
  max: 100,
  timeWindow: '1 minute',
  // No ban option: a client over the limit must keep getting 429, never 403.
  errorResponseBuilder: (request, context) => ({
    statusCode: 429,
    problem: {
      type: 'https://example.com/probs/rate-limited',
      title: 'Too many requests',
      status: 429,
      detail: \`Limit of \${context.max} requests per minute reached. Retry in \${context.after}.\`,
    },
  }),
});

// The builder's object is thrown; Fastify's default error handler would keep only
// statusCode, code, error and message. Send the problem document as it is.
fastify.setErrorHandler((error, request, reply) => {
  if (error.statusCode === 429 && error.problem) {
    reply.code(429).type('application/problem+json').send(error.problem);
  } else {
    reply.send(error); // any other error: Fastify's default handler
  }
});`,
      headersBy: `@fastify/rate-limit writes retry-after (seconds) and the x-ratelimit-* headers on the 429.`,
    },
    clientBlocked: {
      title: '403 to a blocked client, before anything else',
      default: FACT.noPermissions,
      trap: false,
      lang: 'javascript',
      code: `import Fastify from 'fastify';
import { isBlocked } from './blocklist.js';

const fastify = Fastify({ trustProxy: 1 }); // request.ip from X-Forwarded-For, set by your one proxy

// First hook: the same answer for every URL, and no challenge.
fastify.addHook('onRequest', async (request, reply) => {
  if (!isBlocked(request.ip)) return;
  return reply.code(403).type('application/problem+json').send({
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
      code: `import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const fastify = Fastify({
  https: {
    key: readFileSync('server.key'),
    cert: readFileSync('server.crt'),
    ca: readFileSync('client-ca.crt'),
    requestCert: true,
    rejectUnauthorized: false, // let the request through, and answer 403 in HTTP
  },
});

fastify.addHook('onRequest', async (request, reply) => {
  if (request.raw.socket.authorized) return;
  return reply.code(403).type('application/problem+json').send({
    type: 'https://example.com/probs/client-certificate-required',
    title: 'Client certificate required',
    status: 403,
  });
});`,
      note: 'Usually a proxy in front terminates TLS; then it forwards the verification result and this hook reads that instead.',
    },
    csrf: {
      title: '403 when the CSRF token is missing or wrong',
      default: FACT.csrf,
      trap: false,
      lang: 'javascript',
      code: `import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';

const fastify = Fastify();
await fastify.register(cookie);
await fastify.register(csrf);

// Session-cookie routes only: a Bearer token is never sent by the browser on its own.
fastify.post('/settings', { onRequest: fastify.csrfProtection }, async () => ({ saved: true }));

fastify.setErrorHandler((err, request, reply) => {
  if (err.code !== 'FST_CSRF_INVALID_TOKEN' && err.code !== 'FST_CSRF_MISSING_SECRET') throw err;
  return reply.code(403).type('application/problem+json').send({
    type: 'https://example.com/probs/csrf-token-invalid',
    title: 'CSRF token missing or invalid',
    status: 403,
  });
});`,
      note: 'The plugin already answers 403; the error handler only gives the reason a problem+json body.',
    },
    challenge: {
      title: '401 with a Bearer challenge',
      default: FACT.noChallenge,
      trap: true,
      lang: 'javascript',
      code: `import Fastify from 'fastify';
import jwt from '@fastify/jwt';

const fastify = Fastify();
await fastify.register(jwt, { secret: { public: process.env.JWT_PUBLIC_KEY }, verify: { algorithms: ['RS256'] } });

fastify.addHook('onRequest', async (request, reply) => {
  try {
    await request.jwtVerify();
  } catch (err) {
    if (err.code !== 'FST_JWT_NO_AUTHORIZATION_IN_HEADER') throw err; // see the invalid and malformed recipes
    return reply.code(401)
      .header('WWW-Authenticate', 'Bearer realm="api"') // no token sent: no error code
      .type('application/problem+json')
      .send({ type: 'https://example.com/probs/authentication-required', title: 'Authentication required', status: 401 });
  }
});`,
    },
    invalidToken: {
      title: '401 with error="invalid_token"',
      default: FACT.invalidToken,
      trap: true,
      lang: 'javascript',
      code: `import Fastify from 'fastify';

const fastify = Fastify();
const INVALID = new Set(['FST_JWT_AUTHORIZATION_TOKEN_EXPIRED', 'FST_JWT_AUTHORIZATION_TOKEN_INVALID',
  'FST_JWT_AUTHORIZATION_TOKEN_UNTRUSTED', 'FAST_JWT_MISSING_SIGNATURE']);

// The 401 errors @fastify/jwt raises for a bad token, with the challenge it leaves out.
fastify.setErrorHandler((err, request, reply) => {
  if (!INVALID.has(err.code)) throw err;
  const description = err.code === 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED' ? 'The access token expired' : 'The access token is invalid';
  return reply.code(401)
    .header('WWW-Authenticate', \`Bearer realm="api", error="invalid_token", error_description="\${description}"\`)
    .type('application/problem+json')
    .send({ type: 'https://example.com/probs/invalid-token', title: 'Invalid access token', status: 401, detail: description });
});`,
      note: 'Fastify takes one error handler per scope: put this branch, the malformed one and the CSRF one in the same handler.',
    },
    malformed: {
      title: '400 with error="invalid_request"',
      default: FACT.malformed,
      trap: true,
      lang: 'javascript',
      code: `import Fastify from 'fastify';

const fastify = Fastify();

// @fastify/jwt's 400 for "Authorization: Bearer a b", with the challenge it leaves out.
fastify.setErrorHandler((err, request, reply) => {
  if (err.code !== 'FST_JWT_BAD_REQUEST') throw err;
  return reply.code(400)
    .header('WWW-Authenticate', 'Bearer realm="api", error="invalid_request", error_description="Send the access token as Authorization: Bearer <token>"')
    .type('application/problem+json')
    .send({ type: 'https://example.com/probs/invalid-request', title: 'Malformed credentials', status: 400 });
});`,
      note: 'A token sent in more than one place is not detected by @fastify/jwt (the header wins); check for access_token in the query or body yourself if clients might send one.',
    },
    anonymous403: {
      title: '403 to an anonymous caller, keeping the Bearer challenge',
      default: FACT.anonymous,
      trap: true,
      lang: 'javascript',
      code: `import Fastify from 'fastify';

const fastify = Fastify();

// The always-403 policy: no credentials at all get 403, still with the challenge (RFC 6750 §3).
fastify.addHook('onRequest', async (request, reply) => {
  try {
    await request.jwtVerify();
  } catch (err) {
    if (err.code !== 'FST_JWT_NO_AUTHORIZATION_IN_HEADER') throw err; // sent and rejected: 401 or 400
    return reply.code(403)
      .header('WWW-Authenticate', 'Bearer realm="api"')
      .type('application/problem+json')
      .send({
        type: 'https://example.com/probs/authentication-required',
        title: 'Authentication required',
        status: 403,
        detail: 'Send your credentials with the request; this API does not challenge for them.',
      });
  }
});`,
    },
    stepUp: {
      title: '401 with error="insufficient_user_authentication"',
      default: FACT.stepUp,
      trap: false,
      lang: 'javascript',
      code: `// A preHandler for routes that need a recent MFA sign-in; request.user is the verified token.
export function requireRecentMfa(maxAge) {
  return async (request, reply) => {
    const { acr, auth_time: authTime } = request.user;
    if (acr === 'mfa' && Date.now() / 1000 - authTime <= maxAge) return;
    return reply.code(401)
      .header('WWW-Authenticate', \`Bearer realm="api", error="insufficient_user_authentication", error_description="A sign-in with MFA within the last 5 minutes is required", acr_values="mfa", max_age=\${maxAge}\`)
      .type('application/problem+json')
      .send({ type: 'https://example.com/probs/step-up-required', title: 'A stronger or more recent sign-in is required', status: 401 });
  };
}`,
      note: 'Use it on the route: fastify.post("/transfers", { preHandler: requireRecentMfa(300) }, handler).',
    },
    stepUpImpossible: {
      title: '403 when the credentials cannot prove a sign-in',
      default: FACT.stepUp,
      trap: false,
      lang: 'javascript',
      code: `// A preHandler after authentication with a scheme that carries no user sign-in (an API key, a certificate).
export async function requireUserSignIn(request, reply) {
  if (request.user?.kind === 'user-token') return;
  // No challenge: these credentials could never answer one.
  return reply.code(403).type('application/problem+json').send({
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
      code: `// request.user is the verified token.
export function forbid(reply, type, title, detail) {
  return reply.code(403)
    .header('WWW-Authenticate', 'Bearer realm="api"') // RFC 6750 §3: no error code fits
    .type('application/problem+json')
    .send({ type, title, status: 403, detail });
}

export function requireRole(role) {
  return async (request, reply) => {
    if (request.user.roles.includes(role)) return;
    return forbid(reply, 'https://example.com/probs/role-forbidden', 'Not allowed for your role',
      \`Your role may not use \${request.method} here.\`);
  };
}`,
      note: 'The same forbid() answers a suspended account, a missing plan feature or someone else’s record, each with its own type and detail.',
    },
    insufficientScope: {
      title: '403 with error="insufficient_scope"',
      default: FACT.noPermissions,
      trap: false,
      lang: 'javascript',
      code: `// A preHandler; request.user is the verified token.
export function requireScope(scope) {
  return async (request, reply) => {
    const granted = String(request.user.scope ?? '').split(' ');
    if (granted.includes(scope)) return;
    return reply.code(403)
      .header('WWW-Authenticate', \`Bearer realm="api", error="insufficient_scope", error_description="\${scope} is required", scope="\${scope}"\`)
      .type('application/problem+json')
      .send({ type: 'https://example.com/probs/insufficient-scope', title: 'Insufficient scope', status: 403 });
  };
}`,
    },
    loginRedirect: {
      title: 'Redirect to the sign-in page, with the way back',
      default: FACT.redirect,
      trap: false,
      lang: 'javascript',
      code: `// An onRequest hook for page routes with a cookie session (@fastify/session): sign in, then back.
export async function requireLogin(request, reply) {
  if (request.session.userId) return;
  const next = encodeURIComponent(request.url);
  // 303 after a POST, so the sign-in page is fetched with GET.
  return reply.redirect(\`/login?next=\${next}\`, request.method === 'POST' ? 303 : 302);
}`,
      note: 'Only for page loads: fetch() calls of the same app get 401 (the "challenge" recipe), not a redirect they would follow silently.',
    },
    reauthRedirect: {
      title: 'Redirect to confirm the sign-in',
      default: FACT.redirect,
      trap: false,
      lang: 'javascript',
      code: `// Page routes: the session is valid but the password was last confirmed too long ago.
export function requireFreshLogin(maxAgeMs) {
  return async (request, reply) => {
    if (Date.now() - (request.session.confirmedAt ?? 0) <= maxAgeMs) return;
    const back = encodeURIComponent(request.url);
    return reply.redirect(\`/reauthenticate?next=\${back}\`, request.method === 'POST' ? 303 : 302);
  };
}`,
    },
    allowed: {
      title: '200 for the authenticated caller',
      default: FACT.allowed,
      trap: false,
      lang: 'javascript',
      code: `import Fastify from 'fastify';

const fastify = Fastify();

// After the onRequest hook that verified the token.
fastify.get('/invoices/:id', async (request, reply) => {
  return reply.code(200).send({ id: Number(request.params.id), total: '19.99' });
});`,
    },
  },
  cells: {
    'proxy-authentication-required': {
      notApplicable: 'A 407 is answered by a forward proxy that the client chose, never by a Fastify application, which is an origin server.',
    },
    'proxy-forbidden': {
      notApplicable: 'Only a forward proxy refuses a destination; a Fastify application is the destination.',
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
