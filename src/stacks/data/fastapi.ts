import type { Fact } from '../types.ts';
import { defineStack } from '../types.ts';

// Facts checked against fastapi/fastapi at 0.141.1 and Kludex/starlette at 1.3.1 (the versions FastAPI
// pulls in). Each is stated once here and reused by the recipes below.

const BEARER_401: Fact = {
  text:
    'HTTPBearer, OAuth2PasswordBearer and the APIKey* classes answer a request without credentials (or, for HTTPBearer and OAuth2PasswordBearer, with another scheme) with 401 {"detail": "Not authenticated"} and a bare challenge: WWW-Authenticate: Bearer (APIKey for API keys, with no realm). Before 0.122.0, HTTPBearer, HTTPDigest and the APIKey* classes answered 403 with no challenge (HTTPBearer gave a non-Bearer scheme 403 "Invalid authentication credentials"); OAuth2PasswordBearer already answered 401 with Bearer.',
  since: '0.122.0',
  sources: [
    { repo: 'fastapi/fastapi', path: 'fastapi/security/http.py', lines: '84-92' },
    { repo: 'fastapi/fastapi', path: 'fastapi/security/oauth2.py', lines: '401-421' },
    { repo: 'fastapi/fastapi', path: 'fastapi/security/api_key.py', lines: '31-45' },
    { repo: 'fastapi/fastapi', pr: 13786 },
    { repo: 'fastapi/fastapi', issue: 10177 },
    { repo: 'fastapi/fastapi', path: 'docs_src/authentication_error_status_code/tutorial001_an_py310.py' },
  ],
};

const HTTP_EXCEPTION: Fact = {
  text:
    'FastAPI has no authorization layer: the status and headers are whatever your dependency raises. Its handler answers an HTTPException with {"detail": …} and copies exc.headers into the response.',
  sources: [{ repo: 'fastapi/fastapi', path: 'fastapi/exception_handlers.py' }],
};

const ROUTER_404: Fact = {
  text:
    'A URL that matches no route makes Starlette’s router raise HTTPException(404); FastAPI answers {"detail": "Not Found"} with no WWW-Authenticate, so a 404 you raise yourself with a challenge differs from it unless one handler shapes both.',
  sources: [
    { repo: 'Kludex/starlette', path: 'starlette/routing.py', lines: '606-618' },
    { repo: 'fastapi/fastapi', path: 'fastapi/exception_handlers.py' },
  ],
};

const ROUTE_405: Fact = {
  text:
    'A path whose route does not accept the method gets 405 with an Allow field listing the route’s methods, written by APIRoute.handle. @app.get() accepts GET only: HEAD gets 405 too unless the route lists it.',
  sources: [{ repo: 'fastapi/fastapi', path: 'fastapi/routing.py', lines: '1261-1270' }],
};

const NO_CORS: Fact = {
  text:
    'Without CORSMiddleware an OPTIONS preflight is routed like any request and gets 405 from a route that does not list OPTIONS, with no Access-Control-Allow-* field. CORSMiddleware answers an allowed preflight itself, 200 "OK", before routing and dependencies, so no security dependency runs.',
  sources: [
    { repo: 'fastapi/fastapi', path: 'fastapi/routing.py', lines: '1261-1270' },
    { repo: 'Kludex/starlette', path: 'starlette/middleware/cors.py', lines: '107-150' },
  ],
};

const CORS_400: Fact = {
  text:
    'CORSMiddleware answers a refused preflight (origin, method or header not allowed) with 400 "Disallowed CORS origin" and still sends the Access-Control-Allow-Methods and Access-Control-Max-Age fields it is configured with (and -Headers, -Credentials when set); with a list of origins, only Access-Control-Allow-Origin is left out.',
  sources: [{ repo: 'Kludex/starlette', path: 'starlette/middleware/cors.py', lines: '107-148' }],
};

const TUTORIAL_SCOPES: Fact = {
  text:
    'FastAPI’s OAuth2 scopes tutorial answers a token that lacks a scope with 401 "Not enough permissions" and WWW-Authenticate: Bearer scope="…": the status of a missing token, with no error="insufficient_scope".',
  sources: [{ repo: 'fastapi/fastapi', path: 'docs_src/security/tutorial005_an_py310.py', lines: '108-139' }],
};

const TUTORIAL_INACTIVE: Fact = {
  text: 'FastAPI’s security tutorials answer a disabled account with 400 {"detail": "Inactive user"}: a client error for a request that was well formed.',
  sources: [{ repo: 'fastapi/fastapi', path: 'docs_src/security/tutorial005_an_py310.py', lines: '143-147' }],
};

const NO_BROWSER_FLOW: Fact = {
  text:
    'FastAPI’s security classes read the Authorization header and answer 401 JSON to every caller, a browser loading a page included; nothing redirects to a sign-in page.',
  sources: [
    { repo: 'fastapi/fastapi', path: 'fastapi/security/http.py', lines: '84-92' },
    { repo: 'fastapi/fastapi', path: 'fastapi/security/oauth2.py', lines: '401-421' },
  ],
};

export const fastapi = defineStack({
  id: 'fastapi',
  name: 'FastAPI',
  version: 'FastAPI 0.141 (Starlette 1.3)',
  scheme: 'bearer',
  summary:
    'FastAPI decides in dependencies: a security class (HTTPBearer, OAuth2PasswordBearer, APIKeyHeader) extracts the credentials and answers 401 when they are missing (HTTPBearer and APIKeyHeader answered 403 before 0.122.0); everything after that, validation, scopes, permissions, is your dependency raising HTTPException with the status and headers you give it.',
  recipes: {
    clientBarred: {
      title: '403 before routing for a blocked network',
      default: {
        text: 'FastAPI blocks no client by itself: an HTTP middleware that answers before call_next is the place for a blocklist.',
        sources: [{ repo: 'fastapi/fastapi', path: 'fastapi/applications.py', lines: '4683-4728' }],
      },
      trap: false,
      lang: 'python',
      code: `from ipaddress import ip_address, ip_network

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
BLOCKED = [ip_network("203.0.113.0/24")]


@app.middleware("http")
async def refuse_blocked_networks(request: Request, call_next):
    client = ip_address(request.client.host)
    if any(client in net for net in BLOCKED):
        return JSONResponse(
            {"type": "https://example.com/probs/client-blocked", "title": "Access from your network is blocked", "status": 403},
            status_code=403,
            media_type="application/problem+json",
        )
    return await call_next(request)`,
      note: 'Behind a proxy, request.client is the proxy: run uvicorn with --proxy-headers and --forwarded-allow-ips so it is the caller.',
    },
    rateLimited: {
      title: '429 with Retry-After from a dependency',
      default: HTTP_EXCEPTION,
      trap: false,
      lang: 'python',
      code: `from fastapi import Depends, FastAPI, HTTPException, Request

app = FastAPI()


async def rate_limit(request: Request) -> None:
    retry_after = await seconds_until_allowed(request.client.host)  # your limiter: 0 when under the limit
    if retry_after:
        raise HTTPException(
            status_code=429,
            detail=f"Limit of 100 requests per minute reached. Retry in {retry_after} seconds.",
            headers={"Retry-After": str(retry_after)},
        )


@app.get("/invoices", dependencies=[Depends(rate_limit)])
async def list_invoices():
    return []`,
    },
    notFound: {
      title: '404, the same for every missing URL or record',
      default: ROUTER_404,
      trap: false,
      lang: 'python',
      code: `from fastapi import FastAPI, HTTPException, Request
from fastapi.exception_handlers import http_exception_handler
from starlette.exceptions import HTTPException as StarletteHTTPException

app = FastAPI()


@app.exception_handler(StarletteHTTPException)
async def one_404_for_all(request: Request, exc: StarletteHTTPException):
    # Router 404s and raised ones get the same body and the same challenge.
    if exc.status_code == 404:
        exc.headers = {**(exc.headers or {}), "WWW-Authenticate": 'Bearer realm="api"'}
    return await http_exception_handler(request, exc)


@app.get("/invoices/{invoice_id}")
async def read_invoice(invoice_id: int):
    invoice = await find_invoice(invoice_id)  # scoped to the caller's tenant
    if invoice is None:
        raise HTTPException(status_code=404)
    return invoice`,
      note: 'The handler is registered for Starlette’s HTTPException, the base class: FastAPI’s own subclass and the router’s 404 both reach it.',
    },
    hide404: {
      title: '404 instead of 401 or 403 to hide the resource',
      default: BEARER_401,
      trap: true,
      lang: 'python',
      code: `from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()
optional_bearer = HTTPBearer(auto_error=False)  # no automatic 401: this route decides


@app.get("/documents/{doc_id}")
async def read_document(doc_id: int, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(optional_bearer)]):
    user = await user_from_token(creds.credentials) if creds else None
    doc = await find_document(doc_id)
    if doc is None or user is None or not can_read(user, doc):
        # Exactly the 404 of a missing document: same detail, same challenge.
        raise HTTPException(status_code=404, headers={"WWW-Authenticate": 'Bearer realm="api"'})
    return doc`,
      note: 'Register the 404 handler of the “not found” recipe too, so that a URL matching no route answers the same bytes.',
    },
    gone: {
      title: '410 for a removed endpoint',
      default: {
        text: 'FastAPI knows only the routes that exist: a removed route answers the router’s 404.',
        sources: [{ repo: 'Kludex/starlette', path: 'starlette/routing.py', lines: '606-618' }],
      },
      trap: false,
      lang: 'python',
      code: `from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.api_route("/v1/reports/{path:path}", methods=["GET", "HEAD", "POST", "PUT", "DELETE"], include_in_schema=False)
async def v1_reports_removed(path: str):
    raise HTTPException(status_code=410, detail="API v1 was removed permanently; use /v2/reports.")`,
    },
    methodNotAllowed: {
      title: '405 with Allow, written by the router',
      default: ROUTE_405,
      trap: false,
      lang: 'python',
      code: `from fastapi import FastAPI

app = FastAPI()


# List HEAD yourself: @app.get() alone answers HEAD with 405.
@app.api_route("/invoices/{invoice_id}", methods=["GET", "HEAD"])
async def read_invoice(invoice_id: int):
    return {"id": invoice_id}`,
      headersBy: 'FastAPI’s APIRoute.handle writes Allow with the route’s methods when it answers 405.',
    },
    corsPreflight: {
      title: 'Preflight answered by CORSMiddleware',
      default: NO_CORS,
      trap: true,
      lang: 'python',
      code: `from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://app.example.com"],
    allow_methods=["GET", "PUT", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
    allow_credentials=True,
    max_age=600,
)`,
      headersBy: 'Starlette’s CORSMiddleware writes Access-Control-Allow-Origin, -Methods, -Headers and -Credentials on an allowed preflight (200 "OK" rather than 204; any 2xx passes).',
    },
    corsRefused: {
      title: '403 with no Access-Control-Allow-* for a refused preflight',
      default: CORS_400,
      trap: true,
      lang: 'python',
      code: `from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from starlette.middleware.cors import CORSMiddleware


class StrictCORSMiddleware(CORSMiddleware):
    def preflight_response(self, request_headers):
        response = super().preflight_response(request_headers)
        if response.status_code != 200:
            # Refused: 403, and none of the Access-Control-Allow-* fields the parent sends anyway. The parent's
            # text names what failed ("Disallowed CORS origin", "… method", "… headers"): keep it.
            return PlainTextResponse(response.body, status_code=403, headers={"Vary": "Origin"})
        return response


app = FastAPI()
app.add_middleware(StrictCORSMiddleware, allow_origins=["https://app.example.com"], allow_methods=["GET", "PUT", "DELETE"])`,
      note: 'A browser blocks the real request either way; the 403 and the missing fields make the refusal unambiguous in logs and tests.',
    },
    authRequired: {
      title: '401 with a Bearer challenge (the default since 0.122.0)',
      default: BEARER_401,
      trap: false,
      lang: 'python',
      code: `from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()


class BearerAuth(HTTPBearer):
    # The built-in challenge is a bare "Bearer"; name the realm as the other responses do.
    def make_authenticate_headers(self) -> dict[str, str]:
        return {"WWW-Authenticate": 'Bearer realm="api"'}


bearer = BearerAuth()


@app.get("/invoices")
async def list_invoices(creds: Annotated[HTTPAuthorizationCredentials, Depends(bearer)]):
    return []`,
      note: 'On FastAPI before 0.122.0, HTTPBearer answered 403 here (make_not_authenticated_error came with 0.122.0): upgrade, or use HTTPBearer(auto_error=False) and raise the 401 with this header yourself when it returns None.',
    },
    anonymous403: {
      title: '403 for a request without credentials, Bearer challenge kept',
      default: BEARER_401,
      trap: false,
      lang: 'python',
      code: `from fastapi import HTTPException
from fastapi.security import HTTPBearer


class HTTPBearer403(HTTPBearer):
    # The always-403 policy: no 401 for a missing token, but Bearer still names its challenge.
    def make_not_authenticated_error(self) -> HTTPException:
        return HTTPException(
            status_code=403,
            detail="Send your credentials with the request; this API does not challenge for them.",
            headers={"WWW-Authenticate": 'Bearer realm="api"'},
        )


bearer = HTTPBearer403()`,
      note: 'FastAPI’s own how-to for the old 403 overrides make_not_authenticated_error the same way, without the challenge that RFC 6750 requires with Bearer.',
    },
    redirectToSignIn: {
      title: '302 to the sign-in or re-authentication page',
      default: NO_BROWSER_FLOW,
      trap: true,
      lang: 'python',
      code: `from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=SECRET_KEY)


class SignInRequired(Exception):
    def __init__(self, page: str = "/login"):
        self.page = page  # "/reauthenticate" when the session is too old for this page


@app.exception_handler(SignInRequired)
async def to_sign_in(request: Request, exc: SignInRequired):
    return RedirectResponse(f"{exc.page}?next={quote(request.url.path, safe='')}", status_code=302)


@app.get("/settings")
async def settings_page(request: Request):
    if "user_id" not in request.session:
        raise SignInRequired()
    ...`,
      note: 'RedirectResponse writes Location. Keep API routes on 401: only page routes raise SignInRequired.',
    },
    malformed: {
      title: '400 invalid_request for credentials sent wrongly',
      default: {
        text:
          'HTTPBearer reads the Authorization header only and treats a missing, empty or non-Bearer one alike: 401 "Not authenticated". Nothing answers 400 invalid_request; a token also sent in the query string goes unnoticed.',
        sources: [{ repo: 'fastapi/fastapi', path: 'fastapi/security/http.py', lines: '303-317' }],
      },
      trap: true,
      lang: 'python',
      code: `from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()


async def access_token(request: Request, creds: Annotated[HTTPAuthorizationCredentials, Depends(bearer)]) -> str:
    if "access_token" in request.query_params:
        raise HTTPException(
            status_code=400,
            detail="The access token was sent in more than one place. Send it once, in the Authorization header.",
            headers={"WWW-Authenticate": 'Bearer realm="api", error="invalid_request", error_description="The access token was sent in more than one place"'},
        )
    return creds.credentials`,
    },
    invalidToken: {
      title: '401 invalid_token for a token that fails validation',
      default: {
        text:
          'HTTPBearer only extracts the token; validating it is your dependency. FastAPI’s JWT tutorial raises 401 with a bare "Bearer" challenge, the right status without error="invalid_token".',
        sources: [
          { repo: 'fastapi/fastapi', path: 'fastapi/security/http.py', lines: '303-317' },
          { repo: 'fastapi/fastapi', path: 'docs_src/security/tutorial005_an_py310.py', lines: '108-119' },
        ],
      },
      trap: false,
      lang: 'python',
      code: `from typing import Annotated

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()


async def claims(creds: Annotated[HTTPAuthorizationCredentials, Depends(bearer)]) -> dict:
    try:
        return jwt.decode(creds.credentials, PUBLIC_KEY, algorithms=["RS256"], audience="api")
    except jwt.ExpiredSignatureError:
        reason = "The access token expired"
    except jwt.InvalidTokenError:
        reason = "The access token is invalid"
    raise HTTPException(
        status_code=401,
        detail="The credentials were not accepted (expired, revoked or wrong). Get new ones and try again.",
        headers={"WWW-Authenticate": f'Bearer realm="api", error="invalid_token", error_description="{reason}"'},
    )`,
    },
    stepUp: {
      title: '401 insufficient_user_authentication with acr_values and max_age',
      default: HTTP_EXCEPTION,
      trap: false,
      lang: 'python',
      code: `import time
from typing import Annotated

from fastapi import Depends, HTTPException


async def recent_mfa(token: Annotated[dict, Depends(claims)]) -> dict:
    fresh = time.time() - token.get("auth_time", 0) <= 300
    if "mfa" not in token.get("amr", []) or not fresh:
        raise HTTPException(
            status_code=401,
            detail="Transfers need a sign-in with MFA within the last 5 minutes.",
            headers={"WWW-Authenticate": 'Bearer realm="api", error="insufficient_user_authentication", '
                     'error_description="A sign-in with MFA within the last 5 minutes is required", acr_values="mfa", max_age=300'},
        )
    return token`,
      note: '`claims` is the validating dependency of the invalid-token recipe.',
    },
    stepUpImpossible: {
      title: '403 when the token has no user who could step up',
      default: HTTP_EXCEPTION,
      trap: false,
      lang: 'python',
      code: `from typing import Annotated

from fastapi import Depends, HTTPException


async def user_token(token: Annotated[dict, Depends(claims)]) -> dict:
    if token.get("sub") is None or token.get("client_id") == token.get("sub"):
        # A client-credentials token: no person signed in, so a step-up challenge could never be met.
        raise HTTPException(
            status_code=403,
            detail="Transfers need a user access token from a sign-in with MFA within the last 5 minutes.",
        )
    return token`,
    },
    accountBarred: {
      title: '403 for a suspended account',
      default: TUTORIAL_INACTIVE,
      trap: true,
      lang: 'python',
      code: `from typing import Annotated

from fastapi import Depends, HTTPException


async def active_user(user: Annotated[User, Depends(current_user)]) -> User:
    if user.suspended:
        raise HTTPException(
            status_code=403,
            detail="This account is suspended. Contact support@example.com.",
            headers={"WWW-Authenticate": 'Bearer realm="api"'},
        )
    return user`,
    },
    insufficientScope: {
      title: '403 insufficient_scope naming the scope',
      default: TUTORIAL_SCOPES,
      trap: true,
      lang: 'python',
      code: `from typing import Annotated

from fastapi import FastAPI, HTTPException, Security
from fastapi.security import SecurityScopes

app = FastAPI()


async def scoped(security_scopes: SecurityScopes, token: Annotated[dict, Security(claims)]) -> dict:
    granted = set(token.get("scope", "").split())
    missing = [s for s in security_scopes.scopes if s not in granted]
    if missing:
        raise HTTPException(
            status_code=403,
            detail=f"This request needs a token with the {' '.join(missing)} scope.",
            headers={"WWW-Authenticate": f'Bearer realm="api", error="insufficient_scope", '
                     f'error_description="{missing[0]} is required", scope="{security_scopes.scope_str}"'},
        )
    return token


@app.post("/invoices")
async def create_invoice(token: Annotated[dict, Security(scoped, scopes=["invoices:write"])]):
    ...`,
    },
    forbidden: {
      title: '403 with the reason and a bare Bearer challenge',
      default: HTTP_EXCEPTION,
      trap: false,
      lang: 'python',
      code: `from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException

app = FastAPI()


def forbidden(detail: str) -> HTTPException:
    # With Bearer, every 403 carries the challenge, without an error code.
    return HTTPException(status_code=403, detail=detail, headers={"WWW-Authenticate": 'Bearer realm="api"'})


@app.delete("/invoices/{invoice_id}")
async def delete_invoice(invoice_id: int, user: Annotated[User, Depends(active_user)]):
    if "invoices.delete" not in user.permissions:
        raise forbidden(f"Your role ({user.role}) may not delete invoices.")
    invoice = await find_invoice_any_tenant(invoice_id)
    if invoice and invoice.owner_id != user.id:
        raise forbidden("You do not have access to this invoice; ask its owner to share it.")
    ...`,
      note: 'The same helper answers a missing plan or unaccepted terms (“Exports are part of the Pro plan…”): only the detail changes.',
    },
    allowed: {
      title: '200 from the path operation',
      default: {
        text: 'A path operation that returns answers 200 with the JSON of its return value (status_code= on the decorator changes it, e.g. 201 for a POST).',
        sources: [{ repo: 'fastapi/fastapi', path: 'fastapi/routing.py' }],
      },
      trap: false,
      lang: 'python',
      code: `from typing import Annotated

from fastapi import Depends, FastAPI

app = FastAPI()


@app.get("/invoices/{invoice_id}")
async def read_invoice(invoice_id: int, user: Annotated[User, Depends(active_user)]):
    return {"id": invoice_id, "total": "19.99"}`,
      note: 'FastAPI sends 200 with the JSON of the return value; status_code= on the decorator picks another 2xx.',
    },
  },
  cells: {
    'proxy-authentication-required': {
      notApplicable: 'A 407 comes from a forward proxy that the client is configured to send its requests through; a FastAPI application is the origin server those requests are for.',
    },
    'proxy-forbidden': {
      notApplicable: 'Refusing to forward a request is a forward proxy’s answer; a FastAPI application is the origin server, not a proxy.',
    },
    'client-barred': 'clientBarred',
    'rate-limited': 'rateLimited',
    'not-found': 'notFound',
    gone: 'gone',
    'method-not-allowed': 'methodNotAllowed',
    'cors-preflight': 'corsPreflight',
    'cors-preflight-refused': 'corsRefused',
    'authentication-required': 'authRequired',
    'anonymous-forbidden': 'anonymous403',
    'redirect-to-login': 'redirectToSignIn',
    'hidden-from-anonymous': 'hide404',
    'client-certificate-refused': {
      notApplicable:
        'The client certificate is checked in the TLS handshake, by uvicorn (--ssl-ca-certs with --ssl-cert-reqs) or the proxy in front of it; the application only sees requests that already passed, so the refusal is configured there.',
    },
    'malformed-credentials': 'malformed',
    'csrf-failed': {
      notApplicable:
        'With Bearer tokens there is no CSRF check to fail: browsers never attach an Authorization header on their own, so a forged cross-site request carries no credentials. FastAPI has no CSRF protection built in; an app on cookie sessions needs a CSRF middleware that answers 403.',
    },
    'invalid-credentials': 'invalidToken',
    'step-up-required': 'stepUp',
    'step-up-not-possible': 'stepUpImpossible',
    'redirect-to-reauthenticate': 'redirectToSignIn',
    'account-barred': 'accountBarred',
    'insufficient-scope': 'insufficientScope',
    'feature-unavailable': 'forbidden',
    forbidden: 'forbidden',
    'hidden-from-unauthorized': 'hide404',
    'forbidden-record': 'forbidden',
    'not-found-after-checks': 'notFound',
    allowed: 'allowed',
  },
});
