import { defineStack, type Source } from '../types.ts';

/**
 * Laravel with Sanctum API tokens (Authorization: Bearer) for API routes and the session guard for pages.
 * Line ranges are those of the default branches the facts were checked against (laravel/framework 13.x after
 * v13.26.1, laravel/sanctum 4.x, fruitcake/php-cors 1.4).
 */

const HANDLER = 'src/Illuminate/Foundation/Exceptions/Handler.php';

const SRC = {
  prepareException: { repo: 'laravel/framework', path: HANDLER, lines: '758-774' },
  unauthenticated: { repo: 'laravel/framework', path: HANDLER, lines: '843-856' },
  jsonResponse: { repo: 'laravel/framework', path: HANDLER, lines: '1107-1134' },
  authMiddleware: { repo: 'laravel/framework', path: 'src/Illuminate/Auth/Middleware/Authenticate.php', lines: '99-106' },
  loginRedirectDefault: { repo: 'laravel/framework', path: 'src/Illuminate/Foundation/Configuration/ApplicationBuilder.php', lines: '287-291' },
  expectsJson: { repo: 'laravel/framework', path: 'src/Illuminate/Http/Concerns/InteractsWithContentTypes.php', lines: '24-39' },
  loginRouteIssue: { repo: 'laravel/sanctum', issue: 72 },
  sanctumGuard: { repo: 'laravel/sanctum', path: 'src/Guard.php', lines: '64-72' },
  bearerToken: { repo: 'laravel/framework', path: 'src/Illuminate/Http/Concerns/InteractsWithInput.php', lines: '58-69' },
  sanctumAbilities: { repo: 'laravel/sanctum', path: 'src/Http/Middleware/CheckAbilities.php', lines: '20-33' },
  missingAbility: { repo: 'laravel/sanctum', path: 'src/Exceptions/MissingAbilityException.php', lines: '8-27' },
  denyAsNotFound: { repo: 'laravel/framework', path: 'src/Illuminate/Auth/Access/Response.php', lines: '84-99' },
  denyAsNotFoundPr: { repo: 'laravel/framework', pr: 43097 },
  gateGuests: { repo: 'laravel/framework', path: 'src/Illuminate/Auth/Access/Gate.php', lines: '463-470' },
  throttleException: { repo: 'laravel/framework', path: 'src/Illuminate/Routing/Middleware/ThrottleRequests.php', lines: '244-257' },
  throttleHeaders: { repo: 'laravel/framework', path: 'src/Illuminate/Routing/Middleware/ThrottleRequests.php', lines: '297-318' },
  apiGroup: { repo: 'laravel/framework', path: 'src/Illuminate/Foundation/Configuration/Middleware.php', lines: '495-499' },
  globalMiddleware: { repo: 'laravel/framework', path: 'src/Illuminate/Foundation/Configuration/Middleware.php', lines: '451-460' },
  methodNotAllowed: { repo: 'laravel/framework', path: 'src/Illuminate/Routing/AbstractRouteCollection.php', lines: '109-138' },
  allowHeader: { repo: 'symfony/symfony', path: 'src/Symfony/Component/HttpKernel/Exception/MethodNotAllowedHttpException.php' },
  routeNotFound: { repo: 'laravel/framework', path: 'src/Illuminate/Routing/AbstractRouteCollection.php', lines: '29-48' },
  toResponse: { repo: 'laravel/framework', path: 'src/Illuminate/Routing/Router.php', lines: '918-940' },
  abort: { repo: 'laravel/framework', path: 'src/Illuminate/Foundation/Application.php', lines: '1441-1448' },
  handleCors: { repo: 'laravel/framework', path: 'src/Illuminate/Http/Middleware/HandleCors.php', lines: '52-81' },
  corsConfig: { repo: 'laravel/framework', path: 'config/cors.php', lines: '18-32' },
  corsPreflight: { repo: 'fruitcake/php-cors', path: 'src/CorsService.php', lines: '144-168' },
  corsOrigin: { repo: 'fruitcake/php-cors', path: 'src/CorsService.php', lines: '204-219' },
  forgery: { repo: 'laravel/framework', path: 'src/Illuminate/Foundation/Http/Middleware/PreventRequestForgery.php', lines: '95-112' },
  forgeryOrigin: { repo: 'laravel/framework', path: 'src/Illuminate/Foundation/Http/Middleware/PreventRequestForgery.php', lines: '143-160' },
  forgeryOriginPr: { repo: 'laravel/framework', pr: 58400 },
  passwordTimeout: { repo: 'laravel/framework', path: 'config/auth.php', lines: '113' },
  requirePassword: { repo: 'laravel/framework', path: 'src/Illuminate/Auth/Middleware/RequirePassword.php', lines: '70-85' },
  redirectGuest: { repo: 'laravel/framework', path: 'src/Illuminate/Routing/Redirector.php', lines: '71' },
} as const satisfies Record<string, Source>;

/**
 * bootstrap/app.php for the API's 401s: no redirect for API routes (the default redirect target, route('login'), is
 * computed before the exception is thrown and fails where no such route exists), and a challenge on every 401. Both
 * 401 outcomes show it, so it is written once.
 */
const UNAUTHENTICATED = `<?php

use Illuminate\\Auth\\AuthenticationException;
use Illuminate\\Foundation\\Application;
use Illuminate\\Foundation\\Configuration\\Exceptions;
use Illuminate\\Foundation\\Configuration\\Middleware;
use Illuminate\\Http\\Request;

return Application::configure(basePath: dirname(__DIR__))
    ->withRouting(web: __DIR__.'/../routes/web.php', api: __DIR__.'/../routes/api.php')
    ->withMiddleware(function (Middleware $middleware) {
        // API routes never redirect to a sign-in page.
        $middleware->redirectGuestsTo(fn (Request $request) => $request->is('api/*') ? null : route('login'));
    })
    ->withExceptions(function (Exceptions $exceptions) {
        $exceptions->render(function (AuthenticationException $e, Request $request) {
            if (! $request->is('api/*')) {
                return null; // pages: Laravel's redirect to the sign-in page
            }
            // No token: a bare challenge. A token Sanctum refused (unknown, revoked or
            // expired: the exception does not say which): error="invalid_token".
            $challenge = $request->bearerToken() === null
                ? 'Bearer realm="api"'
                : 'Bearer realm="api", error="invalid_token", error_description="The access token is invalid"';

            return response()->json(
                ['type' => 'https://example.com/probs/authentication-required', 'title' => 'Unauthenticated', 'status' => 401],
                401,
                ['Content-Type' => 'application/problem+json', 'WWW-Authenticate' => $challenge],
            );
        });
    })
    ->create();
`;

export const laravel = defineStack({
  id: 'laravel',
  name: 'Laravel (Sanctum)',
  version: 'Laravel 13, Sanctum 4',
  scheme: 'bearer',
  summary:
    'Laravel decides in middleware (auth:sanctum, can:, throttle:) and in the exception handler, which turns ' +
    'AuthenticationException into a 401 or a redirect, AuthorizationException into 403 and missing models into 404, ' +
    'as JSON when the request expects JSON. Sanctum reads API tokens from Authorization: Bearer.',
  recipes: {
    blocklist: {
      title: '403 for a blocked address',
      default: {
        text:
          'Laravel blocks no one: its default global middleware trusts proxies, answers CORS and maintenance mode, ' +
          'and validates input, nothing more. A middleware you add decides.',
        sources: [SRC.globalMiddleware],
      },
      trap: false,
      lang: 'php',
      code: `<?php

namespace App\\Http\\Middleware;

use App\\Models\\BlockedNetwork;
use Closure;
use Illuminate\\Http\\Request;
use Symfony\\Component\\HttpFoundation\\Response;

class RefuseBlockedNetworks
{
    public function handle(Request $request, Closure $next): Response
    {
        if (BlockedNetwork::covers($request->ip())) {
            // No WWW-Authenticate: no credentials would lift the block.
            abort(403, 'Requests from your network or region are not accepted.');
        }

        return $next($request);
    }
}
`,
      note: 'Register it first: `$middleware->prepend(RefuseBlockedNetworks::class)` in bootstrap/app.php, so it answers every URL alike.',
    },
    throttle: {
      title: '429 with Retry-After (throttle middleware)',
      default: {
        text:
          'The `throttle` middleware answers 429 Too Many Requests through ThrottleRequestsException, with ' +
          'Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset. API routes are throttled only ' +
          'after `$middleware->throttleApi()`.',
        sources: [SRC.throttleException, SRC.throttleHeaders, SRC.apiGroup],
      },
      trap: false,
      lang: 'php',
      code: `<?php

namespace App\\Providers;

use Illuminate\\Cache\\RateLimiting\\Limit;
use Illuminate\\Http\\Request;
use Illuminate\\Support\\Facades\\RateLimiter;
use Illuminate\\Support\\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        // Used by Route::middleware('throttle:api'), or by $middleware->throttleApi() for every API route.
        RateLimiter::for('api', function (Request $request) {
            return Limit::perMinute(100)->by($request->user()?->id ?: $request->ip());
        });
    }
}
`,
      headersBy: 'ThrottleRequests writes Retry-After (and the X-RateLimit-* fields) on its 429 Too Many Requests',
    },
    'not-found': {
      title: '404, the same for every missing thing',
      default: {
        text:
          'An unknown route and a missing model (findOrFail, route model binding) become NotFoundHttpException: 404 ' +
          'with `{"message": …}` for JSON requests, without a Bearer challenge.',
        sources: [SRC.routeNotFound, SRC.prepareException, SRC.jsonResponse],
      },
      trap: false,
      lang: 'php',
      code: `<?php

use Illuminate\\Foundation\\Application;
use Illuminate\\Foundation\\Configuration\\Exceptions;
use Illuminate\\Http\\Request;
use Symfony\\Component\\HttpKernel\\Exception\\HttpExceptionInterface;

return Application::configure(basePath: dirname(__DIR__))
    ->withRouting(api: __DIR__.'/../routes/api.php')
    ->withExceptions(function (Exceptions $exceptions) {
        // One 404 for an unknown route, a missing model and Response::denyAsNotFound().
        $exceptions->render(function (HttpExceptionInterface $e, Request $request) {
            if ($e->getStatusCode() === 404 && $request->is('api/*')) {
                return response()->json(
                    ['type' => 'about:blank', 'title' => 'Not Found', 'status' => 404],
                    404,
                    ['Content-Type' => 'application/problem+json', 'WWW-Authenticate' => 'Bearer realm="api"'],
                );
            }
        });
    })
    ->create();
`,
      note: 'Query through the caller (`$request->user()->invoices()->findOrFail($id)`), so that another owner\'s record is this same 404.',
    },
    'deny-as-not-found': {
      title: '404 instead of 401 or 403: Response::denyAsNotFound()',
      default: {
        text:
          'Routes behind `auth:sanctum` answer an anonymous caller 401 before any lookup, and a denied Gate check is ' +
          '403; both confirm that the resource exists. `Response::denyAsNotFound()` (Laravel 9.20+) makes a denial a 404.',
        sources: [SRC.authMiddleware, SRC.prepareException, SRC.denyAsNotFound, SRC.denyAsNotFoundPr],
      },
      trap: true,
      lang: 'php',
      code: `<?php

// routes/api.php
use App\\Models\\Document;
use App\\Models\\User;
use Illuminate\\Auth\\Access\\Response;
use Illuminate\\Support\\Facades\\Gate;
use Illuminate\\Support\\Facades\\Route;

// ?User: guests reach the check too, and get the 404 of everyone without access (usually in AppServiceProvider).
Gate::define('view-document', fn (?User $user, Document $document) => $user !== null && $document->isSharedWith($user)
    ? Response::allow()
    : Response::denyAsNotFound());

// No auth:sanctum here: its 401 would tell an anonymous caller that the document exists.
Route::get('/documents/{document}', function (Document $document) {
    Gate::forUser(auth('sanctum')->user())->authorize('view-document', $document);

    return $document;
});
`,
      headersBy:
        'The 404 render callback of bootstrap/app.php (the recipe for a plain 404) writes WWW-Authenticate, so this ' +
        'Not Found is the same as every other',
    },
    gone: {
      title: '410 for a removed endpoint',
      default: {
        text: 'Laravel has no notion of "removed": a deleted route is an unknown route, 404.',
        sources: [SRC.routeNotFound],
      },
      trap: false,
      lang: 'php',
      code: `<?php

// routes/api.php
use Illuminate\\Support\\Facades\\Route;

// v1 was retired for good: say so instead of the router's 404.
Route::any('/v1/{path}', fn () => abort(410, 'This resource was removed permanently and will not come back.'))
    ->where('path', '.*');
`,
    },
    'method-not-allowed': {
      title: '405 with Allow (the router does it)',
      default: {
        text:
          'Laravel\'s router throws MethodNotAllowedHttpException for a path that exists for other methods only: 405 ' +
          'with an Allow field listing them (and it answers OPTIONS itself with 200 and Allow).',
        sources: [SRC.methodNotAllowed, SRC.allowHeader],
      },
      trap: false,
      lang: 'php',
      code: `<?php

// routes/api.php: declare the methods the resource supports; the router answers the others.
use App\\Http\\Controllers\\InvoiceController;
use Illuminate\\Support\\Facades\\Route;

Route::get('/invoices/{invoice}', [InvoiceController::class, 'show']);
`,
      headersBy: 'Symfony\'s MethodNotAllowedHttpException, thrown by Laravel\'s router, writes Allow with the 405',
    },
    'cors-preflight': {
      title: 'Preflight answered by HandleCors',
      default: {
        text:
          'The global HandleCors middleware answers preflights to the paths of config/cors.php (api/* by default) with ' +
          '204 before routing and authentication; the default config allows every origin, without credentials.',
        sources: [SRC.handleCors, SRC.corsConfig, SRC.corsPreflight],
      },
      trap: false,
      lang: 'php',
      code: `<?php

// config/cors.php (php artisan config:publish cors)
return [
    'paths' => ['api/*'],
    'allowed_methods' => ['GET', 'PUT', 'DELETE'],
    'allowed_origins' => ['https://app.example.com'],
    'allowed_origins_patterns' => [],
    'allowed_headers' => ['Authorization', 'Content-Type'],
    'exposed_headers' => [],
    'max_age' => 600,
    'supports_credentials' => false,
];
`,
      headersBy:
        'HandleCors (fruitcake/php-cors CorsService) writes Access-Control-Allow-Origin, -Methods and -Headers on its ' +
        '204 No Content',
    },
    'cors-preflight-refused': {
      title: '403 for a preflight from an unknown origin',
      default: {
        text:
          'HandleCors answers a preflight from an origin it does not allow with 204 all the same, without a matching ' +
          'Access-Control-Allow-Origin (with one allowed origin it names that one): browsers refuse it, the status does not say so.',
        sources: [SRC.corsPreflight, SRC.corsOrigin],
      },
      trap: false,
      lang: 'php',
      code: `<?php

namespace App\\Http\\Middleware;

use Closure;
use Illuminate\\Http\\Request;
use Symfony\\Component\\HttpFoundation\\Response;

// Prepended before HandleCors: $middleware->prepend(RefuseUnknownPreflight::class) in bootstrap/app.php.
class RefuseUnknownPreflight
{
    public function handle(Request $request, Closure $next): Response
    {
        $preflight = $request->isMethod('OPTIONS') && $request->headers->has('Access-Control-Request-Method');

        if ($preflight && ! in_array($request->headers->get('Origin'), config('cors.allowed_origins'), true)) {
            return response('CORS request refused: this origin is not allowed.', 403, [
                'Content-Type' => 'text/plain; charset=utf-8',
                'Vary' => 'Origin',
            ]);
        }

        return $next($request);
    }
}
`,
    },
    unauthenticated: {
      title: '401 with a Bearer challenge, never a redirect for the API',
      default: {
        text:
          '`auth:sanctum` throws AuthenticationException. A request that expects JSON (Accept: application/json, or XHR) ' +
          'gets 401 `{"message":"Unauthenticated."}` with no WWW-Authenticate; any other request is redirected to ' +
          "route('login'), which throws \"Route [login] not defined\" (a 500) in an API without that route.",
        sources: [SRC.authMiddleware, SRC.unauthenticated, SRC.expectsJson, SRC.loginRedirectDefault, SRC.loginRouteIssue],
      },
      trap: true,
      lang: 'php',
      code: UNAUTHENTICATED,
    },
    'anonymous-forbidden': {
      title: '403 without credentials, the Bearer challenge kept',
      default: {
        text:
          'Laravel answers a request without a token as the strict policy does: AuthenticationException, 401 for JSON ' +
          'requests (without a challenge), a redirect to the sign-in route otherwise.',
        sources: [SRC.authMiddleware, SRC.unauthenticated],
      },
      trap: false,
      lang: 'php',
      code: `<?php

use Illuminate\\Auth\\AuthenticationException;
use Illuminate\\Foundation\\Application;
use Illuminate\\Foundation\\Configuration\\Exceptions;
use Illuminate\\Foundation\\Configuration\\Middleware;
use Illuminate\\Http\\Request;

return Application::configure(basePath: dirname(__DIR__))
    ->withRouting(api: __DIR__.'/../routes/api.php')
    ->withMiddleware(function (Middleware $middleware) {
        $middleware->redirectGuestsTo(fn (Request $request) => $request->is('api/*') ? null : route('login'));
    })
    ->withExceptions(function (Exceptions $exceptions) {
        $exceptions->render(function (AuthenticationException $e, Request $request) {
            if (! $request->is('api/*')) {
                return null; // pages: Laravel's redirect to the sign-in page
            }
            // Always-403 policy, for requests without a token only; RFC 6750 still wants the Bearer challenge.
            if ($request->bearerToken() === null) {
                return response()->json(
                    ['type' => 'https://example.com/probs/authentication-required', 'title' => 'Authentication required', 'status' => 403,
                     'detail' => 'Send your credentials with the request; this API does not challenge for them.'],
                    403,
                    ['Content-Type' => 'application/problem+json', 'WWW-Authenticate' => 'Bearer realm="api"'],
                );
            }
            // A token Sanctum refused: 401 invalid_token, as under the strict policy.
            return response()->json(
                ['type' => 'https://example.com/probs/invalid-token', 'title' => 'Invalid access token', 'status' => 401],
                401,
                ['Content-Type' => 'application/problem+json',
                 'WWW-Authenticate' => 'Bearer realm="api", error="invalid_token", error_description="The access token is invalid"'],
            );
        });
    })
    ->create();
`,
      note:
        'The callback answers the refused token too: left to Laravel, it would get 401 {"message":"Unauthenticated."} ' +
        'without a challenge (or, since redirectGuestsTo gives null for api/*, an empty 401).',
    },
    'sign-in-redirect': {
      title: 'Redirect to the sign-in page',
      default: {
        text:
          'For a request that does not expect JSON, the `auth` middleware\'s AuthenticationException becomes ' +
          "`redirect()->guest(route('login'))`: 302 whatever the method, with the intended URL kept in the session.",
        sources: [SRC.authMiddleware, SRC.unauthenticated, SRC.redirectGuest],
      },
      trap: false,
      lang: 'php',
      code: `<?php

use Illuminate\\Auth\\AuthenticationException;
use Illuminate\\Foundation\\Application;
use Illuminate\\Foundation\\Configuration\\Exceptions;
use Illuminate\\Http\\Request;

return Application::configure(basePath: dirname(__DIR__))
    ->withRouting(web: __DIR__.'/../routes/web.php')
    ->withExceptions(function (Exceptions $exceptions) {
        // After a POST, 303 makes every browser fetch the sign-in page with GET.
        $exceptions->render(function (AuthenticationException $e, Request $request) {
            if (! $request->expectsJson()) {
                return redirect()->guest(route('login'), $request->isMethod('GET') ? 302 : 303);
            }
        });
    })
    ->create();
`,
      headersBy: 'redirect()->guest() writes Location (the sign-in URL)',
    },
    'invalid-request': {
      title: '400 invalid_request for a token sent twice',
      default: {
        text:
          'Request::bearerToken() takes whatever follows the last "Bearer " in Authorization and ignores an ' +
          'access_token parameter; Sanctum finds no such token and the request is unauthenticated: 401 without a ' +
          'challenge (or a redirect), not 400.',
        sources: [SRC.bearerToken, SRC.sanctumGuard, SRC.unauthenticated],
      },
      trap: true,
      lang: 'php',
      code: `<?php

namespace App\\Http\\Middleware;

use Closure;
use Illuminate\\Http\\Request;
use Symfony\\Component\\HttpFoundation\\Response;

class RejectTokenSentTwice
{
    public function handle(Request $request, Closure $next): Response
    {
        if ($request->hasHeader('Authorization') && $request->has('access_token')) {
            abort(400, 'The access token was sent in more than one place. Send it once, in the Authorization header.', [
                'WWW-Authenticate' => 'Bearer realm="api", error="invalid_request", '
                    .'error_description="The access token was sent in more than one place"',
            ]);
        }

        return $next($request);
    }
}
`,
      note: 'Run it before auth:sanctum (`$middleware->prependToGroup(\'api\', RejectTokenSentTwice::class)`).',
    },
    'csrf-forbidden': {
      title: '403 for a failed CSRF check (not 419)',
      default: {
        text:
          'PreventRequestForgery (the `web` group) throws TokenMismatchException, which the handler turns into 419, ' +
          'a status no RFC defines. Laravel 13 checks Sec-Fetch-Site first; only in its origin-only mode is a ' +
          'cross-site request refused with 403 (OriginMismatchException).',
        sources: [SRC.forgery, SRC.prepareException, SRC.forgeryOrigin, SRC.forgeryOriginPr],
      },
      trap: true,
      lang: 'php',
      code: `<?php

use Illuminate\\Foundation\\Application;
use Illuminate\\Foundation\\Configuration\\Exceptions;
use Illuminate\\Session\\TokenMismatchException;
use Symfony\\Component\\HttpKernel\\Exception\\AccessDeniedHttpException;

return Application::configure(basePath: dirname(__DIR__))
    ->withRouting(web: __DIR__.'/../routes/web.php')
    ->withExceptions(function (Exceptions $exceptions) {
        // 403 with the reason instead of Laravel's 419 "Page Expired".
        $exceptions->map(fn (TokenMismatchException $e) => new AccessDeniedHttpException(
            'CSRF token missing or invalid: the form has expired. Reload the page and submit it again.',
            $e,
        ));
    })
    ->create();
`,
      note: 'AccessDeniedHttpException is 403 Forbidden; no WWW-Authenticate, since signing in again would not help.',
    },
    'invalid-token': {
      title: '401 with error="invalid_token"',
      default: {
        text:
          'Sanctum treats an unknown, expired or revoked token like no token: AuthenticationException, 401 ' +
          '`{"message":"Unauthenticated."}` for JSON requests, with no WWW-Authenticate and no error code.',
        sources: [SRC.sanctumGuard, SRC.unauthenticated],
      },
      trap: true,
      lang: 'php',
      code: UNAUTHENTICATED,
    },
    'step-up': {
      title: '401 insufficient_user_authentication (RFC 9470)',
      default: {
        text:
          'Laravel knows no step-up for tokens. Its `password.confirm` middleware (sessions only) answers 423 to a ' +
          'JSON request and redirects a page load to the password prompt.',
        sources: [SRC.requirePassword],
      },
      trap: false,
      lang: 'php',
      code: `<?php

namespace App\\Http\\Middleware;

use Closure;
use Illuminate\\Http\\Request;
use Symfony\\Component\\HttpFoundation\\Response;

class RequireRecentMfa
{
    public function handle(Request $request, Closure $next): Response
    {
        $token = $request->user()->currentAccessToken();

        if (! $token->can('mfa') || $token->created_at->lt(now()->subMinutes(5))) {
            abort(401, 'Transfers need a sign-in with MFA within the last 5 minutes.', [
                'WWW-Authenticate' => 'Bearer realm="api", error="insufficient_user_authentication", '
                    .'error_description="A sign-in with MFA within the last 5 minutes is required", acr_values="mfa", max_age=300',
            ]);
        }

        return $next($request);
    }
}
`,
      note: 'abort() keeps the headers it is given: the handler copies an HttpException\'s headers into the response.',
    },
    'step-up-impossible': {
      title: '403 when the credentials cannot step up',
      default: {
        text: 'Laravel has no step-up for tokens: a check you write decides, and abort(403) answers 403 Forbidden.',
        sources: [SRC.abort, SRC.jsonResponse],
      },
      trap: false,
      lang: 'php',
      code: `<?php

namespace App\\Http\\Middleware;

use Closure;
use Illuminate\\Http\\Request;
use Symfony\\Component\\HttpFoundation\\Response;

class RequirePersonalToken
{
    public function handle(Request $request, Closure $next): Response
    {
        // A service token cannot prove a person's recent sign-in: no challenge could be met.
        if (! $request->user() instanceof \\App\\Models\\User) {
            abort(403, 'Transfers need a user access token from a sign-in with MFA within the last 5 minutes.');
        }

        return $next($request);
    }
}
`,
      note: 'No WWW-Authenticate here: a challenge would ask for a sign-in these credentials cannot give.',
    },
    'reauthenticate-redirect': {
      title: 'Redirect to confirm the password (password.confirm)',
      default: {
        text:
          'The `password.confirm` middleware redirects a page load whose password confirmation is older than ' +
          'auth.password_timeout (3 hours) to the password.confirm route with 302, keeping the intended URL.',
        sources: [SRC.requirePassword, SRC.passwordTimeout],
      },
      trap: false,
      lang: 'php',
      code: `<?php

// routes/web.php
use App\\Http\\Controllers\\AccountController;
use Illuminate\\Support\\Facades\\Route;

// password.confirm:<route>,<seconds>: ask again after 5 minutes instead of the 3-hour default.
Route::delete('/settings/account', [AccountController::class, 'destroy'])
    ->middleware(['auth', 'password.confirm:password.confirm,300']);
`,
      headersBy: 'RequirePassword redirects with redirectGuest(), which writes Location and answers 302 Found',
    },
    'account-barred': {
      title: '403 for a suspended account',
      default: {
        text:
          'Laravel has no account status: Sanctum checks only the token, its expiry and its owner\'s type, so a ' +
          'suspended user\'s token keeps working until a check of yours refuses it.',
        sources: [SRC.sanctumGuard],
      },
      trap: false,
      lang: 'php',
      code: `<?php

namespace App\\Http\\Middleware;

use Closure;
use Illuminate\\Http\\Request;
use Symfony\\Component\\HttpFoundation\\Response;

class RefuseSuspendedAccounts
{
    public function handle(Request $request, Closure $next): Response
    {
        // After auth:sanctum: the credentials were right, the account is barred.
        if ($request->user()?->suspended_at !== null) {
            abort(403, 'This account is suspended. Contact support@example.com.', [
                'WWW-Authenticate' => 'Bearer realm="api"',
            ]);
        }

        return $next($request);
    }
}
`,
    },
    'insufficient-scope': {
      title: '403 with error="insufficient_scope"',
      default: {
        text:
          'Sanctum\'s `abilities` middleware throws MissingAbilityException, an AuthorizationException: 403 "Invalid ' +
          'ability provided." with no WWW-Authenticate, so the client cannot tell which scope is missing.',
        sources: [SRC.sanctumAbilities, SRC.missingAbility, SRC.prepareException],
      },
      trap: true,
      lang: 'php',
      code: `<?php

// routes/api.php
use Illuminate\\Http\\Request;
use Illuminate\\Support\\Facades\\Route;

Route::middleware('auth:sanctum')->post('/invoices', function (Request $request) {
    if (! $request->user()->tokenCan('invoices:write')) {
        abort(403, 'This request needs a token with the invoices:write scope.', [
            'WWW-Authenticate' => 'Bearer realm="api", error="insufficient_scope", '
                .'error_description="invoices:write is required", scope="invoices:write"',
        ]);
    }

    // ... create the invoice
});
`,
    },
    forbidden: {
      title: '403 with a reason (Gate, policies)',
      default: {
        text:
          'A denied Gate or policy check (authorize(), can: middleware) throws AuthorizationException, which ' +
          'becomes AccessDeniedHttpException: 403 with the policy\'s message, without a Bearer challenge. A guest is ' +
          'denied without calling the policy unless its user parameter is nullable.',
        sources: [SRC.prepareException, SRC.gateGuests],
      },
      trap: false,
      lang: 'php',
      code: `<?php

use Illuminate\\Foundation\\Application;
use Illuminate\\Foundation\\Configuration\\Exceptions;
use Illuminate\\Http\\Request;
use Symfony\\Component\\HttpKernel\\Exception\\AccessDeniedHttpException;

return Application::configure(basePath: dirname(__DIR__))
    ->withRouting(api: __DIR__.'/../routes/api.php')
    ->withExceptions(function (Exceptions $exceptions) {
        // Every denied Gate or policy check of the API: the policy's reason, and the Bearer challenge.
        // A policy gives the reason: Response::deny('Your role (viewer) may not delete invoices.').
        $exceptions->render(function (AccessDeniedHttpException $e, Request $request) {
            if ($request->is('api/*')) {
                return response()->json(
                    ['type' => 'https://example.com/probs/forbidden', 'title' => 'Forbidden', 'status' => 403, 'detail' => $e->getMessage()],
                    403,
                    ['Content-Type' => 'application/problem+json', 'WWW-Authenticate' => 'Bearer realm="api"'],
                );
            }
        });
    })
    ->create();
`,
    },
    allowed: {
      title: '200 OK',
      default: {
        text: 'A route that returns a model or an array answers 200 OK with JSON (201 Created for a model it has just created).',
        sources: [SRC.toResponse],
      },
      trap: false,
      lang: 'php',
      code: `<?php

// routes/api.php
use Illuminate\\Http\\Request;
use Illuminate\\Support\\Facades\\Route;

Route::middleware('auth:sanctum')->get('/invoices/{id}', function (Request $request, string $id) {
    return $request->user()->invoices()->findOrFail($id);
});
`,
    },
  },
  cells: {
    'proxy-authentication-required': {
      notApplicable: 'Laravel is the origin server: a 407 comes from a forward proxy the client chose (Squid, Apache mod_proxy), never from an application behind it.',
    },
    'proxy-forbidden': {
      notApplicable: 'A forward proxy refusing a destination is the proxy\'s policy (Squid, Apache mod_proxy); a Laravel application is never that proxy.',
    },
    'client-barred': 'blocklist',
    'rate-limited': 'throttle',
    'not-found': 'not-found',
    gone: 'gone',
    'method-not-allowed': 'method-not-allowed',
    'cors-preflight': 'cors-preflight',
    'cors-preflight-refused': 'cors-preflight-refused',
    'authentication-required': 'unauthenticated',
    'anonymous-forbidden': 'anonymous-forbidden',
    'redirect-to-login': 'sign-in-redirect',
    'hidden-from-anonymous': 'deny-as-not-found',
    'client-certificate-refused': {
      notApplicable:
        'Client certificates are verified by the TLS terminator in front of PHP (nginx, Apache, a load balancer), which refuses the handshake or answers 403 itself; see the nginx and Apache stacks.',
    },
    'malformed-credentials': 'invalid-request',
    'csrf-failed': 'csrf-forbidden',
    'invalid-credentials': 'invalid-token',
    'step-up-required': 'step-up',
    'step-up-not-possible': 'step-up-impossible',
    'redirect-to-reauthenticate': 'reauthenticate-redirect',
    'account-barred': 'account-barred',
    'insufficient-scope': 'insufficient-scope',
    'feature-unavailable': 'forbidden',
    forbidden: 'forbidden',
    'hidden-from-unauthorized': 'deny-as-not-found',
    'forbidden-record': 'forbidden',
    'not-found-after-checks': 'not-found',
    allowed: 'allowed',
  },
});
