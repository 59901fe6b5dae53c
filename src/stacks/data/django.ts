import type { Fact } from '../types.ts';
import { defineStack } from '../types.ts';

// Facts checked against django/django (5.x source; the access mixins and decorators read the same since 2.x)
// and adamchainz/django-cors-headers 4.9.0. Django’s files are cited without line ranges: they move between
// releases, the functions named here do not.

const NO_PERMISSION: Fact = {
  text:
    'AccessMixin.handle_no_permission (LoginRequiredMixin, PermissionRequiredMixin, UserPassesTestMixin) raises PermissionDenied, answered 403, for a signed-in user or with raise_exception = True; an anonymous caller is redirected (302) to LOGIN_URL with ?next=, whoever is asking: a script gets the HTML sign-in page.',
  sources: [
    { repo: 'django/django', path: 'django/contrib/auth/mixins.py' },
    { repo: 'django/django', path: 'django/contrib/auth/views.py' },
  ],
};

const DECORATOR_LOOP: Fact = {
  text:
    'permission_required and user_passes_test redirect to the sign-in page whenever the test fails, a signed-in user included, unless raise_exception=True: the user signs in again, comes back, fails again, and loops (or lands on a sign-in page that says they are signed in).',
  sources: [{ repo: 'django/django', path: 'django/contrib/auth/decorators.py' }],
};

const EXCEPTIONS: Fact = {
  text: 'Django answers Http404 with handler404 (the 404.html template) and PermissionDenied with handler403 (403.html, given the exception as context), whichever view raised them.',
  sources: [
    { repo: 'django/django', path: 'django/core/handlers/exception.py' },
    { repo: 'django/django', path: 'django/views/defaults.py' },
  ],
};

const NO_SIGN_IN_AGE: Fact = {
  text: 'Django records no sign-in age beyond user.last_login and never asks to confirm a sign-in: a session is good for every page and request until it expires.',
  sources: [
    { repo: 'django/django', path: 'django/contrib/auth/__init__.py' },
    { repo: 'django/django', path: 'django/contrib/auth/models.py' },
  ],
};

export const django = defineStack({
  id: 'django',
  name: 'Django',
  version: 'Django 5.2 (django-cors-headers 4.9)',
  scheme: 'cookie',
  summary:
    'Django authenticates with the session cookie and decides in views: the access mixins and decorators redirect anonymous callers to LOGIN_URL and answer PermissionDenied with 403; Http404 becomes 404 and a failed CSRF check 403. Every refusal is built for a browser loading pages, so JSON endpoints need their own 401.',
  recipes: {
    clientBarred: {
      title: '403 from a middleware, before any view',
      default: {
        text: 'Django refuses no client by itself; a middleware that returns a response instead of calling get_response answers before URL resolution and every view.',
        sources: [{ repo: 'django/django', path: 'django/core/handlers/base.py' }],
      },
      trap: false,
      lang: 'python',
      code: `from ipaddress import ip_address, ip_network

from django.http import JsonResponse

BLOCKED = [ip_network("203.0.113.0/24")]


class RefuseBlockedNetworks:
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
      note: 'Behind a proxy REMOTE_ADDR is the proxy: read the client address the proxy sets, and only from a proxy you trust.',
    },
    rateLimited: {
      title: '429 with Retry-After, built by hand',
      default: {
        text: 'Django ships no rate limiter and no HttpResponse subclass for 429: the response is an HttpResponse with status=429 and the field set on it.',
        sources: [{ repo: 'django/django', path: 'django/http/response.py' }],
      },
      trap: false,
      lang: 'python',
      code: `from functools import wraps

from django.http import JsonResponse


def rate_limited(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        retry_after = seconds_until_allowed(request)  # your limiter, e.g. a counter in the cache; 0 when under the limit
        if retry_after:
            response = JsonResponse({"title": "Too many requests", "status": 429}, status=429, content_type="application/problem+json")
            response["Retry-After"] = str(retry_after)
            return response
        return view(request, *args, **kwargs)

    return wrapper`,
    },
    notFound: {
      title: '404 from Http404, one page for every miss',
      default: EXCEPTIONS,
      trap: false,
      lang: 'python',
      code: `from django.shortcuts import get_object_or_404, render


def invoice(request, pk):
    # Scoped to the caller's account: a record of another account is as missing as one that never existed.
    invoice = get_object_or_404(Invoice.objects.filter(account=request.user.account), pk=pk)
    return render(request, "invoices/detail.html", {"invoice": invoice})`,
      note: 'Http404 and a URL that matches no pattern both go to handler404, so they answer the same page (with DEBUG = False; DEBUG shows the technical 404 page instead).',
    },
    hide404: {
      title: '404 instead of a sign-in redirect or a 403',
      default: NO_PERMISSION,
      trap: true,
      lang: 'python',
      code: `from django.shortcuts import get_object_or_404, render


# No @login_required and no permission mixin: their redirect (anonymous) and 403 (signed in) would
# both say that the document exists.
def document(request, pk):
    visible = Document.objects.readable_by(request.user)  # none at all for AnonymousUser
    doc = get_object_or_404(visible, pk=pk)
    return render(request, "documents/detail.html", {"doc": doc})`,
    },
    gone: {
      title: '410 with HttpResponseGone',
      default: {
        text: 'A URL removed from the URLconf answers 404; django.contrib.redirects answers 410 for a Redirect entry whose new path is empty.',
        sources: [{ repo: 'django/django', path: 'django/contrib/redirects/middleware.py' }],
      },
      trap: false,
      lang: 'python',
      code: `from django.http import HttpResponseGone
from django.urls import re_path


def removed(request, *args, **kwargs):
    return HttpResponseGone("This page was removed permanently and will not come back.")


urlpatterns = [
    re_path(r"^reports/v1/", removed),
]`,
    },
    methodNotAllowed: {
      title: '405 with Allow from require_http_methods',
      default: {
        text:
          'A class-based View answers a method it has no handler for with HttpResponseNotAllowed, 405 with Allow listing its handlers (HEAD served by get). A function view runs for every method unless a decorator such as require_http_methods refuses the others the same way.',
        sources: [
          { repo: 'django/django', path: 'django/views/generic/base.py' },
          { repo: 'django/django', path: 'django/views/decorators/http.py' },
          { repo: 'django/django', path: 'django/http/response.py' },
        ],
      },
      trap: false,
      lang: 'python',
      code: `from django.http import JsonResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "HEAD"])
def invoice(request, pk):
    return JsonResponse({"id": pk})`,
      headersBy: 'Django’s HttpResponseNotAllowed, the 405 that require_http_methods returns, writes Allow from the list it is given.',
    },
    corsPreflight: {
      title: 'Preflight answered by django-cors-headers, before the login check',
      default: {
        text:
          'Django has no CORS support, and a preflight carries no cookie: LoginRequiredMixin redirects it to the sign-in page like any anonymous request, and the browser refuses the redirect. django-cors-headers’ CorsMiddleware answers the preflight (200, empty) before any view runs.',
        sources: [
          { repo: 'django/django', path: 'django/contrib/auth/mixins.py' },
          { repo: 'adamchainz/django-cors-headers', path: 'src/corsheaders/middleware.py', lines: '67-77' },
        ],
      },
      trap: true,
      lang: 'python',
      code: `INSTALLED_APPS = [
    # ...
    "corsheaders",
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",  # as high as possible: it answers the preflight itself
    "django.middleware.common.CommonMiddleware",
    # ...
]

CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
CORS_ALLOW_METHODS = ["GET", "PUT", "DELETE"]
CORS_ALLOW_CREDENTIALS = True  # the session cookie goes with the request
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
      title: '401 with a challenge for scripts, instead of the sign-in redirect',
      default: NO_PERMISSION,
      trap: true,
      lang: 'python',
      code: `from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse


class ApiLoginRequiredMixin(LoginRequiredMixin):
    """For JSON endpoints that scripts call with the session cookie: 401, not a redirect to an HTML page."""

    def handle_no_permission(self):
        response = JsonResponse(
            {"type": "https://example.com/probs/authentication-required", "title": "Authentication required", "status": 401},
            status=401,
            content_type="application/problem+json",
        )
        response["WWW-Authenticate"] = 'Cookie realm="app", form-action="/login", cookie-name="sessionid"'
        return response`,
      note: 'LoginRequiredMixin calls handle_no_permission only for an anonymous caller, and an expired or unknown session is anonymous, so this answer serves both; SessionMiddleware expires a session cookie that matches no session. The Cookie challenge is not a registered scheme: it tells a script where to sign in.',
    },
    anonymous403: {
      title: '403 for an anonymous caller, with raise_exception',
      default: NO_PERMISSION,
      trap: false,
      lang: 'python',
      code: `from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.views import View


class InvoiceList(LoginRequiredMixin, View):
    # The always-403 policy: PermissionDenied for anonymous callers too, instead of the sign-in redirect.
    raise_exception = True

    def get(self, request):
        return JsonResponse({"invoices": []})`,
      note: 'With raise_exception the mixin raises PermissionDenied, and handler403 answers 403 with no challenge.',
    },
    redirectToLogin: {
      title: '302 to LOGIN_URL with ?next= (the default)',
      default: NO_PERMISSION,
      trap: false,
      lang: 'python',
      code: `from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import TemplateView

LOGIN_URL = "/login"  # settings.py


class SettingsPage(LoginRequiredMixin, TemplateView):
    template_name = "settings.html"`,
      note: 'redirect_to_login answers 302 with Location: /login?next=/settings. Answer a signed-in user who lacks a permission with 403, not this redirect: LoginView(redirect_authenticated_user=True) sends them straight back, and the two loop.',
    },
    redirectToReauth: {
      title: '302 to a re-authentication page for an old sign-in',
      default: NO_SIGN_IN_AGE,
      trap: false,
      lang: 'python',
      code: `import time

from django.contrib.auth.mixins import AccessMixin
from django.contrib.auth.views import redirect_to_login


class RecentSignInRequired(AccessMixin):
    max_age = 300  # seconds since the password or MFA was last confirmed

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if time.time() - request.session.get("confirmed_at", 0) > self.max_age:
            return redirect_to_login(request.get_full_path(), "/reauthenticate")
        return super().dispatch(request, *args, **kwargs)`,
      note: 'redirect_to_login answers 302 with Location: /reauthenticate?next=…; the re-authentication view sets session["confirmed_at"] = time.time() when the password or MFA check passes.',
    },
    stepUp: {
      title: '401 insufficient_user_authentication for scripts',
      default: NO_SIGN_IN_AGE,
      trap: false,
      lang: 'python',
      code: `import time

from django.http import JsonResponse


def transfer(request):
    if time.time() - request.session.get("confirmed_at", 0) > 300:
        response = JsonResponse(
            {"title": "Confirm your identity", "status": 401, "detail": "Transfers need a sign-in with MFA within the last 5 minutes."},
            status=401,
            content_type="application/problem+json",
        )
        response["WWW-Authenticate"] = ('Cookie realm="app", form-action="/reauthenticate", cookie-name="sessionid", '
                                        'error="insufficient_user_authentication", max_age=300')
        return response
    ...`,
    },
    csrf: {
      title: '403 from the CSRF check (the default)',
      default: {
        text: 'CsrfViewMiddleware rejects an unsafe request without a valid token (or from an untrusted Origin) through CSRF_FAILURE_VIEW, by default csrf_failure: 403 with an HTML page.',
        sources: [
          { repo: 'django/django', path: 'django/middleware/csrf.py' },
          { repo: 'django/django', path: 'django/views/csrf.py' },
        ],
      },
      trap: false,
      lang: 'python',
      code: `from django.http import JsonResponse

CSRF_FAILURE_VIEW = "app.views.csrf_failure"  # settings.py


def csrf_failure(request, reason=""):
    # Still 403 (a new sign-in would not help); a body a script can read.
    return JsonResponse(
        {"type": "https://example.com/probs/csrf-token-invalid", "title": "CSRF token missing or invalid", "status": 403,
         "detail": "The form has expired. Reload the page and submit it again."},
        status=403,
        content_type="application/problem+json",
    )`,
    },
    accountBarred: {
      title: '403 for a suspended account, not a silent sign-out',
      default: {
        text:
          'ModelBackend refuses an inactive user (is_active = False): get_user() drops the session’s user, so pages redirect to the sign-in page, and authenticate() rejects the right password as if it were wrong.',
        sources: [{ repo: 'django/django', path: 'django/contrib/auth/backends.py' }],
      },
      trap: true,
      lang: 'python',
      code: `from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied


class ActiveAccountRequired(LoginRequiredMixin):
    def dispatch(self, request, *args, **kwargs):
        # A "suspended" flag of your own, not is_active: the user stays signed in and is told why.
        if request.user.is_authenticated and request.user.suspended:
            raise PermissionDenied("This account is suspended. Contact support@example.com.")
        return super().dispatch(request, *args, **kwargs)`,
      note: 'PermissionDenied goes to handler403: 403, with the message in the 403.html template’s exception variable.',
    },
    forbidden: {
      title: '403 with the reason (raise_exception, no redirect loop)',
      default: DECORATOR_LOOP,
      trap: true,
      lang: 'python',
      code: `from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render


@login_required  # anonymous: redirect to the sign-in page
@permission_required("billing.view_invoice", raise_exception=True)  # signed in without it: 403, no redirect
def invoice(request, pk):
    invoice = get_object_or_404(Invoice, pk=pk)
    if invoice.owner_id != request.user.id:
        raise PermissionDenied("You do not have access to this invoice; ask its owner to share it.")
    return render(request, "invoices/detail.html", {"invoice": invoice})`,
      note: 'PermissionDenied goes to handler403: 403, with the message in the 403.html template’s exception variable. PermissionRequiredMixin already raises it for a signed-in user; the decorators need raise_exception=True.',
    },
    allowed: {
      title: '200 from the view',
      default: {
        text: 'A view’s HttpResponse (render(), JsonResponse) is 200 unless it says otherwise.',
        sources: [{ repo: 'django/django', path: 'django/http/response.py' }],
      },
      trap: false,
      lang: 'python',
      code: `from django.contrib.auth.decorators import login_required
from django.http import JsonResponse


@login_required
def invoice(request, pk):
    response = JsonResponse({"id": pk, "total": "19.99"})
    response["Cache-Control"] = "private"  # a response for one signed-in user
    return response`,
      note: 'JsonResponse is 200 unless given status=.',
    },
  },
  cells: {
    'proxy-authentication-required': {
      notApplicable: 'A 407 comes from a forward proxy that the client sends its requests through; a Django site is the origin server those requests are for.',
    },
    'proxy-forbidden': {
      notApplicable: 'Refusing to forward a request is a forward proxy’s answer; a Django site is the origin server, not a proxy.',
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
    'redirect-to-login': 'redirectToLogin',
    'hidden-from-anonymous': 'hide404',
    'client-certificate-refused': {
      notApplicable:
        'The client certificate is checked in the TLS handshake by the web server or proxy in front of Django (nginx ssl_verify_client, for one); the refusal is configured there, and Django only sees requests that passed.',
    },
    'malformed-credentials': {
      notApplicable:
        'Django reads a session cookie it cannot decode or find as no session at all, so the caller is simply anonymous: a malformed cookie ends as authentication required, and there is no 400 to give.',
    },
    'csrf-failed': 'csrf',
    'invalid-credentials': 'authRequired',
    'step-up-required': 'stepUp',
    'step-up-not-possible': {
      notApplicable:
        'This outcome is for schemes that cannot carry a person’s sign-in (client certificates, API keys, Basic); a session cookie stands for a person who signed in, so the app can always ask for a stronger or newer sign-in: a page load is redirected to re-authenticate, and a script gets the 401 step-up challenge. A person with no second factor enrolled is sent on from the re-authentication page to enrol one.',
    },
    'redirect-to-reauthenticate': 'redirectToReauth',
    'account-barred': 'accountBarred',
    'insufficient-scope': {
      notApplicable:
        'Scopes belong to OAuth access tokens; a session cookie carries none, so a session-authenticated view has no scope to be too narrow (a missing permission is the forbidden case).',
    },
    'feature-unavailable': 'forbidden',
    forbidden: 'forbidden',
    'hidden-from-unauthorized': 'hide404',
    'forbidden-record': 'forbidden',
    'not-found-after-checks': 'notFound',
    allowed: 'allowed',
  },
});
