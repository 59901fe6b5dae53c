import type { Fact, Source } from '../types.ts';
import { defineStack } from '../types.ts';

/**
 * NestJS on its default Express platform, with @nestjs/passport's AuthGuard over passport-http-bearer.
 * Two defaults decide most cells: AuthGuard throws a bare UnauthorizedException (the strategy's challenge
 * and status are dropped), and a guard that returns false becomes 403 "Forbidden resource".
 */

const SRC = {
  authGuard: { repo: 'nestjs/passport', path: 'lib/auth.guard.ts', lines: '100-105' },
  authGuardCallback: { repo: 'nestjs/passport', path: 'lib/auth.guard.ts', lines: '60-79' },
  passportContext: { repo: 'nestjs/passport', path: 'lib/auth.guard.ts', lines: '117-129' },
  strategyMixin: { repo: 'nestjs/passport', path: 'lib/passport/passport.strategy.ts', lines: '85-98' },
  bearerStrategy: { repo: 'jaredhanson/passport-http-bearer', path: 'lib/strategy.js', lines: '115-186' },
  guardsFalse: { repo: 'nestjs/nest', path: 'packages/core/router/router-execution-context.ts' },
  guardsConsumer: { repo: 'nestjs/nest', path: 'packages/core/guards/guards-consumer.ts' },
  forbiddenMessage: { repo: 'nestjs/nest', path: 'packages/core/guards/constants.ts' },
  notFound: { repo: 'nestjs/nest', path: 'packages/core/router/routes-resolver.ts' },
  expressAdapter: { repo: 'nestjs/nest', path: 'packages/platform-express/adapters/express-adapter.ts' },
  routerMethods: { repo: 'pillarjs/router', path: 'index.js', lines: '260-276' },
  cors: { repo: 'expressjs/cors', path: 'lib/index.js', lines: '8-13' },
  corsOrigin: { repo: 'expressjs/cors', path: 'lib/index.js', lines: '57-67' },
  throttlerGuard: { repo: 'nestjs/throttler', path: 'src/throttler.guard.ts', lines: '175-190' },
  throttlerException: { repo: 'nestjs/throttler', path: 'src/throttler.exception.ts' },
  csrfDocs: { repo: 'nestjs/docs.nestjs.com', path: 'content/security/csrf.md' },
  nodeTls: { repo: 'nodejs/node', path: 'doc/api/tls.md' },
} as const satisfies Record<string, Source>;

const FACT = {
  authGuard: {
    text: `AuthGuard('bearer') calls Passport with a callback, so Passport writes nothing; its handleRequest throws a bare UnauthorizedException whenever there is no user. Every failure (no token, an invalid token, even the strategy's 400 for a malformed header) becomes 401 {"message":"Unauthorized","statusCode":401} without WWW-Authenticate.`,
    sources: [SRC.authGuard, SRC.passportContext, SRC.bearerStrategy],
  },
  guardFalse: {
    text: `A guard that returns false makes Nest throw ForbiddenException("Forbidden resource"): 403 without a reason or a challenge, whether or not the caller is signed in.`,
    sources: [SRC.guardsFalse, SRC.guardsConsumer, SRC.forbiddenMessage],
  },
  anonymousPage: {
    text: `Nest has no sign-in redirect. A guard written the usual way (return !!request.user) answers an anonymous page load with 403 "Forbidden resource", not a redirect to the sign-in page.`,
    sources: [SRC.guardsFalse],
  },
  notFound: {
    text: `An unmatched URL reaches Nest's not-found handler, which throws NotFoundException("Cannot GET /path"): 404 JSON without WWW-Authenticate.`,
    sources: [SRC.notFound],
  },
  hiding: {
    text: `Guards run before the handler, so an anonymous request for a hidden resource gets AuthGuard's 401 (revealing that something is there) and a refused caller gets the guard's 403.`,
    sources: [SRC.authGuard, SRC.guardsFalse],
  },
  methods: {
    text: `On the Express platform a route that does not handle the request's method does not match; the request reaches Nest's not-found handler: 404 "Cannot DELETE /path", without Allow.`,
    sources: [SRC.routerMethods, SRC.notFound],
  },
  gone: {
    text: `Nest has no notion of a removed resource: once the route is deleted, the URL gets the not-found handler's 404.`,
    sources: [SRC.notFound],
  },
  cors: {
    text: `app.enableCors(options) mounts the cors middleware, which answers the preflight with 204 before any guard runs; without options it allows every origin (Access-Control-Allow-Origin: *).`,
    sources: [SRC.expressAdapter, SRC.cors],
  },
  corsRefused: {
    text: `When the origin list does not match, the cors middleware leaves out Access-Control-Allow-Origin but still answers the preflight 204: the browser blocks the request all the same.`,
    sources: [SRC.corsOrigin],
  },
  rateLimit: {
    text: `Nest has no rate limiting of its own. @nestjs/throttler's ThrottlerGuard sets Retry-After and throws ThrottlerException: 429 "ThrottlerException: Too Many Requests".`,
    sources: [SRC.throttlerGuard, SRC.throttlerException],
  },
  csrf: {
    text: `Nest checks nothing against cross-site requests: its documentation points to a separate middleware.`,
    sources: [SRC.csrfDocs],
  },
  clientCert: {
    text: `httpsOptions are handed to Node's HTTPS server: with requestCert: true an unauthorized client certificate is rejected in the TLS handshake (rejectUnauthorized defaults to true); with rejectUnauthorized: false the request reaches Nest and request.socket.authorized tells whether the certificate verified.`,
    sources: [SRC.expressAdapter, SRC.nodeTls],
  },
  anonymous: {
    text: `AuthGuard answers a request without a token 401 without a challenge; a guard of your own that returns false (the usual way to refuse anonymous callers) answers 403 "Forbidden resource", without the Bearer challenge RFC 6750 §3 requires.`,
    sources: [SRC.authGuard, SRC.guardsFalse],
  },
  stepUp: {
    text: `AuthGuard checks only that the strategy produced a user: how or when the user signed in (acr, auth_time) is not looked at.`,
    sources: [SRC.authGuard, SRC.strategyMixin],
  },
  allowed: {
    text: `When the strategy's validate() returns a user, AuthGuard puts it on request.user and lets the handler run; a GET handler's return value is sent as JSON with 200.`,
    sources: [SRC.authGuardCallback, SRC.strategyMixin],
  },
} as const satisfies Record<string, Fact>;

export const nestjs = defineStack({
  id: 'nestjs',
  name: 'NestJS',
  version: 'NestJS 11–12 (Express platform), @nestjs/passport 12, passport-http-bearer 1.0, @nestjs/throttler 6.7',
  scheme: 'bearer',
  summary: `NestJS runs middleware, then guards, then the handler; exceptions (UnauthorizedException, ForbiddenException, …) become JSON responses. AuthGuard from @nestjs/passport authenticates but drops Passport's challenge, and a guard returning false is a 403: both need overriding to answer as the spec asks.`,
  recipes: {
    notFound: {
      title: '404 with the API’s shared body and challenge',
      default: FACT.notFound,
      trap: false,
      lang: 'typescript',
      code: `import { ArgumentsHost, Catch, ExceptionFilter, NotFoundException } from '@nestjs/common';
import type { Response } from 'express';

// Register globally (app.useGlobalFilters(new NotFoundFilter())): it also catches Nest's own
// not-found handler, so every 404, real or hiding, is the same.
@Catch(NotFoundException)
export class NotFoundFilter implements ExceptionFilter {
  catch(_exception: NotFoundException, host: ArgumentsHost) {
    host.switchToHttp().getResponse<Response>()
      .status(404)
      .set('WWW-Authenticate', 'Bearer realm="api"')
      .type('application/problem+json')
      .json({ type: 'about:blank', title: 'Not Found', status: 404 });
  }
}`,
    },
    hide: {
      title: '404 that hides the resource',
      default: FACT.hiding,
      trap: true,
      lang: 'typescript',
      code: `import { Controller, Get, Injectable, NotFoundException, Param, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { InvoicesService, type User } from './invoices.service';

// Authenticates if it can, never refuses: a failure must look like a missing invoice.
@Injectable()
export class OptionalBearerGuard extends AuthGuard('bearer') {
  handleRequest<TUser>(_err: unknown, user: TUser | false): TUser {
    return (user || null) as TUser;
  }
}

@Controller('invoices')
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  @Get(':id')
  @UseGuards(OptionalBearerGuard)
  async findOne(@Param('id') id: string, @Req() req: { user: User | null }) {
    const invoice = await this.invoices.find(id);
    // NotFoundFilter answers: 404 + WWW-Authenticate: Bearer realm="api", as for every 404.
    if (!req.user || !invoice || !this.invoices.canRead(req.user, invoice)) throw new NotFoundException();
    return invoice;
  }
}`,
      note: 'NotFoundFilter is the global filter of the 404 recipe. Legitimate clients must send their token up front.',
    },
    gone: {
      title: '410 for a removed endpoint',
      default: FACT.gone,
      trap: false,
      lang: 'typescript',
      code: `import { All, Controller, GoneException } from '@nestjs/common';

// No guard: the answer is the same for every caller.
@Controller('v1/reports')
export class RetiredReportsController {
  @All('{*path}')
  gone(): never {
    throw new GoneException({
      type: 'https://example.com/probs/gone',
      title: 'Gone',
      status: 410,
      detail: 'This resource was removed permanently and will not come back.',
    });
  }
}`,
    },
    methodNotAllowed: {
      title: '405 with Allow',
      default: FACT.methods,
      trap: true,
      lang: 'typescript',
      code: `import { All, Controller, Get, Header, HttpCode, Param } from '@nestjs/common';

@Controller('invoices')
export class InvoicesController {
  @Get(':id') // also serves HEAD
  findOne(@Param('id') id: string) {
    return { id };
  }

  // Declared after @Get: routes on the same path keep their order, so only the other methods get here.
  @All(':id')
  @HttpCode(405)
  @Header('Allow', 'GET, HEAD')
  methodNotAllowed() {
    return { type: 'about:blank', title: 'Method Not Allowed', status: 405 };
  }
}`,
      note: 'Nest’s route-conflict check, when you turn it on, reports the @All as shadowed by the @Get for GET: that is intended here.',
    },
    cors: {
      title: 'Preflight answered before the guards',
      default: FACT.cors,
      trap: false,
      lang: 'typescript',
      code: `import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

const app = await NestFactory.create(AppModule);
// Middleware, so it runs before any guard: the preflight carries no token.
app.enableCors({
  origin: ['https://app.example.com'],
  methods: ['GET', 'PUT', 'DELETE'],
  allowedHeaders: ['Authorization', 'Content-Type'],
  credentials: true, // only if the page calls fetch(..., { credentials: 'include' })
  maxAge: 600,
});
await app.listen(3000);`,
      headersBy: `the cors middleware that app.enableCors() mounts writes Access-Control-Allow-Origin (with Vary: Origin), -Methods, -Headers, -Credentials and -Max-Age, and answers the preflight 204.`,
    },
    corsRefused: {
      title: '403 to a preflight from another origin',
      default: FACT.corsRefused,
      trap: false,
      lang: 'typescript',
      code: `import { NestFactory } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module';

const ORIGINS = ['https://app.example.com'];
const app = await NestFactory.create(AppModule);

app.use((req: Request, res: Response, next: NextFunction) => {
  const origin = req.get('Origin');
  if (req.method !== 'OPTIONS' || !origin || ORIGINS.includes(origin)) return next();
  // No Access-Control-Allow-* at all: their absence is what blocks the request.
  res.status(403).set('Vary', 'Origin').type('text/plain')
    .send('CORS request refused: this origin is not allowed.');
});
app.enableCors({ origin: ORIGINS });
await app.listen(3000);`,
      note: 'Only the status changes: without this middleware the browser blocks the request just the same.',
    },
    rateLimit: {
      title: '429 with Retry-After',
      default: FACT.rateLimit,
      trap: false,
      lang: 'typescript',
      code: `import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';

@Module({
  imports: [ThrottlerModule.forRoot({ throttlers: [{ ttl: 60_000, limit: 100 }] })],
  // A global guard: a client over the limit gets 429 on every route.
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class AppModule {}`,
      headersBy: `@nestjs/throttler's ThrottlerGuard writes Retry-After before it throws the 429 ThrottlerException.`,
    },
    clientBlocked: {
      title: '403 to a blocked client, before anything else',
      default: FACT.guardFalse,
      trap: false,
      lang: 'typescript',
      code: `import { ForbiddenException, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { isBlocked } from './blocklist';

// Applied to every route first (consumer.apply(BlocklistMiddleware).forRoutes('*')): no challenge.
@Injectable()
export class BlocklistMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction) {
    if (!isBlocked(req.ip)) return next();
    throw new ForbiddenException({
      type: 'https://example.com/probs/client-blocked',
      title: 'Access from your network is blocked',
      status: 403,
    });
  }
}`,
    },
    clientCert: {
      title: '403 when the client certificate is missing or untrusted',
      default: FACT.clientCert,
      trap: false,
      lang: 'typescript',
      code: `import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { TLSSocket } from 'node:tls';

// With NestFactory.create(AppModule, { httpsOptions: { key, cert, ca, requestCert: true,
// rejectUnauthorized: false } }): the handshake lets the request through, and HTTP answers 403.
@Injectable()
export class ClientCertificateGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const socket = context.switchToHttp().getRequest<Request>().socket as TLSSocket;
    if (socket.authorized) return true;
    throw new ForbiddenException({
      type: 'https://example.com/probs/client-certificate-required',
      title: 'Client certificate required',
      status: 403,
    });
  }
}`,
      note: 'Usually a proxy in front terminates TLS; then it forwards the verification result and this guard reads that instead.',
    },
    csrf: {
      title: '403 for a cross-site unsafe request',
      default: FACT.csrf,
      trap: false,
      lang: 'typescript',
      code: `import { ForbiddenException, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

// Session-cookie routes only: a Bearer token is never sent by the browser on its own.
@Injectable()
export class CrossOriginMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction) {
    const site = req.get('Sec-Fetch-Site');
    if (SAFE.has(req.method) || !site || site === 'same-origin' || site === 'none') return next();
    throw new ForbiddenException({
      type: 'https://example.com/probs/csrf-token-invalid',
      title: 'Cross-site request refused',
      status: 403,
    });
  }
}`,
      note: 'For browsers without Sec-Fetch-Site, compare the Origin header with your own origin as well.',
    },
    bearerGuard: {
      title: 'AuthGuard that keeps the strategy’s challenge (401) and status (400)',
      default: FACT.authGuard,
      trap: true,
      lang: 'typescript',
      code: `import { BadRequestException, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Response } from 'express';

// Use instead of AuthGuard('bearer'). passport-http-bearer (realm: 'api') hands over its challenge:
// Bearer realm="api" with no token, error="invalid_token" for a bad one; status 400 for a malformed request.
@Injectable()
export class BearerGuard extends AuthGuard('bearer') {
  handleRequest<TUser>(err: unknown, user: TUser | false, challenge: unknown, context: ExecutionContext, status?: unknown): TUser {
    if (err) throw err;
    if (user) return user;
    const res = context.switchToHttp().getResponse<Response>();
    if (status === 400) {
      res.set('WWW-Authenticate', 'Bearer realm="api", error="invalid_request", error_description="Send the access token once, as Authorization: Bearer <token>"');
      throw new BadRequestException({ type: 'https://example.com/probs/invalid-request', title: 'Malformed credentials', status: 400 });
    }
    res.set('WWW-Authenticate', String(challenge));
    throw new UnauthorizedException({ type: 'https://example.com/probs/authentication-required', title: 'Authentication required', status: 401 });
  }
}`,
      note: 'In the strategy, validate() returns [false, "The access token is invalid"] for a bad token ("… expired" only when you know it expired): the message becomes error_description. Throwing from validate() would skip the challenge.',
    },
    anonymous403: {
      title: '403 to an anonymous caller, keeping the Bearer challenge',
      default: FACT.anonymous,
      trap: true,
      lang: 'typescript',
      code: `import { ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request, Response } from 'express';

// The always-403 policy: no credentials at all get 403, still with the challenge (RFC 6750 §3).
@Injectable()
export class BearerOr403Guard extends AuthGuard('bearer') {
  handleRequest<TUser>(err: unknown, user: TUser | false, challenge: unknown, context: ExecutionContext): TUser {
    if (err) throw err;
    if (user) return user;
    const http = context.switchToHttp();
    http.getResponse<Response>().set('WWW-Authenticate', String(challenge ?? 'Bearer realm="api"'));
    if (http.getRequest<Request>().get('Authorization')) {
      throw new UnauthorizedException({ type: 'https://example.com/probs/invalid-token', title: 'Invalid access token', status: 401 });
    }
    throw new ForbiddenException({
      type: 'https://example.com/probs/authentication-required',
      title: 'Authentication required',
      status: 403,
      detail: 'Send your credentials with the request; this API does not challenge for them.',
    });
  }
}`,
      note: 'Credentials that were sent and rejected keep their 401; see the BearerGuard recipe for the 400 of a malformed request.',
    },
    stepUp: {
      title: '401 with error="insufficient_user_authentication"',
      default: FACT.stepUp,
      trap: false,
      lang: 'typescript',
      code: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';

const MAX_AGE = 300;

// After BearerGuard: request.authInfo holds the token's claims.
@Injectable()
export class RecentMfaGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const { acr, auth_time: authTime } = (http.getRequest<Request>().authInfo ?? {}) as { acr?: string; auth_time?: number };
    if (acr === 'mfa' && authTime !== undefined && Date.now() / 1000 - authTime <= MAX_AGE) return true;
    http.getResponse<Response>().set('WWW-Authenticate',
      \`Bearer realm="api", error="insufficient_user_authentication", error_description="A sign-in with MFA within the last 5 minutes is required", acr_values="mfa", max_age=\${MAX_AGE}\`);
    throw new UnauthorizedException({ type: 'https://example.com/probs/step-up-required', title: 'A stronger or more recent sign-in is required', status: 401 });
  }
}`,
      note: 'Returning false instead would answer 403 "Forbidden resource", which the client cannot act on.',
    },
    stepUpImpossible: {
      title: '403 when the credentials cannot prove a sign-in',
      default: FACT.guardFalse,
      trap: false,
      lang: 'typescript',
      code: `import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import type { Request } from 'express';

// After authentication with a scheme that carries no user sign-in (an API key, a client certificate).
@Injectable()
export class UserSignInGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const info = context.switchToHttp().getRequest<Request>().authInfo as { kind?: string } | undefined;
    if (info?.kind === 'user-token') return true;
    // No challenge: these credentials could never answer one.
    throw new ForbiddenException({
      type: 'https://example.com/probs/user-sign-in-required',
      title: 'This operation needs a person’s recent sign-in',
      status: 403,
      detail: 'Transfers need a user access token from a sign-in with MFA within the last 5 minutes.',
    });
  }
}`,
    },
    forbidden: {
      title: '403 with a reason and a bare Bearer challenge',
      default: FACT.guardFalse,
      trap: true,
      lang: 'typescript',
      code: `import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';

export const Role = Reflector.createDecorator<string>();

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const role = this.reflector.get(Role, context.getHandler());
    const http = context.switchToHttp();
    const user = http.getRequest<Request>().user as { roles: string[] };
    if (!role || user.roles.includes(role)) return true;
    // Not "return false": that is 403 "Forbidden resource", without the reason or the challenge.
    http.getResponse<Response>().set('WWW-Authenticate', 'Bearer realm="api"');
    throw new ForbiddenException({ type: 'https://example.com/probs/role-forbidden', title: 'Not allowed for your role', status: 403 });
  }
}`,
      note: 'The same pattern answers a suspended account, a missing plan feature or someone else’s record, each with its own type and detail.',
    },
    insufficientScope: {
      title: '403 with error="insufficient_scope"',
      default: FACT.guardFalse,
      trap: true,
      lang: 'typescript',
      code: `import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';

export const Scope = Reflector.createDecorator<string>();

// After BearerGuard: request.authInfo holds the token's claims.
@Injectable()
export class ScopeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const scope = this.reflector.get(Scope, context.getHandler());
    const http = context.switchToHttp();
    const granted = String((http.getRequest<Request>().authInfo as { scope?: string } | undefined)?.scope ?? '').split(' ');
    if (!scope || granted.includes(scope)) return true;
    http.getResponse<Response>().set('WWW-Authenticate',
      \`Bearer realm="api", error="insufficient_scope", error_description="\${scope} is required", scope="\${scope}"\`);
    throw new ForbiddenException({ type: 'https://example.com/probs/insufficient-scope', title: 'Insufficient scope', status: 403 });
  }
}`,
    },
    loginRedirect: {
      title: 'Redirect to the sign-in page, with the way back',
      default: FACT.anonymousPage,
      trap: true,
      lang: 'typescript',
      code: `import { ArgumentsHost, CanActivate, Catch, ExceptionFilter, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';

// Page routes with a cookie session: @UseGuards(SessionGuard) @UseFilters(LoginRedirectFilter).
@Injectable()
export class SessionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.switchToHttp().getRequest<Request>().session?.userId) return true;
    throw new UnauthorizedException(); // not "return false", which would be a 403
  }
}

@Catch(UnauthorizedException)
export class LoginRedirectFilter implements ExceptionFilter {
  catch(_exception: UnauthorizedException, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    // 303 after a POST, so the sign-in page is fetched with GET.
    http.getResponse<Response>().redirect(req.method === 'POST' ? 303 : 302, \`/login?next=\${encodeURIComponent(req.originalUrl)}\`);
  }
}`,
      note: 'Only for page loads: API routes keep BearerGuard’s 401. The session typing comes from express-session.',
    },
    reauthRedirect: {
      title: 'Redirect to confirm the sign-in',
      default: FACT.anonymousPage,
      trap: true,
      lang: 'typescript',
      code: `import { ArgumentsHost, CanActivate, Catch, ExceptionFilter, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';

export class ReauthenticationRequired extends Error {}

// Page routes: the session is valid but the password was last confirmed too long ago.
@Injectable()
export class FreshLoginGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const confirmedAt = context.switchToHttp().getRequest<Request>().session?.confirmedAt ?? 0;
    if (Date.now() - confirmedAt <= 5 * 60_000) return true;
    throw new ReauthenticationRequired();
  }
}

@Catch(ReauthenticationRequired)
export class ReauthRedirectFilter implements ExceptionFilter {
  catch(_exception: ReauthenticationRequired, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    http.getResponse<Response>().redirect(req.method === 'POST' ? 303 : 302, \`/reauthenticate?next=\${encodeURIComponent(req.originalUrl)}\`);
  }
}`,
    },
    allowed: {
      title: '200 for the authenticated caller',
      default: FACT.allowed,
      trap: false,
      lang: 'typescript',
      code: `import { Controller, Get, HttpCode, Param, UseGuards } from '@nestjs/common';
import { BearerGuard } from './bearer.guard';

@Controller('invoices')
@UseGuards(BearerGuard)
export class InvoicesController {
  @Get(':id')
  @HttpCode(200)
  findOne(@Param('id') id: string) {
    return { id: Number(id), total: '19.99' };
  }
}`,
    },
  },
  cells: {
    'proxy-authentication-required': {
      notApplicable: 'A 407 is answered by a forward proxy that the client chose, never by a NestJS application, which is an origin server.',
    },
    'proxy-forbidden': {
      notApplicable: 'Only a forward proxy refuses a destination; a NestJS application is the destination.',
    },
    'client-barred': 'clientBlocked',
    'rate-limited': 'rateLimit',
    'not-found': 'notFound',
    gone: 'gone',
    'method-not-allowed': 'methodNotAllowed',
    'cors-preflight': 'cors',
    'cors-preflight-refused': 'corsRefused',
    'authentication-required': 'bearerGuard',
    'redirect-to-login': 'loginRedirect',
    'hidden-from-anonymous': 'hide',
    'client-certificate-refused': 'clientCert',
    'malformed-credentials': 'bearerGuard',
    'csrf-failed': 'csrf',
    'invalid-credentials': 'bearerGuard',
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
