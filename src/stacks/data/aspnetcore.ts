/**
 * ASP.NET Core: authentication handlers answer challenges and forbids (AuthenticationHandler.HandleChallengeAsync /
 * HandleForbiddenAsync), the authorization middleware decides which of the two a failed policy gets. The
 * snippets use the JwtBearer handler (scheme 'bearer'); the cookie and OpenID Connect handlers cover page loads.
 * Checked against dotnet/aspnetcore main (the .NET 10 line), read through stored copies of the files cited.
 */
import { defineStack, type Fact, type Source } from '../types.ts';

const REPO = 'dotnet/aspnetcore';
const AUTHN = 'src/Security/Authentication';

const SRC = {
  handler: { repo: REPO, path: `${AUTHN}/Core/src/AuthenticationHandler.cs` },
  jwt: { repo: REPO, path: `${AUTHN}/JwtBearer/src/JwtBearerHandler.cs` },
  jwtOptions: { repo: REPO, path: `${AUTHN}/JwtBearer/src/JwtBearerOptions.cs` },
  resultHandler: { repo: REPO, path: 'src/Security/Authorization/Policy/src/AuthorizationMiddlewareResultHandler.cs' },
  authzMiddleware: { repo: REPO, path: 'src/Security/Authorization/Policy/src/AuthorizationMiddleware.cs' },
  policyCombine: { repo: REPO, path: 'src/Security/Authorization/Core/src/AuthorizationPolicy.cs' },
  cookieEvents: { repo: REPO, path: `${AUTHN}/Cookies/src/CookieAuthenticationEvents.cs` },
  cookieRedirectPr: { repo: REPO, pr: 62816 },
  cookieRedirectApiPr: { repo: REPO, pr: 63283 },
  cookieRedirectIssue: { repo: REPO, issue: 9039 },
  cookieRedirectAnnouncement: { repo: 'aspnet/Announcements', issue: 525 },
  oidcChallenge: { repo: REPO, path: `${AUTHN}/OpenIdConnect/src/OpenIdConnectChallengeProperties.cs` },
  certificate: { repo: REPO, path: `${AUTHN}/Certificate/src/CertificateAuthenticationHandler.cs` },
  antiforgeryMiddleware: { repo: REPO, path: 'src/Antiforgery/src/AntiforgeryMiddleware.cs' },
  antiforgeryMvc: { repo: REPO, path: 'src/Mvc/Mvc.Core/src/AntiforgeryValidationFailedResult.cs' },
  rateLimiter: { repo: REPO, path: 'src/Middleware/RateLimiting/src/RateLimiterOptions.cs' },
  method: { repo: REPO, path: 'src/Http/Routing/src/Matching/HttpMethodMatcherPolicy.cs' },
  cors: { repo: REPO, path: 'src/Middleware/CORS/src/Infrastructure/CorsMiddleware.cs' },
  statusCodePages: { repo: REPO, path: 'src/Middleware/Diagnostics/src/StatusCodePage/StatusCodePagesExtensions.cs' },
  problem: { repo: REPO, path: 'src/Http/Http.Results/src/ProblemHttpResult.cs' },
  forwardedHeaders: { repo: REPO, path: 'src/Middleware/HttpOverrides/src/ForwardedHeadersMiddleware.cs' },
} as const satisfies Record<string, Source>;

/** Facts used by several recipes, stated once. */
const FACT = {
  jwtChallenge: {
    text:
      'JwtBearerHandler answers a challenge with 401 and WWW-Authenticate set to its Challenge option, "Bearer" ' +
      'without a realm by default; when a token was sent and failed, it appends error="invalid_token" and an ' +
      'error_description (IncludeErrorDetails, on by default). The authorization middleware challenges when the ' +
      'caller is not authenticated and forbids when it is. A custom AuthenticationHandler (an API key scheme) ' +
      'inherits a HandleChallengeAsync that sets 401 and writes no WWW-Authenticate at all.',
    sources: [SRC.jwt, SRC.jwtOptions, SRC.resultHandler, SRC.handler],
  },
  jwtForbid: {
    text:
      'JwtBearerHandler answers a forbid (a failed policy for a signed-in caller, or Results.Forbid()) with 403 ' +
      'and no WWW-Authenticate, then raises its OnForbidden event; it has no notion of scopes, so nothing says ' +
      'insufficient_scope.',
    sources: [SRC.jwt, SRC.resultHandler],
  },
  noPolicyNoAuth: {
    text:
      'Routing runs before authorization: a request that matches no endpoint, or the 405 endpoint routing makes ' +
      'for a wrong method, carries no authorization metadata, so the authorization middleware lets it through ' +
      'unless a FallbackPolicy applies to every request.',
    sources: [SRC.authzMiddleware, SRC.policyCombine, SRC.method],
  },
  problem: {
    text:
      'Results.Problem writes an RFC 9457 problem document (application/problem+json) with the status given; ' +
      'nothing in ASP.NET Core adds an authentication header to it.',
    sources: [SRC.problem],
  },
} as const satisfies Record<string, Fact>;

/** The API's authentication set-up, which the snippets about 401s assume. */
const PROGRAM = `using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.Authority = "https://idp.example.com";
        options.Audience = "api";
        options.MapInboundClaims = false; // keep "scope", "acr", "auth_time" as named in the token
        // WWW-Authenticate of every 401; the handler appends error="invalid_token" for a bad token.
        options.Challenge = "Bearer realm=\\"api\\"";
    });
builder.Services.AddAuthorization();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapGet("/me", (ClaimsPrincipal user) => user.FindFirstValue("sub")).RequireAuthorization();
app.Run();
`;

export const aspnetcore = defineStack({
  id: 'aspnetcore',
  name: 'ASP.NET Core',
  version: 'ASP.NET Core 10',
  scheme: 'bearer',
  summary:
    'Authentication handlers answer for their scheme: a failed authorization policy is a challenge (401 from ' +
    'JwtBearer, a redirect from the cookie handler) when the caller is anonymous and a forbid (403) when not. ' +
    'JwtBearer writes the 401 challenge itself but sends its 403s without one; since .NET 10 the cookie handler ' +
    'stops redirecting endpoints it recognises as APIs.',
  recipes: {
    clientBarred: {
      title: '403 for a blocked network, in middleware before authentication',
      default: {
        text:
          'ASP.NET Core refuses no network out of the box: no middleware looks at Connection.RemoteIpAddress ' +
          '(ForwardedHeadersMiddleware only replaces it with the X-Forwarded-For address from a trusted proxy), and ' +
          'authorization policies evaluate the signed-in user, not the connection.',
        sources: [SRC.forwardedHeaders, SRC.authzMiddleware],
      },
      trap: false,
      lang: 'csharp',
      code: `var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
var blocked = System.Net.IPNetwork.Parse("203.0.113.0/24");

// Before UseAuthentication: a blocked network gets 403 whether or not it sent a token.
app.Use(async (context, next) =>
{
    var address = context.Connection.RemoteIpAddress;
    if (address?.IsIPv4MappedToIPv6 == true) address = address.MapToIPv4(); // dual-stack sockets
    if (address is not null && blocked.Contains(address))
    {
        await Results.Problem(title: "Access from your network is blocked",
            statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
        return;
    }
    await next(context);
});
app.UseAuthentication();
app.UseAuthorization();
app.Run();
`,
      note:
        'No WWW-Authenticate: no token would help. Behind a reverse proxy, call UseForwardedHeaders() first so ' +
        'that RemoteIpAddress is the client\'s; a gateway or firewall in front can block just as well.',
    },
    challenge: {
      title: '401 with a Bearer challenge',
      default: FACT.jwtChallenge,
      trap: false,
      lang: 'csharp',
      code: PROGRAM,
      headersBy: 'The JwtBearer handler sends the 401 and writes WWW-Authenticate from its Challenge option.',
      note: 'Set Challenge to add the realm; without it the header is a bare "Bearer".',
    },
    invalidToken: {
      title: '401 invalid_token',
      default: {
        text:
          'A token that fails validation (signature, lifetime, issuer, audience) makes JwtBearerHandler answer ' +
          '401 with error="invalid_token" and an error_description naming the failure, such as "The token expired ' +
          'at …"; IncludeErrorDetails = false drops both.',
        sources: [SRC.jwt, SRC.jwtOptions],
      },
      trap: false,
      lang: 'csharp',
      code: PROGRAM,
      headersBy: 'The JwtBearer handler sends the 401 and writes WWW-Authenticate with error="invalid_token".',
    },
    malformed: {
      title: '400 invalid_request for a token sent twice',
      default: {
        text:
          'JwtBearerHandler reads the Authorization header only and joins repeated fields into one string, so a ' +
          'token sent twice is validated as one garbled token and answered 401 invalid_token, and a second copy in ' +
          'the query string is ignored.',
        sources: [SRC.jwt],
      },
      trap: true,
      lang: 'csharp',
      code: `var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

// Before UseAuthentication: a token in more than one place is a malformed request.
app.Use(async (context, next) =>
{
    var request = context.Request;
    var places = request.Headers.Authorization.Count + (request.Query.ContainsKey("access_token") ? 1 : 0);
    if (places > 1)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.Headers.WWWAuthenticate = "Bearer realm=\\"api\\", error=\\"invalid_request\\", "
            + "error_description=\\"The access token was sent in more than one place\\"";
        return;
    }
    await next(context);
});
app.UseAuthentication();
app.UseAuthorization();
app.Run();
`,
    },
    insufficientScope: {
      title: '403 insufficient_scope from a scope requirement',
      default: FACT.jwtForbid,
      trap: true,
      lang: 'csharp',
      code: `using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

// builder.Services.AddAuthorizationBuilder().AddPolicy("invoices:write",
//     p => p.RequireAuthenticatedUser().AddRequirements(new ScopeRequirement("invoices:write")));
// builder.Services.AddSingleton<IAuthorizationHandler, ScopeHandler>();
// builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ScopeResultHandler>();
public sealed record ScopeRequirement(string Scope) : IAuthorizationRequirement;

public sealed class ScopeHandler : AuthorizationHandler<ScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        var scopes = context.User.FindFirst("scope")?.Value.Split(' ') ?? Array.Empty<string>();
        if (scopes.Contains(requirement.Scope)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

public sealed class ScopeResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        var missing = result.AuthorizationFailure?.FailedRequirements.OfType<ScopeRequirement>().FirstOrDefault();
        if (!result.Forbidden || missing is null) return _default.HandleAsync(next, context, policy, result);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.Headers.WWWAuthenticate =
            $"Bearer realm=\\"api\\", error=\\"insufficient_scope\\", scope=\\"{missing.Scope}\\"";
        return Task.CompletedTask;
    }
}
`,
      note: 'The JWT keeps its scopes in one space-separated "scope" claim; RequireClaim("scope", …) would compare the whole string.',
    },
    forbidden: {
      title: '403 with a bare Bearer challenge',
      default: FACT.jwtForbid,
      trap: true,
      lang: 'csharp',
      code: `using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.Challenge = "Bearer realm=\\"api\\"";
        options.Events = new JwtBearerEvents
        {
            // Every forbid of this scheme (403) carries the bare challenge RFC 6750 §3 asks for.
            OnForbidden = context =>
            {
                context.Response.Headers.WWWAuthenticate = "Bearer realm=\\"api\\"";
                return Task.CompletedTask;
            },
        };
    });
builder.Services.AddAuthorization();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapGet("/invoices/{id}", (string id, ClaimsPrincipal user) =>
{
    var ownerId = "alice"; // load the invoice and its owner
    return ownerId == user.FindFirstValue("sub") ? Results.Ok(new { id }) : Results.Forbid();
}).RequireAuthorization();
app.Run();
`,
      note: 'Results.Forbid() and failed policies both go through the handler\'s forbid, so both get the header.',
    },
    stepUp: {
      title: '401 insufficient_user_authentication',
      default: {
        text:
          'Nothing in ASP.NET Core reads the token\'s acr or auth_time claims or knows RFC 9470\'s error code: a valid ' +
          'token from a weak or old sign-in passes every policy that does not check them.',
        sources: [SRC.jwt],
      },
      trap: true,
      lang: 'csharp',
      code: `using System.Security.Claims;

// app.MapPost("/transfers", Transfers.Create).RequireAuthorization();
public static class Transfers
{
    public static IResult Create(HttpContext http)
    {
        var acr = http.User.FindFirstValue("acr");
        var authTime = long.TryParse(http.User.FindFirstValue("auth_time"), out var t) ? t : 0;
        if (acr != "mfa" || DateTimeOffset.UtcNow.ToUnixTimeSeconds() - authTime > 300)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer realm=\\"api\\", "
                + "error=\\"insufficient_user_authentication\\", acr_values=\\"mfa\\", max_age=300";
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Confirm your identity");
        }
        return Results.Ok();
    }
}
`,
    },
    stepUpNotPossible: {
      title: '403 without a challenge',
      default: FACT.problem,
      trap: false,
      lang: 'csharp',
      code: `// app.MapPost("/transfers", Transfers.Create).RequireAuthorization("service-clients");
public static class Transfers
{
    // A client-credentials token carries no person's sign-in: no new token of this
    // client can satisfy the step-up, so 403 and no WWW-Authenticate (not Results.Forbid(),
    // whose OnForbidden adds one).
    public static IResult Create() =>
        Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "This operation needs a person's recent sign-in",
            detail: "Call it with a user's access token from a sign-in with MFA.");
}
`,
    },
    loginRedirect: {
      title: '302 to the sign-in page for page loads',
      default: {
        text:
          'The cookie handler turns a challenge into a redirect to LoginPath (302, ReturnUrl in the query) and a ' +
          'forbid into one to AccessDeniedPath; requests with X-Requested-With: XMLHttpRequest get 401 or 403 with ' +
          'the Location header instead. Since .NET 10 so do endpoints it knows as APIs ([ApiController], minimal ' +
          'APIs that read or write JSON, TypedResults, SignalR: IDisableCookieRedirectMetadata); [AllowCookieRedirect] ' +
          'restores the redirect.',
        since: '.NET 10',
        sources: [SRC.cookieEvents, SRC.cookieRedirectPr, SRC.cookieRedirectApiPr, SRC.cookieRedirectIssue, SRC.cookieRedirectAnnouncement],
      },
      trap: false,
      lang: 'csharp',
      code: `using Microsoft.AspNetCore.Authentication.Cookies;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options => options.LoginPath = "/login");
builder.Services.AddAuthorization();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
// A page (HTML, not JSON): anonymous visitors get 302 to /login?ReturnUrl=%2Fsettings.
app.MapGet("/settings", () => Results.Content("<h1>Settings</h1>", "text/html")).RequireAuthorization();
app.Run();
`,
      headersBy: 'The cookie handler answers the challenge with 302 and writes Location (LoginPath with ReturnUrl).',
    },
    reauthenticate: {
      title: '302 to the identity provider with max_age',
      default: {
        text:
          'ASP.NET Core keeps no rule about how recent a sign-in must be; OpenIdConnectChallengeProperties carries ' +
          'max_age and prompt into the authorization request, so a challenge with MaxAge sends the browser back to ' +
          'the identity provider to sign in again.',
        sources: [SRC.oidcChallenge],
      },
      trap: false,
      lang: 'csharp',
      code: `using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

// app.MapGet("/settings/delete-account", DeleteAccountPage.Show).RequireAuthorization();
public static class DeleteAccountPage
{
    public static IResult Show(HttpContext http)
    {
        var authTime = long.TryParse(http.User.FindFirstValue("auth_time"), out var t) ? t : 0;
        if (DateTimeOffset.UtcNow.ToUnixTimeSeconds() - authTime <= 300)
        {
            return Results.Content("<h1>Delete your account</h1>", "text/html");
        }
        var properties = new OpenIdConnectChallengeProperties
        {
            MaxAge = TimeSpan.FromMinutes(5),
            RedirectUri = "/settings/delete-account",
        };
        return Results.Challenge(properties, new[] { OpenIdConnectDefaults.AuthenticationScheme });
    }
}
`,
      headersBy: 'The OpenID Connect handler answers the challenge with 302 and writes Location (the provider\'s authorization endpoint, with max_age=300).',
    },
    csrf: {
      title: '403 for a failed antiforgery check',
      default: {
        text:
          'MVC\'s [ValidateAntiForgeryToken] answers a failed check with AntiforgeryValidationFailedResult, a ' +
          'BadRequestResult: 400. The antiforgery middleware of minimal APIs only records the failure in ' +
          'IAntiforgeryValidationFeature and leaves the answer to what follows.',
        sources: [SRC.antiforgeryMvc, SRC.antiforgeryMiddleware],
      },
      trap: true,
      lang: 'csharp',
      code: `using Microsoft.AspNetCore.Antiforgery;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAntiforgery();

var app = builder.Build();
app.UseAntiforgery();
// Answer the recorded failure as a refusal (403), not as a malformed request.
app.Use(async (context, next) =>
{
    if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await context.Response.WriteAsync("The form expired or came from another site. Reload it and try again.");
        return;
    }
    await next(context);
});
app.MapPost("/settings", (HttpContext http) => Results.Ok());
app.Run();
`,
    },
    rateLimited: {
      title: '429 with Retry-After',
      default: {
        text:
          'The rate limiting middleware rejects with RejectionStatusCode, which defaults to 503 Service ' +
          'Unavailable, and writes no Retry-After unless OnRejected does.',
        sources: [SRC.rateLimiter],
      },
      trap: true,
      lang: 'csharp',
      code: `using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRateLimiter(options =>
{
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests; // the default is 503
    options.AddFixedWindowLimiter("api", o => { o.PermitLimit = 100; o.Window = TimeSpan.FromMinutes(1); });
    options.OnRejected = (context, _) =>
    {
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString();
        }
        return ValueTask.CompletedTask;
    };
});

var app = builder.Build();
app.UseRateLimiter();
app.MapGet("/reports", () => "ok").RequireRateLimiting("api");
app.Run();
`,
    },
    notFound: {
      title: 'The API\'s one 404, with a bare Bearer challenge',
      default: FACT.noPolicyNoAuth,
      trap: false,
      lang: 'csharp',
      code: `using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
builder.Services.AddAuthorization();
var app = builder.Build();

// Every 404 without a body (no route; Results.NotFound() for a missing record or one
// the caller may not see) gets the same answer: the bare challenge and a problem document.
app.UseStatusCodePages(async statusContext =>
{
    var http = statusContext.HttpContext;
    if (http.Response.StatusCode == StatusCodes.Status404NotFound)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer realm=\\"api\\"";
        await Results.Problem(statusCode: StatusCodes.Status404NotFound).ExecuteAsync(http);
    }
});
app.UseAuthentication();
app.UseAuthorization();
// No RequireAuthorization(): JwtBearer would answer an anonymous caller 401 before the
// handler could hide the record. The handler decides, and every refusal is the 404.
app.MapGet("/invoices/{id}", (string id, ClaimsPrincipal user) =>
    user.Identity?.IsAuthenticated == true && CanRead(user, id) ? Results.Ok(new { id }) : Results.NotFound());
app.Run();

static bool CanRead(ClaimsPrincipal user, string id) => false; // your record lookup and ownership check
`,
      note:
        'Do not set a FallbackPolicy: it would answer unknown URLs with the 401 challenge before routing\'s 404. ' +
        'Endpoints that answer anonymous callers 401 as usual keep RequireAuthorization(); only the hidden ones ' +
        'decide in the handler.',
    },
    gone: {
      title: '410 Gone',
      default: FACT.problem,
      trap: false,
      lang: 'csharp',
      code: `var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
// A retired endpoint, answered the same to everyone, before authentication.
app.MapGet("/v1/reports", () => Results.Problem(
    statusCode: StatusCodes.Status410Gone,
    detail: "This resource was removed permanently and will not come back."));
app.Run();
`,
    },
    methodNotAllowed: {
      title: '405 with Allow, from routing',
      default: FACT.noPolicyNoAuth,
      trap: false,
      lang: 'csharp',
      code: `var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization();
var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
// DELETE /reports: routing answers 405 with Allow: GET, HEAD, for everyone.
app.MapMethods("/reports", new[] { "GET", "HEAD" }, () => "report").RequireAuthorization();
app.Run();
`,
      headersBy: 'Endpoint routing\'s HttpMethodMatcherPolicy answers 405 and writes Allow.',
      note: 'A FallbackPolicy would put the 401 challenge in front of the 405 for anonymous callers.',
    },
    cors: {
      title: 'CORS before authentication',
      default: {
        text:
          'The CORS middleware answers every preflight it has a policy for with 204, writing the ' +
          'Access-Control-Allow-* headers only when the policy allows the origin, method and headers.',
        sources: [SRC.cors],
      },
      trap: false,
      lang: 'csharp',
      code: `var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy
    .WithOrigins("https://app.example.com")
    .WithMethods("GET", "PUT", "DELETE")
    .WithHeaders("Authorization", "Content-Type")
    .AllowCredentials()));
builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization();

var app = builder.Build();
app.UseCors(); // before authentication: a preflight carries no token
app.UseAuthentication();
app.UseAuthorization();
app.Run();
`,
      headersBy: 'The CORS middleware answers the preflight with 204 and writes the Access-Control-Allow-* headers from the policy.',
    },
    corsRefused: {
      title: '403 for a preflight from an origin you do not allow',
      default: {
        text:
          'The CORS middleware answers a preflight from an origin its policy does not allow with 204 as well, only ' +
          'without the Access-Control-Allow-* headers: the browser blocks the request, but the status says nothing.',
        sources: [SRC.cors],
      },
      trap: true,
      lang: 'csharp',
      code: `var allowedOrigins = new[] { "https://app.example.com" };
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy.WithOrigins(allowedOrigins)));

var app = builder.Build();
// Before UseCors: refuse a preflight from any other origin with 403 instead of a bare 204.
app.Use(async (context, next) =>
{
    var headers = context.Request.Headers;
    if (HttpMethods.IsOptions(context.Request.Method) && headers.ContainsKey("Access-Control-Request-Method")
        && !allowedOrigins.Contains(headers.Origin.ToString()))
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return;
    }
    await next(context);
});
app.UseCors();
app.Run();
`,
    },
    clientCertificate: {
      title: '403 for a missing or rejected client certificate',
      default: {
        text:
          'The certificate authentication handler cannot challenge once the TLS handshake is over: its ' +
          'HandleChallengeAsync calls HandleForbiddenAsync, so a missing or invalid certificate gets 403, not 401.',
        sources: [SRC.certificate, SRC.handler],
      },
      trap: false,
      lang: 'csharp',
      code: `using Microsoft.AspNetCore.Authentication.Certificate;
using Microsoft.AspNetCore.Server.Kestrel.Https;

var builder = WebApplication.CreateBuilder(args);
// AllowCertificate: the handshake succeeds without one, and the handler answers 403.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https =>
    https.ClientCertificateMode = ClientCertificateMode.AllowCertificate));
builder.Services.AddAuthentication(CertificateAuthenticationDefaults.AuthenticationScheme).AddCertificate();
builder.Services.AddAuthorization();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapGet("/machines/me", () => "ok").RequireAuthorization();
app.Run();
`,
      note: 'With ClientCertificateMode.RequireCertificate Kestrel refuses the handshake instead, and no HTTP status is sent.',
    },
    anonymousForbidden: {
      title: '403 with a bare Bearer challenge when no token was sent',
      default: FACT.jwtChallenge,
      trap: true,
      lang: 'csharp',
      code: `using Microsoft.AspNetCore.Authentication.JwtBearer;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.Challenge = "Bearer realm=\\"api\\"";
        options.Events = new JwtBearerEvents
        {
            OnChallenge = context =>
            {
                if (context.AuthenticateFailure is null) // no token at all; a bad one keeps its 401
                {
                    context.HandleResponse();
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    context.Response.Headers.WWWAuthenticate = "Bearer realm=\\"api\\"";
                }
                return Task.CompletedTask;
            },
        };
    });
builder.Services.AddAuthorization();
var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.Run();
`,
    },
    allowed: {
      title: '200 for a permitted caller',
      default: {
        text:
          'A request whose token validates and whose policy succeeds passes the authorization middleware to the ' +
          'endpoint, with the token\'s claims as HttpContext.User.',
        sources: [SRC.authzMiddleware, SRC.resultHandler],
      },
      trap: false,
      lang: 'csharp',
      code: PROGRAM,
      note: 'The JwtBearer handler validates the token; the endpoint\'s string goes out as 200 OK.',
    },
  },
  cells: {
    'proxy-authentication-required': { notApplicable: 'A 407 comes from a forward proxy between the client and the internet; an ASP.NET Core app is an origin server and never answers it.' },
    'proxy-forbidden': { notApplicable: 'Refusing a destination is the job of a forward proxy; an ASP.NET Core app only serves its own resources.' },
    'client-barred': 'clientBarred',
    'rate-limited': 'rateLimited',
    'not-found': 'notFound',
    gone: 'gone',
    'method-not-allowed': 'methodNotAllowed',
    'cors-preflight': 'cors',
    'cors-preflight-refused': 'corsRefused',
    'authentication-required': 'challenge',
    'redirect-to-login': 'loginRedirect',
    'anonymous-forbidden': 'anonymousForbidden',
    'hidden-from-anonymous': 'notFound',
    'client-certificate-refused': 'clientCertificate',
    'malformed-credentials': 'malformed',
    'csrf-failed': 'csrf',
    'invalid-credentials': 'invalidToken',
    'step-up-required': 'stepUp',
    'step-up-not-possible': 'stepUpNotPossible',
    'redirect-to-reauthenticate': 'reauthenticate',
    'account-barred': 'forbidden',
    'insufficient-scope': 'insufficientScope',
    'feature-unavailable': 'forbidden',
    forbidden: 'forbidden',
    'hidden-from-unauthorized': 'notFound',
    'forbidden-record': 'forbidden',
    'not-found-after-checks': 'notFound',
    allowed: 'allowed',
  },
});
