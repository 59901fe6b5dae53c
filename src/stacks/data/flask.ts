import type { Fact } from '../types.ts';
import { defineStack } from '../types.ts';

// Facts checked against pallets/flask and pallets/werkzeug (main after 3.1), maxcountryman/flask-login
// (0.7.0) and pallets-eco/flask-wtf (1.3.0). Each is stated once here and reused by the recipes below.

const UNAUTHORIZED: Fact = {
  text:
    'Flask-Login’s login_required calls LoginManager.unauthorized(): with login_view set it flashes a message and redirects (302) to it with next=<the full URL>, for a script as for a page; without login_view it calls abort(401), and Werkzeug’s Unauthorized sends WWW-Authenticate only when given www_authenticate, so the 401 has no challenge.',
  sources: [
    { repo: 'maxcountryman/flask-login', path: 'src/flask_login/login_manager.py', lines: '124-180' },
    { repo: 'maxcountryman/flask-login', path: 'src/flask_login/utils.py', lines: '243-286' },
    { repo: 'pallets/werkzeug', path: 'src/werkzeug/exceptions.py', lines: '266-335' },
  ],
};

const FRESH: Fact = {
  text:
    'Flask-Login’s fresh_login_required asks for a “fresh” sign-in (made with the password in this session, not restored from the remember-me cookie), not a recent one; when it is not fresh, needs_refresh() redirects to refresh_view, or without one calls abort(401) with no challenge.',
  sources: [
    { repo: 'maxcountryman/flask-login', path: 'src/flask_login/utils.py', lines: '289-324' },
    { repo: 'maxcountryman/flask-login', path: 'src/flask_login/login_manager.py', lines: '242-292' },
  ],
};

const ABORT: Fact = {
  text: 'Flask has no permission layer: abort(code, description=…) raises Werkzeug’s exception for the code, answered with a small HTML page unless an errorhandler for the code (or exception class) answers instead.',
  sources: [{ repo: 'pallets/werkzeug', path: 'src/werkzeug/exceptions.py' }],
};

export const flask = defineStack({
  id: 'flask',
  name: 'Flask (with Flask-Login)',
  version: 'Flask 3.1, Werkzeug 3.1, Flask-Login 0.7, Flask-WTF 1.3',
  scheme: 'cookie',
  summary:
    'Flask answers with Werkzeug’s HTTP exceptions (abort(401), abort(403), NotFound, MethodNotAllowed); sessions and login come from Flask-Login, whose login_required redirects to login_view or, without one, answers 401 with no challenge.',
  recipes: {
    clientBarred: {
      title: '403 from a before_request hook',
      default: {
        text: 'Flask refuses no client by itself; a before_request function that returns a value answers the request instead of the view.',
        sources: [{ repo: 'pallets/flask', path: 'src/flask/app.py', lines: '1366-1392' }],
      },
      trap: false,
      lang: 'python',
      code: `from ipaddress import ip_address, ip_network

from flask import Flask, request

app = Flask(__name__)
BLOCKED = [ip_network("203.0.113.0/24")]


@app.before_request
def refuse_blocked_networks():
    if any(ip_address(request.remote_addr) in net for net in BLOCKED):
        body = {"type": "https://example.com/probs/client-blocked", "title": "Access from your network is blocked", "status": 403}
        return body, 403, {"Content-Type": "application/problem+json"}
    return None`,
      note: 'Behind a proxy, remote_addr is the proxy: wrap the app in Werkzeug’s ProxyFix for the proxies you trust.',
    },
    rateLimited: {
      title: '429 with Retry-After from TooManyRequests',
      default: {
        text: 'Flask ships no rate limiter; Werkzeug’s TooManyRequests (429) writes Retry-After from its retry_after argument, in seconds or as a date.',
        sources: [{ repo: 'pallets/werkzeug', path: 'src/werkzeug/exceptions.py', lines: '658-707' }],
      },
      trap: false,
      lang: 'python',
      code: `from flask import Flask, request
from werkzeug.exceptions import TooManyRequests

app = Flask(__name__)


@app.before_request
def rate_limit():
    retry_after = seconds_until_allowed(request.remote_addr)  # your limiter; 0 when under the limit
    if retry_after:
        raise TooManyRequests(f"Limit reached. Retry in {retry_after} seconds.", retry_after=retry_after)`,
    },
    notFound: {
      title: '404 from abort(404), one body for every miss',
      default: {
        text: 'A URL that matches no rule and abort(404) both raise Werkzeug’s NotFound, answered with the same HTML page, or by your errorhandler(404) for both.',
        sources: [
          { repo: 'pallets/werkzeug', path: 'src/werkzeug/exceptions.py', lines: '353-365' },
          { repo: 'pallets/flask', path: 'src/flask/app.py', lines: '830-863' },
        ],
      },
      trap: false,
      lang: 'python',
      code: `from flask import Flask, abort
from flask_login import current_user, login_required

app = Flask(__name__)


@app.errorhandler(404)
def not_found(error):
    # One body for an unmatched URL, a missing record and a hidden one.
    return {"type": "about:blank", "title": "Not Found", "status": 404}, 404, {"Content-Type": "application/problem+json"}


@app.get("/invoices/<int:invoice_id>")
@login_required
def invoice(invoice_id):
    invoice = Invoice.query.filter_by(id=invoice_id, account_id=current_user.account_id).first()
    if invoice is None:
        abort(404)
    return invoice.to_dict()`,
    },
    hide404: {
      title: '404 instead of the sign-in redirect or 401',
      default: UNAUTHORIZED,
      trap: true,
      lang: 'python',
      code: `from flask import Flask, abort
from flask_login import current_user

app = Flask(__name__)


# No @login_required: its redirect (or 401) would tell an anonymous caller that the document exists.
@app.get("/documents/<int:doc_id>")
def document(doc_id):
    doc = Document.query.get(doc_id)
    if doc is None or not current_user.is_authenticated or not doc.readable_by(current_user):
        abort(404)  # the errorhandler(404) of the not-found recipe answers all of them alike
    return doc.to_dict()`,
    },
    gone: {
      title: '410 from abort(410)',
      default: {
        text: 'Flask knows only the rules that exist: a removed rule answers NotFound (404).',
        sources: [{ repo: 'pallets/werkzeug', path: 'src/werkzeug/exceptions.py', lines: '353-365' }],
      },
      trap: false,
      lang: 'python',
      code: `from flask import Flask, abort

app = Flask(__name__)


@app.route("/reports/v1/<path:rest>", methods=["GET", "POST", "PUT", "DELETE"])
def reports_v1_removed(rest):
    abort(410, description="API v1 was removed permanently; use /reports/v2.")`,
    },
    methodNotAllowed: {
      title: '405 with Allow, written by Werkzeug’s routing',
      default: {
        text:
          'A URL whose rule does not accept the method raises Werkzeug’s MethodNotAllowed with the rule’s methods, and it writes them in Allow. Werkzeug adds HEAD to a GET rule and Flask adds OPTIONS, which it answers itself.',
        sources: [
          { repo: 'pallets/werkzeug', path: 'src/werkzeug/exceptions.py', lines: '366-398' },
          { repo: 'pallets/werkzeug', path: 'src/werkzeug/routing/rules.py', lines: '496-497' },
          { repo: 'pallets/flask', path: 'src/flask/app.py', lines: '1053-1063' },
        ],
      },
      trap: false,
      lang: 'python',
      code: `from flask import Flask

app = Flask(__name__)


@app.get("/invoices/<int:invoice_id>")
def invoice(invoice_id):
    return {"id": invoice_id}  # DELETE here gets 405 with Allow: GET, HEAD, OPTIONS`,
      headersBy: 'Werkzeug’s MethodNotAllowed, the 405 the URL map raises, writes Allow from the rule’s methods.',
    },
    cors: {
      title: 'Preflight answered (204) or refused (403) before the view',
      default: {
        text:
          'Flask has no CORS support and answers OPTIONS itself (200 with Allow), and Flask-Login’s login_required lets OPTIONS through: a preflight gets 200 with no Access-Control-Allow-* field, and the browser refuses the real request.',
        sources: [
          { repo: 'pallets/flask', path: 'src/flask/app.py', lines: '1053-1063' },
          { repo: 'maxcountryman/flask-login', path: 'src/flask_login/utils.py', lines: '274-278' },
          { repo: 'maxcountryman/flask-login', path: 'src/flask_login/config.py', lines: '47' },
        ],
      },
      trap: true,
      lang: 'python',
      code: `from flask import Flask, request

app = Flask(__name__)
ALLOWED_ORIGINS = {"https://app.example.com"}


@app.before_request
def answer_preflight():
    if request.method != "OPTIONS" or "Access-Control-Request-Method" not in request.headers:
        return None
    origin = request.headers.get("Origin")
    if origin not in ALLOWED_ORIGINS:
        return "CORS request refused: this origin is not allowed.", 403, {"Vary": "Origin", "Content-Type": "text/plain; charset=utf-8"}
    return "", 204, {
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Methods": "GET, PUT, DELETE",
        "Access-Control-Allow-Credentials": "true",  # the session cookie goes with the request
        "Access-Control-Max-Age": "600",
        "Vary": "Origin",
    }`,
      note: 'The real responses need Access-Control-Allow-Origin and -Credentials too (an after_request hook); the Flask-Cors extension does both.',
    },
    authRequired: {
      title: '401 with a challenge for scripts, instead of a redirect or a bare 401',
      default: UNAUTHORIZED,
      trap: true,
      lang: 'python',
      code: `from flask import redirect, request, url_for
from flask_login import LoginManager
from werkzeug.datastructures import WWWAuthenticate
from werkzeug.exceptions import Unauthorized

login_manager = LoginManager()


@login_manager.unauthorized_handler
def unauthorized():
    if request.blueprint == "api":
        # Scripts: 401 with a challenge that says where to sign in, not a bare 401 or an HTML page.
        challenge = WWWAuthenticate("cookie", {"realm": "app", "form-action": "/login", "cookie-name": "session"})
        raise Unauthorized("Authentication required.", www_authenticate=challenge)
    return redirect(url_for("auth.login", next=request.full_path))`,
      note: 'An expired or tampered session cookie loads as an empty session, so the caller is anonymous and gets this 401 too. The Cookie challenge is not a registered scheme: it tells a script where to sign in.',
    },
    anonymous403: {
      title: '403 for an anonymous caller from the unauthorized handler',
      default: UNAUTHORIZED,
      trap: false,
      lang: 'python',
      code: `from flask import abort
from flask_login import LoginManager

login_manager = LoginManager()


@login_manager.unauthorized_handler
def unauthorized():
    # The always-403 policy: no sign-in redirect and no 401 for a request without a session.
    abort(403, description="Send your credentials with the request; this API does not challenge for them.")`,
    },
    redirectToLogin: {
      title: '302 to login_view with next= (Flask-Login’s default)',
      default: UNAUTHORIZED,
      trap: false,
      lang: 'python',
      code: `from flask import Flask, render_template
from flask_login import LoginManager, login_required

app = Flask(__name__)
login_manager = LoginManager(app)
login_manager.login_view = "auth.login"  # without it, login_required answers a bare 401


@app.get("/settings")
@login_required
def settings():
    return render_template("settings.html")`,
      note: 'Flask-Login answers 302 with Location: /login?next=<the full URL>; check next in the login view before redirecting to it.',
    },
    redirectToReauth: {
      title: '302 to refresh_view when the sign-in is not fresh',
      default: FRESH,
      trap: true,
      lang: 'python',
      code: `from flask import Flask, render_template
from flask_login import LoginManager, fresh_login_required

app = Flask(__name__)
login_manager = LoginManager(app)
login_manager.refresh_view = "auth.reauthenticate"  # without it, fresh_login_required answers a bare 401


@app.route("/settings/delete-account", methods=["GET", "POST"])
@fresh_login_required
def delete_account():
    return render_template("delete_account.html")`,
      note: 'Flask-Login answers 302 with Location: /reauthenticate?next=…; the re-authentication view calls confirm_login() once the password is checked.',
    },
    stepUp: {
      title: '401 insufficient_user_authentication for scripts',
      default: FRESH,
      trap: true,
      lang: 'python',
      code: `import time
from functools import wraps

from flask import session
from werkzeug.datastructures import WWWAuthenticate
from werkzeug.exceptions import Unauthorized


def recent_sign_in(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if time.time() - session.get("confirmed_at", 0) > 300:  # set by the re-authentication view
            challenge = WWWAuthenticate("cookie", {"realm": "app", "form-action": "/reauthenticate", "cookie-name": "session",
                                                   "error": "insufficient_user_authentication", "max_age": "300"})
            raise Unauthorized("Transfers need a sign-in with MFA within the last 5 minutes.", www_authenticate=challenge)
        return view(*args, **kwargs)

    return wrapper`,
    },
    csrf: {
      title: '403 for a failed CSRF check, not Flask-WTF’s 400',
      default: {
        text: 'Flask-WTF’s CSRFProtect raises CSRFError, a BadRequest: a failed CSRF check answers 400, as if the request were malformed.',
        sources: [{ repo: 'pallets-eco/flask-wtf', path: 'src/flask_wtf/csrf.py', lines: '346-352' }],
      },
      trap: true,
      lang: 'python',
      code: `from flask import Flask
from flask_wtf.csrf import CSRFError, CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)


@app.errorhandler(CSRFError)
def csrf_failed(error):
    body = {"type": "https://example.com/probs/csrf-token-invalid", "title": "CSRF token missing or invalid", "status": 403,
            "detail": "The form has expired. Reload the page and submit it again."}
    return body, 403, {"Content-Type": "application/problem+json"}`,
    },
    accountBarred: {
      title: '403 for a suspended account on every request',
      default: {
        text:
          'Flask-Login checks is_active only in login_user(), which returns False for an inactive user (your login view picks the status); a user deactivated while signed in keeps the session and full access.',
        sources: [{ repo: 'maxcountryman/flask-login', path: 'src/flask_login/utils.py', lines: '154-179' }],
      },
      trap: true,
      lang: 'python',
      code: `from flask import Flask, abort
from flask_login import current_user

app = Flask(__name__)


@app.before_request
def refuse_suspended_accounts():
    if current_user.is_authenticated and current_user.suspended:
        abort(403, description="This account is suspended. Contact support@example.com.")`,
    },
    forbidden: {
      title: '403 with the reason from abort(403)',
      default: ABORT,
      trap: false,
      lang: 'python',
      code: `from flask import Flask, abort
from flask_login import current_user, login_required

app = Flask(__name__)


@app.delete("/invoices/<int:invoice_id>")
@login_required
def delete_invoice(invoice_id):
    if not current_user.can("invoices.delete"):
        abort(403, description=f"Your role ({current_user.role}) may not delete invoices.")
    invoice = Invoice.query.get_or_404(invoice_id)
    if invoice.owner_id != current_user.id:
        abort(403, description="You do not have access to this invoice; ask its owner to share it.")
    ...`,
      note: 'The same abort answers a missing plan or unaccepted terms with its own description.',
    },
    allowed: {
      title: '200 from the view',
      default: {
        text: 'A view that returns a dict answers 200 with it as JSON (a tuple can give another status).',
        sources: [{ repo: 'pallets/flask', path: 'src/flask/app.py' }],
      },
      trap: false,
      lang: 'python',
      code: `from flask import Flask
from flask_login import login_required

app = Flask(__name__)


@app.get("/invoices/<int:invoice_id>")
@login_required
def invoice(invoice_id):
    return {"id": invoice_id, "total": "19.99"}, 200, {"Cache-Control": "private"}`,
    },
  },
  cells: {
    'proxy-authentication-required': {
      notApplicable: 'A 407 comes from a forward proxy that the client sends its requests through; a Flask application is the origin server those requests are for.',
    },
    'proxy-forbidden': {
      notApplicable: 'Refusing to forward a request is a forward proxy’s answer; a Flask application is the origin server, not a proxy.',
    },
    'client-barred': 'clientBarred',
    'rate-limited': 'rateLimited',
    'not-found': 'notFound',
    gone: 'gone',
    'method-not-allowed': 'methodNotAllowed',
    'cors-preflight': 'cors',
    'cors-preflight-refused': 'cors',
    'authentication-required': 'authRequired',
    'anonymous-forbidden': 'anonymous403',
    'redirect-to-login': 'redirectToLogin',
    'hidden-from-anonymous': 'hide404',
    'client-certificate-refused': {
      notApplicable:
        'The client certificate is checked in the TLS handshake by the web server or proxy in front of Flask (nginx ssl_verify_client, for one); the refusal is configured there, and Flask only sees requests that passed.',
    },
    'malformed-credentials': {
      notApplicable:
        'Flask loads a session cookie whose signature does not verify as an empty session, so the caller is simply anonymous: a malformed cookie ends as authentication required, and there is no 400 to give.',
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
        'Scopes belong to OAuth access tokens; a session cookie carries none, so a Flask-Login view has no scope to be too narrow (a missing permission is the forbidden case).',
    },
    'feature-unavailable': 'forbidden',
    forbidden: 'forbidden',
    'hidden-from-unauthorized': 'hide404',
    'forbidden-record': 'forbidden',
    'not-found-after-checks': 'notFound',
    allowed: 'allowed',
  },
});
