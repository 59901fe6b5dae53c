import type { Fact } from '../types.ts';
import { defineStack } from '../types.ts';

// Facts checked against encode/django-rest-framework at 3.18.0 and adamchainz/django-cors-headers at
// 4.9.0. Each is stated once here and reused by the recipes below.

const FIRST_CLASS_DECIDES: Fact = {
  text:
    'APIView.handle_exception turns NotAuthenticated and AuthenticationFailed into 401 only when the FIRST authentication class returns a challenge from authenticate_header(); otherwise into 403. The defaults are SessionAuthentication then BasicAuthentication, and SessionAuthentication has no challenge: an anonymous caller gets 403 {"detail": "Authentication credentials were not provided."}. The default permission, AllowAny, lets everyone through until you set IsAuthenticated.',
  sources: [
    { repo: 'encode/django-rest-framework', path: 'rest_framework/views.py', lines: '453-477' },
    { repo: 'encode/django-rest-framework', path: 'rest_framework/views.py', lines: '188-195' },
    { repo: 'encode/django-rest-framework', path: 'rest_framework/authentication.py', lines: '44-50' },
    { repo: 'encode/django-rest-framework', path: 'rest_framework/settings.py', lines: '40-46' },
    { repo: 'encode/django-rest-framework', issue: 5968 },
    { repo: 'encode/django-rest-framework', issue: 4450 },
  ],
};

const AUTH_HEADER: Fact = {
  text:
    'DRF’s exception_handler writes WWW-Authenticate from an APIException’s auth_header attribute and Retry-After from its wait; any other failure of a permission check becomes 403 {"detail": "You do not have permission to perform this action."} with no challenge, and Http404 becomes {"detail": "Not found."}.',
  sources: [{ repo: 'encode/django-rest-framework', path: 'rest_framework/views.py', lines: '72-102' }],
};

const ANON_PERMISSION_DENIED: Fact = {
  text:
    'DRF refuses no client by itself, and a permission class is the wrong place for a blocklist: APIView.permission_denied raises NotAuthenticated, not PermissionDenied, when no authentication class authenticated the request, so a refused anonymous caller gets the 401 (or 403) of a missing login, whatever the message.',
  sources: [{ repo: 'encode/django-rest-framework', path: 'rest_framework/views.py', lines: '174-180' }],
};

const TOKEN_CLASS: Fact = {
  text:
    'TokenAuthentication answers an unknown token with 401 AuthenticationFailed("Invalid token.") and a challenge that is its bare keyword ("Token" unless you change keyword): no realm and no error="invalid_token".',
  sources: [{ repo: 'encode/django-rest-framework', path: 'rest_framework/authentication.py', lines: '198-211' }],
};

export const drf = defineStack({
  id: 'drf',
  name: 'Django REST Framework',
  version: 'Django REST Framework 3.18 (django-cors-headers 4.9)',
  scheme: 'bearer',
  summary:
    'DRF authenticates in APIView.initial and maps exceptions to responses: NotAuthenticated and AuthenticationFailed become 401 only if the first authentication class has a WWW-Authenticate challenge, 403 otherwise, which is why a session-first API answers 403 to anonymous callers. Permission classes raise PermissionDenied (403), throttles Throttled (429 with Retry-After).',
  recipes: {
    clientBarred: {
      title: '403 from a Django middleware, before DRF authenticates',
      default: ANON_PERMISSION_DENIED,
      trap: false,
      lang: 'python',
      code: `from ipaddress import ip_address, ip_network

from django.http import JsonResponse

BLOCKED = [ip_network("203.0.113.0/24")]


class RefuseBlockedNetworks:
    """In MIDDLEWARE, before the apps: not a permission class, which would answer 401 to anonymous callers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any(ip_address(request.META["REMOTE_ADDR"]) in net for net in BLOCKED):
            return JsonResponse(
                {"type": "https://example.com/probs/client-blocked", "title": "Access from your network is blocked", "status": 403},
                status=403,
                content_type="application/problem+json",
            )
        return self.get_response(request)`,
    },
    rateLimited: {
      title: '429 with Retry-After from DRF’s throttles',
      default: {
        text: 'DEFAULT_THROTTLE_CLASSES is empty: nothing is limited until you list a throttle. A throttle that refuses raises Throttled: 429, and the exception handler writes Retry-After from its wait, rounded up to whole seconds.',
        sources: [
          { repo: 'encode/django-rest-framework', path: 'rest_framework/settings.py', lines: '47' },
          { repo: 'encode/django-rest-framework', path: 'rest_framework/exceptions.py', lines: '226-244' },
          { repo: 'encode/django-rest-framework', path: 'rest_framework/views.py', lines: '72-102' },
        ],
      },
      trap: false,
      lang: 'python',
      code: `REST_FRAMEWORK = {
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {"anon": "20/min", "user": "100/min"},
}`,
      headersBy: 'DRF’s exception_handler writes Retry-After from Throttled.wait.',
      note: 'A refusing throttle raises Throttled, which DRF answers with 429.',
    },
    notFound: {
      title: '404 with the Bearer challenge, the same for missing and hidden records',
      default: {
        text:
          'Http404 (from get_object_or_404 or get_object) becomes {"detail": "Not found."} without a challenge, while a URL outside the urlpatterns never reaches DRF and gets Django’s HTML 404 page. DRF also adds Allow (the view’s methods) and Vary to every response of a view, its errors included.',
        sources: [
          { repo: 'encode/django-rest-framework', path: 'rest_framework/views.py', lines: '72-102' },
          { repo: 'encode/django-rest-framework', path: 'rest_framework/views.py', lines: '159-165' },
          { repo: 'django/django', path: 'django/views/defaults.py' },
        ],
      },
      trap: true,
      lang: 'python',
      code: `from rest_framework import generics
from rest_framework.permissions import AllowAny
from rest_framework.views import exception_handler


def api_exception_handler(exc, context):  # REST_FRAMEWORK["EXCEPTION_HANDLER"]
    response = exception_handler(exc, context)
    if response is not None and response.status_code == 404:
        response["WWW-Authenticate"] = 'Bearer realm="api"'
    return response


class DocumentDetail(generics.RetrieveAPIView):
    serializer_class = DocumentSerializer
    # No IsAuthenticated here: an anonymous caller must get this 404, not a 401.
    permission_classes = [AllowAny]

    def get_queryset(self):
        # Only what this caller may read: another's document and a missing one are the same 404.
        return Document.objects.readable_by(self.request.user)`,
      note: 'The hidden record and the missing one share a view, so their 404s match byte for byte. A URL outside the urlpatterns is Django’s handler404: make it answer the same JSON if those must match too.',
    },
    gone: {
      title: '410 with an APIException subclass',
      default: {
        text: 'DRF has no 410 exception: a removed endpoint falls out of the urlpatterns and answers Django’s 404.',
        sources: [{ repo: 'encode/django-rest-framework', path: 'rest_framework/exceptions.py' }],
      },
      trap: false,
      lang: 'python',
      code: `from rest_framework.exceptions import APIException
from rest_framework.views import APIView


class Gone(APIException):
    status_code = 410
    default_detail = "This resource was removed permanently and will not come back."
    default_code = "gone"


class ReportsV1(APIView):
    def get(self, request, *args, **kwargs):
        raise Gone()`,
    },
    methodNotAllowed: {
      title: '405 with Allow, written by APIView',
      default: {
        text: 'A method the view does not define raises MethodNotAllowed (405), and APIView writes Allow, listing the view’s methods, on every response it sends. Django’s View answers HEAD with get() when there is no head(), so HEAD is listed.',
        sources: [
          { repo: 'encode/django-rest-framework', path: 'rest_framework/views.py', lines: '159-172' },
          { repo: 'django/django', path: 'django/views/generic/base.py' },
        ],
      },
      trap: false,
      lang: 'python',
      code: `from rest_framework.response import Response
from rest_framework.views import APIView


class InvoiceDetail(APIView):
    # Only GET (and HEAD, answered by get) and OPTIONS: DELETE gets 405.
    def get(self, request, pk):
        return Response({"id": pk})`,
      headersBy: 'DRF’s APIView.default_response_headers writes Allow (GET, HEAD, OPTIONS here) on the 405.',
    },
    corsPreflight: {
      title: 'Preflight answered by django-cors-headers, before DRF',
      default: {
        text:
          'DRF has no CORS support, and APIView authenticates and checks permissions for OPTIONS like any method: a preflight, which never carries credentials, gets the 401 or 403 of a missing login. django-cors-headers’ CorsMiddleware answers the preflight (200, empty) before the view runs.',
        sources: [
          { repo: 'encode/django-rest-framework', path: 'rest_framework/views.py', lines: '404-421' },
          { repo: 'adamchainz/django-cors-headers', path: 'src/corsheaders/middleware.py', lines: '67-77' },
        ],
      },
      trap: true,
      lang: 'python',
      code: `INSTALLED_APPS = [
    # ...
    "corsheaders",
    "rest_framework",
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",  # as high as possible: it answers the preflight itself
    "django.middleware.common.CommonMiddleware",
    # ...
]

CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
CORS_ALLOW_METHODS = ["GET", "PUT", "DELETE"]
CORS_ALLOW_HEADERS = ["authorization", "content-type"]
CORS_ALLOW_CREDENTIALS = True
CORS_PREFLIGHT_MAX_AGE = 600`,
      headersBy: 'django-cors-headers’ CorsMiddleware writes Access-Control-Allow-Origin, -Methods, -Headers and -Credentials for an allowed origin.',
      note: 'CorsMiddleware answers the preflight 200 with no content rather than 204; browsers accept any 2xx.',
    },
    corsRefused: {
      title: '403 to a preflight from an origin you do not allow',
      default: {
        text: 'django-cors-headers answers every preflight 200 and leaves the Access-Control-Allow-* fields out when the origin is not allowed: the browser refuses, but the status says nothing.',
        sources: [{ repo: 'adamchainz/django-cors-headers', path: 'src/corsheaders/middleware.py', lines: '67-109' }],
      },
      trap: false,
      lang: 'python',
      code: `from django.conf import settings
from django.http import HttpResponse


class RefuseForeignPreflight:
    """In MIDDLEWARE just before corsheaders.middleware.CorsMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        preflight = request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers
        if preflight and request.headers.get("Origin") not in settings.CORS_ALLOWED_ORIGINS:
            response = HttpResponse("CORS request refused: this origin is not allowed.", status=403, content_type="text/plain; charset=utf-8")
            response["Vary"] = "Origin"
            return response
        return self.get_response(request)`,
    },
    authRequired: {
      title: '401 with a Bearer challenge: a challenging class first',
      default: FIRST_CLASS_DECIDES,
      trap: true,
      lang: 'python',
      code: `from rest_framework.authentication import TokenAuthentication


class BearerAuthentication(TokenAuthentication):
    keyword = "Bearer"  # reads "Authorization: Bearer <token>" instead of "Token <token>"

    def authenticate_header(self, request):
        return 'Bearer realm="api"'


# settings.py
REST_FRAMEWORK = {
    # The FIRST class decides between 401 (it has a challenge) and 403 (SessionAuthentication has none).
    "DEFAULT_AUTHENTICATION_CLASSES": ["api.authentication.BearerAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
}`,
      headersBy: 'DRF’s APIView.handle_exception sends the first authentication class’s authenticate_header() as WWW-Authenticate.',
    },
    anonymous403: {
      title: '403 for a request without credentials, Bearer challenge kept',
      default: FIRST_CLASS_DECIDES,
      trap: true,
      lang: 'python',
      code: `from rest_framework.exceptions import NotAuthenticated
from rest_framework.views import exception_handler


def always_403_handler(exc, context):  # REST_FRAMEWORK["EXCEPTION_HANDLER"]
    response = exception_handler(exc, context)
    if response is not None and isinstance(exc, NotAuthenticated):
        # The always-403 policy: no 401 for missing credentials, but Bearer keeps its challenge.
        response.status_code = 403
        response["WWW-Authenticate"] = 'Bearer realm="api"'
    return response`,
      note: 'A session-first configuration already answers 403 here, but with no challenge at all; this handler keeps a Bearer class first and changes only the status.',
    },
    malformed: {
      title: '400 invalid_request for credentials sent wrongly',
      default: {
        text:
          'TokenAuthentication answers a malformed Authorization field (its keyword, "Token" in the stock class and "Bearer" in a subclass that sets keyword = "Bearer", with no token or with spaces in it) with 401 AuthenticationFailed, as if the token were wrong; a token also sent in the query string is not looked at.',
        sources: [{ repo: 'encode/django-rest-framework', path: 'rest_framework/authentication.py', lines: '177-196' }],
      },
      trap: true,
      lang: 'python',
      code: `from rest_framework.authentication import TokenAuthentication, get_authorization_header
from rest_framework.exceptions import ParseError


class MalformedCredentials(ParseError):  # 400
    # Sent as WWW-Authenticate by DRF's exception_handler.
    auth_header = 'Bearer realm="api", error="invalid_request", error_description="The access token was sent in more than one place"'


class BearerAuthentication(TokenAuthentication):
    keyword = "Bearer"

    def authenticate(self, request):
        if get_authorization_header(request) and "access_token" in request.query_params:
            raise MalformedCredentials("The access token was sent in more than one place. Send it once, in the Authorization header.")
        return super().authenticate(request)`,
      headersBy: 'DRF’s exception_handler writes WWW-Authenticate from the exception’s auth_header (a ParseError keeps it: handle_exception rewrites only NotAuthenticated and AuthenticationFailed).',
    },
    csrf: {
      title: '403 from SessionAuthentication’s CSRF check (the default)',
      default: {
        text:
          'For a request authenticated by the session, SessionAuthentication runs Django’s CSRF check and raises PermissionDenied("CSRF Failed: …"): 403. An anonymous request is not checked (it has no session to abuse), and Bearer requests are not checked at all.',
        sources: [{ repo: 'encode/django-rest-framework', path: 'rest_framework/authentication.py', lines: '112-148' }],
      },
      trap: false,
      lang: 'python',
      code: `REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.authentication.BearerAuthentication",  # first: its challenge makes anonymous calls 401
        "rest_framework.authentication.SessionAuthentication",  # the browser app: CSRF-checked, 403 on failure
    ],
}`,
      note: 'Do not exempt session-authenticated views from CSRF to “fix” a 403: send the csrftoken cookie’s value in the X-CSRFToken header.',
    },
    invalidToken: {
      title: '401 invalid_token for a token that fails',
      default: TOKEN_CLASS,
      trap: false,
      lang: 'python',
      code: `from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed


class BearerAuthentication(TokenAuthentication):
    keyword = "Bearer"

    def authenticate(self, request):
        try:
            return super().authenticate(request)
        except AuthenticationFailed:
            request.bearer_error = 'error="invalid_token", error_description="The access token is invalid"'
            raise

    def authenticate_header(self, request):
        # One method gives the challenge for "no token" and "bad token": tell them apart.
        error = getattr(request, "bearer_error", None)
        return 'Bearer realm="api"' + (f", {error}" if error else "")`,
      note: 'AuthenticationFailed stays 401 because this class, first in DEFAULT_AUTHENTICATION_CLASSES, has a challenge.',
      headersBy: 'DRF’s APIView.handle_exception sends the first authentication class’s authenticate_header() as WWW-Authenticate.',
    },
    stepUp: {
      title: '401 insufficient_user_authentication from a permission class',
      default: AUTH_HEADER,
      trap: false,
      lang: 'python',
      code: `import time

from rest_framework.exceptions import APIException
from rest_framework.permissions import BasePermission


class StepUpRequired(APIException):
    # Not an AuthenticationFailed: handle_exception would replace this challenge with the class's.
    status_code = 401
    default_detail = "Transfers need a sign-in with MFA within the last 5 minutes."
    default_code = "insufficient_user_authentication"
    auth_header = ('Bearer realm="api", error="insufficient_user_authentication", '  # sent as WWW-Authenticate
                   'error_description="A sign-in with MFA within the last 5 minutes is required", acr_values="mfa", max_age=300')


class RecentMfa(BasePermission):
    def has_permission(self, request, view):
        claims = request.auth or {}
        if "mfa" not in claims.get("amr", []) or time.time() - claims.get("auth_time", 0) > 300:
            raise StepUpRequired()
        return True`,
      headersBy: 'DRF’s exception_handler writes WWW-Authenticate from the exception’s auth_header.',
      note: 'request.auth here is the claims of a JWT or introspected token; TokenAuthentication’s tokens carry no sign-in time.',
    },
    stepUpImpossible: {
      title: '403 with the reason, from a permission class',
      default: AUTH_HEADER,
      trap: false,
      lang: 'python',
      code: `from rest_framework.permissions import BasePermission


class PersonSignedIn(BasePermission):
    message = "Transfers need a user access token from a sign-in with MFA within the last 5 minutes."

    def has_permission(self, request, view):
        # A client-credentials token names no person: a step-up challenge could never be met.
        return bool(request.auth) and request.auth.get("sub") not in (None, request.auth.get("client_id"))`,
      note: 'For an authenticated caller DRF answers a refusing permission with PermissionDenied, 403, and the class’s message as the detail; request.auth here is the claims of a JWT.',
    },
    accountBarred: {
      title: '403 for a suspended account, not TokenAuthentication’s 401',
      default: {
        text: 'TokenAuthentication answers the token of an inactive user with 401 AuthenticationFailed("User inactive or deleted."): the client is told to get new credentials, which would not help.',
        sources: [{ repo: 'encode/django-rest-framework', path: 'rest_framework/authentication.py', lines: '198-208' }],
      },
      trap: true,
      lang: 'python',
      code: `from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed, PermissionDenied


class AccountSuspended(PermissionDenied):
    default_detail = "This account is suspended. Contact support@example.com."
    auth_header = 'Bearer realm="api"'  # sent as WWW-Authenticate by DRF's exception_handler


class BearerAuthentication(TokenAuthentication):
    keyword = "Bearer"

    def authenticate_credentials(self, key):
        token = self.get_model().objects.select_related("user").filter(key=key).first()
        if token is None:
            raise AuthenticationFailed("Invalid token.")
        if not token.user.is_active:
            raise AccountSuspended()
        return (token.user, token)`,
      note: 'AccountSuspended is a PermissionDenied: DRF answers it with 403.',
      headersBy: 'DRF’s exception_handler writes WWW-Authenticate from the exception’s auth_header.',
    },
    insufficientScope: {
      title: '403 insufficient_scope from a permission class',
      default: AUTH_HEADER,
      trap: true,
      lang: 'python',
      code: `from rest_framework.exceptions import PermissionDenied
from rest_framework.permissions import BasePermission


class InsufficientScope(PermissionDenied):
    def __init__(self, scope):
        super().__init__(f"This request needs a token with the {scope} scope.")
        # Sent as WWW-Authenticate by DRF's exception_handler.
        self.auth_header = f'Bearer realm="api", error="insufficient_scope", error_description="{scope} is required", scope="{scope}"'


class HasScope(BasePermission):
    def has_permission(self, request, view):
        needed = view.required_scopes[request.method]  # e.g. {"POST": "invoices:write"}
        if needed not in (request.auth or {}).get("scope", "").split():
            raise InsufficientScope(needed)
        return True`,
      headersBy: 'DRF’s exception_handler writes WWW-Authenticate from the exception’s auth_header.',
      note: 'InsufficientScope is a PermissionDenied, which DRF answers with 403. List IsAuthenticated before HasScope: without it an anonymous caller gets this 403 instead of the 401 challenge. TokenAuthentication’s tokens carry no scopes: request.auth here is the claims of a JWT or introspected token.',
    },
    forbidden: {
      title: '403 with the reason and a bare Bearer challenge',
      default: AUTH_HEADER,
      trap: true,
      lang: 'python',
      code: `from rest_framework.exceptions import PermissionDenied
from rest_framework.permissions import BasePermission


class Forbidden(PermissionDenied):
    auth_header = 'Bearer realm="api"'  # sent as WWW-Authenticate by DRF's exception_handler


class CanDeleteInvoices(BasePermission):
    def has_permission(self, request, view):
        if request.method == "DELETE" and not request.user.has_perm("billing.delete_invoice"):
            raise Forbidden("Your role may not delete invoices.")
        return True

    def has_object_permission(self, request, view, obj):
        if obj.owner_id != request.user.id and not obj.shared_with(request.user):
            raise Forbidden("You do not have access to this invoice; ask its owner to share it.")
        return True`,
      headersBy: 'DRF’s exception_handler writes WWW-Authenticate from the exception’s auth_header.',
      note: 'List IsAuthenticated before this class: a 403 is for a caller DRF has authenticated. The same exception answers a missing plan or unaccepted terms with its own detail.',
    },
    allowed: {
      title: '200 from the view',
      default: {
        text: 'A view that returns Response(data) answers 200 after authentication, permissions and throttles pass.',
        sources: [{ repo: 'encode/django-rest-framework', path: 'rest_framework/views.py', lines: '404-421' }],
      },
      trap: false,
      lang: 'python',
      code: `from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView


class InvoiceDetail(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request, pk):
        return Response({"id": pk, "total": "19.99"})`,
      note: 'Response(data) is 200 unless you pass status=.',
    },
  },
  cells: {
    'proxy-authentication-required': {
      notApplicable: 'A 407 comes from a forward proxy that the client sends its requests through; a DRF API is the origin server those requests are for.',
    },
    'proxy-forbidden': {
      notApplicable: 'Refusing to forward a request is a forward proxy’s answer; a DRF API is the origin server, not a proxy.',
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
    'redirect-to-login': {
      notApplicable:
        'DRF answers API calls with status codes and never redirects; a page load that needs a sign-in is a plain Django view’s job (the Django stack: LoginRequiredMixin redirects to LOGIN_URL).',
    },
    'hidden-from-anonymous': 'notFound',
    'client-certificate-refused': {
      notApplicable:
        'The client certificate is checked in the TLS handshake by the web server or proxy in front of Django (nginx ssl_verify_client, for one); the refusal is configured there, and DRF only sees requests that passed.',
    },
    'malformed-credentials': 'malformed',
    'csrf-failed': 'csrf',
    'invalid-credentials': 'invalidToken',
    'step-up-required': 'stepUp',
    'step-up-not-possible': 'stepUpImpossible',
    'redirect-to-reauthenticate': {
      notApplicable:
        'DRF answers API calls with status codes and never redirects; re-authentication for a page load belongs to a Django view (API callers get the 401 step-up challenge instead).',
    },
    'account-barred': 'accountBarred',
    'insufficient-scope': 'insufficientScope',
    'feature-unavailable': 'forbidden',
    forbidden: 'forbidden',
    'hidden-from-unauthorized': 'notFound',
    'forbidden-record': 'forbidden',
    'not-found-after-checks': 'notFound',
    allowed: 'allowed',
  },
});
