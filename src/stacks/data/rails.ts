import { defineStack, type Fact, type Source } from '../types.ts';

/**
 * Rails (Action Controller, API controllers with Bearer tokens) + Devise (page loads with a session).
 * Line ranges are those of the default branches the facts were checked against (rails/rails 8.2.0.alpha,
 * Devise 5.0.3, rack-cors 3.0.0, rack-attack 6.8, Doorkeeper 6.0.0.beta2, Pundit 2.5).
 */

const SRC = {
  tokenChallenge: { repo: 'rails/rails', path: 'actionpack/lib/action_controller/metal/http_authentication.rb', lines: '577-583' },
  tokenAuthenticate: { repo: 'rails/rails', path: 'actionpack/lib/action_controller/metal/http_authentication.rb', lines: '487-496' },
  tokenSchemePr: { repo: 'rails/rails', pr: 58211 },
  rescueResponses: { repo: 'rails/rails', path: 'actionpack/lib/action_dispatch/middleware/exception_wrapper.rb', lines: '12-29' },
  recordNotFound: { repo: 'rails/rails', path: 'activerecord/lib/active_record/railtie.rb', lines: '23-28' },
  routingError: { repo: 'rails/rails', path: 'actionpack/lib/action_dispatch/middleware/debug_exceptions.rb', lines: '30-36' },
  forgeryDefault: { repo: 'rails/rails', path: 'actionpack/lib/action_controller/railtie.rb', lines: '108-114' },
  forgeryException: { repo: 'rails/rails', path: 'actionpack/lib/action_controller/metal/request_forgery_protection.rb', lines: '419-429' },
  forgerySecFetchPr: { repo: 'rails/rails', pr: 56350 },
  rateLimit: { repo: 'rails/rails', path: 'actionpack/lib/action_controller/metal/rate_limiting.rb', lines: '86-88' },
  rateLimitRaisesPr: { repo: 'rails/rails', pr: 55501 },
  head: { repo: 'rails/rails', path: 'actionpack/lib/action_controller/metal/head.rb', lines: '7-23' },
  publicExceptions: { repo: 'rails/rails', path: 'actionpack/lib/action_dispatch/middleware/public_exceptions.rb', lines: '25-35' },
  redirectTo: { repo: 'rails/rails', path: 'actionpack/lib/action_controller/metal/redirecting.rb', lines: '268-276' },
  responseStatus: { repo: 'rails/rails', path: 'actionpack/lib/action_dispatch/http/response.rb', lines: '198' },
  failureRespond: { repo: 'heartcombo/devise', path: 'lib/devise/failure_app.rb', lines: '42-57' },
  failureRedirect: { repo: 'heartcombo/devise', path: 'lib/devise/failure_app.rb', lines: '86-97' },
  failureHttpAuth: { repo: 'heartcombo/devise', path: 'lib/devise/failure_app.rb', lines: '194-206' },
  deviseDefaults: { repo: 'heartcombo/devise', path: 'lib/devise.rb', lines: '96-110' },
  navigationalFormats: { repo: 'heartcombo/devise', path: 'lib/devise.rb', lines: '218-220' },
  deviseApiIssue: { repo: 'heartcombo/devise', issue: 2307 },
  deviseRedirectIssue: { repo: 'heartcombo/devise', issue: 3112 },
  activatable: { repo: 'heartcombo/devise', path: 'lib/devise/hooks/activatable.rb', lines: '6-12' },
  lockable: { repo: 'heartcombo/devise', path: 'lib/devise/models/lockable.rb', lines: '89-97' },
  corsTemplate: { repo: 'rails/rails', path: 'railties/lib/rails/generators/rails/app/templates/config/initializers/cors.rb.tt' },
  corsPreflight: { repo: 'cyu/rack-cors', path: 'lib/rack/cors.rb', lines: '81-89' },
  corsHeaders: { repo: 'cyu/rack-cors', path: 'lib/rack/cors/resource.rb', lines: '47-70' },
  corsMiss: { repo: 'cyu/rack-cors', path: 'lib/rack/cors.rb', lines: '171-181' },
  attackResponders: { repo: 'rack/rack-attack', path: 'lib/rack/attack/configuration.rb', lines: '8-19' },
  attackRailtie: { repo: 'rack/rack-attack', path: 'lib/rack/attack/railtie.rb', lines: '11-15' },
  doorkeeperHelpers: { repo: 'doorkeeper-gem/doorkeeper', path: 'lib/doorkeeper/rails/helpers.rb', lines: '6-10' },
  doorkeeperScope: { repo: 'doorkeeper-gem/doorkeeper', path: 'lib/doorkeeper/oauth/forbidden_token_response.rb', lines: '10-17' },
  doorkeeperChallenge: { repo: 'doorkeeper-gem/doorkeeper', path: 'lib/doorkeeper/oauth/error_response.rb', lines: '106-108' },
  punditRescue: { repo: 'varvet/pundit', path: 'README.md', lines: '490-514' },
} as const satisfies Record<string, Source>;

/** Facts that more than one recipe states. */
const NO_RFC_6750_ERRORS: Fact = {
  text:
    'Rails writes only a bare challenge, and for the Token scheme: `request_http_token_authentication` sends ' +
    '`WWW-Authenticate: Token realm="Application"` with 401, never a Bearer challenge with an `error` code, and ' +
    'the same for a missing token and a rejected one. The next release (8.2) adds `scheme:` to choose the ' +
    'challenge\'s scheme, still without error codes.',
  sources: [SRC.tokenChallenge, SRC.tokenSchemePr],
};

const NOT_FOUND_DEFAULT: Fact = {
  text:
    'An unknown route (the router\'s RoutingError) and `find` of a missing record (ActiveRecord::RecordNotFound) ' +
    'are 404 through `rescue_responses`, rendered from public/404.html or as `{"status":404,"error":"Not Found"}`; ' +
    'without a Bearer challenge.',
  sources: [SRC.rescueResponses, SRC.recordNotFound, SRC.routingError, SRC.publicExceptions],
};

/**
 * One authentication callback answers both 401s: a bare challenge without a token, error="invalid_token" with a
 * refused one (RFC 6750 §3.1). Both outcomes show it, so it is written once.
 */
const TOKEN_AUTH = `class ApiController < ActionController::API
  include ActionController::HttpAuthentication::Token::ControllerMethods
  before_action :authenticate!

  private

  def authenticate!
    @current_user = authenticate_with_http_token { |token, _options| User.find_by_api_token(token) }
    return if @current_user

    problem = if request.authorization.present?
      response.headers["WWW-Authenticate"] =
        'Bearer realm="api", error="invalid_token", error_description="The access token is invalid"'
      { type: "https://example.com/probs/invalid-credentials", title: "Invalid credentials", status: 401 }
    else
      # No credentials at all: a bare challenge, no error code.
      response.headers["WWW-Authenticate"] = 'Bearer realm="api"'
      { type: "https://example.com/probs/authentication-required", title: "Authentication required", status: 401 }
    end
    render json: problem, status: :unauthorized, content_type: "application/problem+json"
  end
end
`;

export const rails = defineStack({
  id: 'rails',
  name: 'Rails + Devise',
  version: 'Rails 8.1, Devise 5.0',
  scheme: 'bearer',
  summary:
    'Rails decides with controller callbacks (`before_action`), `rescue_from` and the exception-to-status map ' +
    '`rescue_responses`; API controllers read Bearer tokens with `authenticate_with_http_token`. Devise signs people ' +
    'in with a session and answers failures through Devise::FailureApp: a redirect for page loads, a 401 for other formats.',
  recipes: {
    blocklist: {
      title: '403 for a blocked address (Rack::Attack)',
      default: {
        text:
          'Rails itself blocks nobody. Rack::Attack (inserted by its Railtie) answers a blocklisted request 403 ' +
          'with text/plain "Forbidden", before any controller runs.',
        sources: [SRC.attackResponders, SRC.attackRailtie],
      },
      trap: false,
      lang: 'ruby',
      code: `# config/initializers/rack_attack.rb
Rack::Attack.blocklist("blocked networks") do |request|
  BlockedNetwork.covers?(request.ip)
end

Rack::Attack.blocklisted_responder = lambda do |_request|
  body = {
    type: "https://example.com/probs/client-blocked",
    title: "Access from your network is blocked",
    status: 403,
  }
  [403, { "content-type" => "application/problem+json" }, [body.to_json]]
end
`,
      note: 'No WWW-Authenticate: no credentials would lift the block.',
    },
    'rate-limit': {
      title: '429 with Retry-After (rate_limit)',
      default: {
        text:
          '`rate_limit` (Rails 7.2+) raises ActionController::TooManyRequests, which `rescue_responses` turns into ' +
          '429 Too Many Requests, without Retry-After (Rails 7.2 and 8.0 answered `head :too_many_requests`).',
        since: '8.1',
        sources: [SRC.rateLimit, SRC.rateLimitRaisesPr, SRC.rescueResponses],
      },
      trap: false,
      lang: 'ruby',
      code: `class InvoicesController < ActionController::API
  rate_limit to: 100, within: 1.minute, by: -> { request.remote_ip }, with: :too_many_requests

  private

  def too_many_requests
    response.headers["Retry-After"] = "60"
    render json: { type: "https://example.com/probs/rate-limited", title: "Too many requests", status: 429 },
           status: :too_many_requests, content_type: "application/problem+json"
  end
end
`,
      note: 'Retry-After is optional (a MAY); the window\'s length is a safe value for it.',
    },
    'not-found': {
      title: '404, the same for every missing thing',
      default: NOT_FOUND_DEFAULT,
      trap: false,
      lang: 'ruby',
      code: `class ApiController < ActionController::API
  rescue_from ActiveRecord::RecordNotFound, with: :not_found

  # One 404 for a missing record, a record outside the caller's scope and an unknown route:
  # this is also the action of the last route,  match "*path", to: "api#not_found", via: :all
  def not_found
    response.headers["WWW-Authenticate"] = 'Bearer realm="api"'
    render json: { type: "about:blank", title: "Not Found", status: 404 },
           status: :not_found, content_type: "application/problem+json"
  end
end
`,
      note: 'Look records up through the caller (`current_user.invoices.find(id)`), so that another owner\'s record is this same 404.',
    },
    'hide-as-not-found': {
      title: '404 instead of 401 or 403, to hide the resource',
      default: {
        text:
          'A `before_action` that calls `authenticate_or_request_with_http_token` answers 401 before the lookup, ' +
          'which tells an anonymous caller that something protected lives there; Pundit\'s NotAuthorizedError ' +
          'is a 500 unless you map it (its README maps it to 403).',
        sources: [SRC.tokenChallenge, SRC.rescueResponses, SRC.punditRescue],
      },
      trap: true,
      lang: 'ruby',
      code: `class DocumentsController < ActionController::API
  include ActionController::HttpAuthentication::Token::ControllerMethods
  rescue_from ActiveRecord::RecordNotFound, with: :not_found

  def show
    # No before_action that challenges: anonymous callers and callers without access
    # get the very 404 of a missing record.
    user = authenticate_with_http_token { |token, _options| User.find_by_api_token(token) }
    document = Document.visible_to(user).find(params[:id])
    render json: document
  end

  private

  def not_found
    response.headers["WWW-Authenticate"] = 'Bearer realm="api"'
    render json: { type: "about:blank", title: "Not Found", status: 404 },
           status: :not_found, content_type: "application/problem+json"
  end
end
`,
      note: 'Same status, fields and body as every other 404 of the API, or the difference gives the secret away.',
    },
    gone: {
      title: '410 for a removed endpoint',
      default: {
        text: 'Rails has no notion of "removed": a deleted route is the router\'s RoutingError, 404.',
        sources: [SRC.routingError, SRC.rescueResponses],
      },
      trap: false,
      lang: 'ruby',
      code: `# config/routes.rb
Rails.application.routes.draw do
  # v1 was retired for good: say so instead of the router's 404.
  match "v1/*path", via: :all, to: ->(_env) {
    body = { type: "https://example.com/probs/gone", title: "Gone", status: 410 }
    [410, { "content-type" => "application/problem+json" }, [body.to_json]]
  }
end
`,
    },
    'method-not-allowed': {
      title: '405 with Allow',
      default: {
        text:
          'A path that exists for other methods only is "No route matches [DELETE]": a RoutingError, 404, with ' +
          'no Allow field. ActionController::MethodNotAllowed maps to 405 but the router never raises it.',
        sources: [SRC.routingError, SRC.rescueResponses],
      },
      trap: true,
      lang: 'ruby',
      code: `# config/routes.rb
Rails.application.routes.draw do
  resources :invoices, only: [:show]
  # Every other method on the same path: 405 with Allow, instead of the router's 404.
  match "invoices/:id", via: :all, to: ->(_env) {
    body = { type: "about:blank", title: "Method Not Allowed", status: 405 }
    [405, { "allow" => "GET, HEAD", "content-type" => "application/problem+json" }, [body.to_json]]
  }
end
`,
    },
    'cors-preflight': {
      title: 'Preflight answered by rack-cors',
      default: {
        text:
          'Without rack-cors (the generated config/initializers/cors.rb is commented out) an OPTIONS preflight ' +
          'finds no route: 404. With it, Rack::Cors answers every preflight itself with 200, before routing and ' +
          'authentication.',
        sources: [SRC.corsTemplate, SRC.corsPreflight, SRC.routingError],
      },
      trap: true,
      lang: 'ruby',
      code: `# config/initializers/cors.rb
Rails.application.config.middleware.insert_before 0, Rack::Cors do
  allow do
    origins "https://app.example.com"
    resource "/api/*",
             methods: [:get, :put, :delete],
             headers: ["Authorization", "Content-Type"],
             credentials: true,
             max_age: 600
  end
end
`,
      headersBy:
        'Rack::Cors::Resource#process_preflight writes Access-Control-Allow-Origin, -Methods, -Headers and ' +
        '-Credentials (with credentials: true).',
      note: 'rack-cors answers 200 rather than 204; both are the 2xx a preflight needs.',
    },
    'cors-preflight-refused': {
      title: '403 for a preflight from an unknown origin',
      default: {
        text:
          'Rack::Cors answers a preflight it does not allow with 200 and no Access-Control-Allow-* field: browsers ' +
          'refuse it all the same, but the status does not say so.',
        sources: [SRC.corsPreflight, SRC.corsMiss],
      },
      trap: false,
      lang: 'ruby',
      code: `# config/initializers/cors.rb (after the Rack::Cors block)
class RefuseUnknownPreflight
  ALLOWED_ORIGINS = ["https://app.example.com"].freeze

  def initialize(app)
    @app = app
  end

  def call(env)
    preflight = env["REQUEST_METHOD"] == "OPTIONS" && env["HTTP_ACCESS_CONTROL_REQUEST_METHOD"]
    return @app.call(env) unless preflight && !ALLOWED_ORIGINS.include?(env["HTTP_ORIGIN"])

    [403, { "content-type" => "text/plain; charset=utf-8", "vary" => "Origin" },
     ["CORS request refused: this origin is not allowed.\\n"]]
  end
end

Rails.application.config.middleware.insert_before 0, RefuseUnknownPreflight
`,
    },
    'bearer-challenge': {
      title: '401 with a Bearer challenge',
      default: {
        text:
          '`authenticate_or_request_with_http_token` answers 401 with `WWW-Authenticate: Token realm="Application"`, ' +
          'a challenge for the "Token" scheme, not Bearer. Devise\'s `authenticate_user!` answers a JSON request ' +
          '401 with no WWW-Authenticate at all (`http_authenticatable` is false), and redirects to the sign-in ' +
          'page a request whose format is */* (curl\'s default), because */* is a "navigational format".',
        sources: [SRC.tokenChallenge, SRC.failureRespond, SRC.deviseDefaults, SRC.navigationalFormats, SRC.deviseApiIssue],
      },
      trap: true,
      lang: 'ruby',
      code: TOKEN_AUTH,
      note: 'Rails 8.2: `request_http_token_authentication(scheme: "Bearer")` writes the bare Bearer challenge itself.',
    },
    'anonymous-forbidden': {
      title: '403 without credentials, the Bearer challenge kept',
      default: {
        text:
          'Rails answers a request without a token the way the strict policy does: `request_http_token_authentication` ' +
          'sends 401 with a (Token) challenge. An always-403 policy has to say so in the callback.',
        sources: [SRC.tokenChallenge, SRC.tokenAuthenticate],
      },
      trap: false,
      lang: 'ruby',
      code: `class ApiController < ActionController::API
  include ActionController::HttpAuthentication::Token::ControllerMethods
  before_action :authenticate!

  private

  def authenticate!
    @current_user = authenticate_with_http_token { |token, _options| User.find_by_api_token(token) }
    return if @current_user
    return invalid_token if request.authorization.present? # a refused token is still 401 invalid_token

    # Always-403 policy: no credentials is refused, yet RFC 6750 section 3 still wants the Bearer challenge.
    response.headers["WWW-Authenticate"] = 'Bearer realm="api"'
    render json: { type: "https://example.com/probs/authentication-required", title: "Authentication required", status: 403,
                   detail: "Send your credentials with the request; this API does not challenge for them." },
           status: :forbidden, content_type: "application/problem+json"
  end
end
`,
      note: 'Document that clients must send the token up front: no 401 will ever ask for it.',
    },
    'sign-in-redirect': {
      title: 'Redirect to the sign-in page (Devise)',
      default: {
        text:
          'Devise::FailureApp redirects a navigational request (HTML, Turbo Stream, */*) to the sign-in page with ' +
          '`redirect_to`, so 302 whatever the method, and stores the attempted URL of a GET for after the sign-in.',
        sources: [SRC.failureRedirect, SRC.navigationalFormats, SRC.redirectTo],
      },
      trap: false,
      lang: 'ruby',
      code: `# app/lib/see_other_failure_app.rb
class SeeOtherFailureApp < Devise::FailureApp
  # After a POST, 303 makes every browser fetch the sign-in page with GET.
  def redirect
    super
    self.status = :see_other unless request.get? || request.head?
  end
end

# config/initializers/devise.rb
Devise.setup do |config|
  config.warden do |manager|
    manager.failure_app = SeeOtherFailureApp
  end
end

# app/controllers/application_controller.rb
class ApplicationController < ActionController::Base
  before_action :authenticate_user!
end
`,
      headersBy: 'Devise::FailureApp#redirect writes Location (the sign-in URL) through redirect_to.',
    },
    'invalid-request': {
      title: '400 invalid_request for a token sent twice',
      default: {
        text:
          'Rails\' token parser yields nothing for a malformed Authorization header (an empty token, an unknown ' +
          'scheme) and ignores an access_token parameter, so the request is treated as anonymous: 401 with the ' +
          'Token challenge, not 400.',
        sources: [SRC.tokenAuthenticate, SRC.tokenChallenge],
      },
      trap: true,
      lang: 'ruby',
      code: `class ApiController < ActionController::API
  before_action :reject_token_sent_twice

  private

  def reject_token_sent_twice
    return unless request.authorization.present? && params.key?(:access_token)

    response.headers["WWW-Authenticate"] =
      'Bearer realm="api", error="invalid_request", error_description="The access token was sent in more than one place"'
    render json: { type: "https://example.com/probs/invalid-request", title: "Malformed credentials", status: 400 },
           status: :bad_request, content_type: "application/problem+json"
  end
end
`,
    },
    'csrf-forbidden': {
      title: '403 for a failed CSRF check (not 422)',
      default: {
        text:
          'ActionController::Base calls `protect_from_forgery with: :exception` (config.load_defaults 5.2 and ' +
          'later); the exception (InvalidAuthenticityToken, InvalidCrossOriginRequest from Rails 8.2, which checks ' +
          'Sec-Fetch-Site) is mapped to 422 Unprocessable Content by `rescue_responses`.',
        sources: [SRC.forgeryDefault, SRC.forgeryException, SRC.rescueResponses, SRC.forgerySecFetchPr],
      },
      trap: true,
      lang: 'ruby',
      code: `class ApplicationController < ActionController::Base
  # Rails 8.2: rescue ActionController::InvalidCrossOriginRequest (the old name is deprecated).
  rescue_from ActionController::InvalidAuthenticityToken, with: :csrf_failed

  private

  def csrf_failed
    render json: { type: "https://example.com/probs/csrf-token-invalid", title: "CSRF token missing or invalid", status: 403 },
           status: :forbidden, content_type: "application/problem+json"
  end
end
`,
      note: 'API controllers (ActionController::API) have no forgery protection: a Bearer token is not sent by the browser on its own.',
    },
    'invalid-token': {
      title: '401 with error="invalid_token"',
      default: NO_RFC_6750_ERRORS,
      trap: true,
      lang: 'ruby',
      code: TOKEN_AUTH,
      note: 'Say why in error_description (expired, revoked) when you know it; the error code stays invalid_token.',
    },
    'step-up': {
      title: '401 insufficient_user_authentication (RFC 9470)',
      default: {
        text:
          'Neither Rails nor Devise knows RFC 9470: there is no step-up challenge unless you write it, and Rails ' +
          'writes only bare Token (or, from 8.2, chosen-scheme) challenges.',
        sources: [SRC.tokenChallenge, SRC.tokenSchemePr],
      },
      trap: false,
      lang: 'ruby',
      code: `class TransfersController < ApiController
  before_action :require_recent_mfa, only: :create

  private

  def require_recent_mfa
    claims = current_token_claims
    return if claims["acr"] == "mfa" && claims["auth_time"].to_i >= 5.minutes.ago.to_i

    response.headers["WWW-Authenticate"] =
      'Bearer realm="api", error="insufficient_user_authentication", ' \\
      'error_description="A sign-in with MFA within the last 5 minutes is required", acr_values="mfa", max_age=300'
    render json: { type: "https://example.com/probs/step-up-required", title: "Confirm your identity", status: 401 },
           status: :unauthorized, content_type: "application/problem+json"
  end
end
`,
    },
    'step-up-impossible': {
      title: '403 when the credentials cannot step up',
      default: {
        text: 'Rails has no step-up: a check you write decides, and `head :forbidden` is a 403 without a reason.',
        sources: [SRC.head],
      },
      trap: false,
      lang: 'ruby',
      code: `class TransfersController < ApiController
  before_action :require_user_token, only: :create

  private

  # A service token or API key cannot prove a person's recent sign-in: no challenge could be met.
  def require_user_token
    return if current_token_claims["sub_type"] == "user"

    render json: { type: "https://example.com/probs/user-sign-in-required",
                   title: "This operation needs a person's recent sign-in", status: 403 },
           status: :forbidden, content_type: "application/problem+json"
  end
end
`,
      note: 'No WWW-Authenticate here: a challenge would ask for a sign-in these credentials cannot give.',
    },
    'reauthenticate-redirect': {
      title: 'Redirect to confirm the password',
      default: {
        text:
          'Devise has no "confirm your password" step; its Timeoutable module ends the whole session instead, ' +
          'and the next request is redirected to the sign-in page by Devise::FailureApp.',
        sources: [SRC.failureRedirect, SRC.deviseRedirectIssue],
      },
      trap: false,
      lang: 'ruby',
      code: `class AccountDeletionsController < ApplicationController
  before_action :authenticate_user!
  before_action :require_recent_password

  private

  def require_recent_password
    return if session[:reauthenticated_at].to_i >= 5.minutes.ago.to_i

    # 302 for a page load, 303 after a POST: both end on the GET of the prompt.
    redirect_to new_reauthentication_path(next: request.fullpath),
                status: (request.get? || request.head?) ? :found : :see_other
  end
end
`,
      headersBy: 'redirect_to writes Location.',
    },
    'account-barred': {
      title: '403 for a suspended account (not Devise\'s 401)',
      default: {
        text:
          'Devise signs out a user whose `active_for_authentication?` is false (Lockable: a locked account) and ' +
          'throws to Devise::FailureApp: a JSON request gets 401, a page load a redirect to the sign-in page, ' +
          'where the same credentials lead straight back.',
        sources: [SRC.activatable, SRC.lockable, SRC.failureRespond],
      },
      trap: true,
      lang: 'ruby',
      code: `class ApiController < ActionController::API
  before_action :refuse_suspended_account

  private

  # After authentication: the credentials were right, the account is barred.
  def refuse_suspended_account
    return unless current_user.suspended?

    response.headers["WWW-Authenticate"] = 'Bearer realm="api"'
    render json: { type: "https://example.com/probs/account-suspended", title: "Account suspended",
                   status: 403, detail: "This account is suspended. Contact support@example.com." },
           status: :forbidden, content_type: "application/problem+json"
  end
end
`,
    },
    'insufficient-scope': {
      title: '403 with error="insufficient_scope"',
      default: {
        text:
          'Rails has no scopes. Doorkeeper\'s `doorkeeper_authorize! :scope` answers a token without the scope ' +
          '403 with `WWW-Authenticate: Bearer realm="Doorkeeper", error="insufficient_scope", error_description=…`, ' +
          'without a scope attribute.',
        sources: [SRC.doorkeeperHelpers, SRC.doorkeeperScope, SRC.doorkeeperChallenge],
      },
      trap: false,
      lang: 'ruby',
      code: `class InvoicesController < ApiController
  before_action -> { require_scope "invoices:write" }, only: [:create, :update, :destroy]

  private

  def require_scope(scope)
    return if current_token_scopes.include?(scope)

    response.headers["WWW-Authenticate"] =
      %(Bearer realm="api", error="insufficient_scope", error_description="#{scope} is required", scope="#{scope}")
    render json: { type: "https://example.com/probs/insufficient-scope", title: "Insufficient scope", status: 403 },
           status: :forbidden, content_type: "application/problem+json"
  end
end
`,
    },
    forbidden: {
      title: '403 with a reason (Pundit)',
      default: {
        text:
          'Rails has no authorization layer. Pundit raises Pundit::NotAuthorizedError, which `rescue_responses` ' +
          'does not know, so it is a 500; the README\'s rescue_from example redirects back with a flash message ' +
          'instead of answering 403.',
        sources: [SRC.punditRescue, SRC.rescueResponses],
      },
      trap: true,
      lang: 'ruby',
      code: `class ApiController < ActionController::API
  include Pundit::Authorization
  rescue_from Pundit::NotAuthorizedError, with: :forbidden

  private

  def forbidden(error)
    response.headers["WWW-Authenticate"] = 'Bearer realm="api"'
    render json: { type: "https://example.com/probs/forbidden", title: "Not allowed",
                   status: 403, detail: I18n.t("pundit.#{error.query}", default: "Your role does not allow this.") },
           status: :forbidden, content_type: "application/problem+json"
  end
end
`,
      note: 'Give each reason its own problem type (role, plan, ownership) so that clients can tell them apart.',
    },
    allowed: {
      title: '200 OK',
      default: {
        text: 'A response starts as 200 OK; `render json:` keeps it.',
        sources: [SRC.responseStatus],
      },
      trap: false,
      lang: 'ruby',
      code: `class InvoicesController < ApiController
  def show
    render json: current_user.invoices.find(params[:id])
  end
end
`,
    },
  },
  cells: {
    'proxy-authentication-required': {
      notApplicable: 'Rails is the origin server: a 407 comes from a forward proxy the client chose (Squid, Apache mod_proxy), never from an application behind it.',
    },
    'proxy-forbidden': {
      notApplicable: 'A forward proxy refusing a destination is the proxy\'s policy (Squid, Apache mod_proxy); a Rails application is never that proxy.',
    },
    'client-barred': 'blocklist',
    'rate-limited': 'rate-limit',
    'not-found': 'not-found',
    gone: 'gone',
    'method-not-allowed': 'method-not-allowed',
    'cors-preflight': 'cors-preflight',
    'cors-preflight-refused': 'cors-preflight-refused',
    'authentication-required': 'bearer-challenge',
    'anonymous-forbidden': 'anonymous-forbidden',
    'redirect-to-login': 'sign-in-redirect',
    'hidden-from-anonymous': 'hide-as-not-found',
    'client-certificate-refused': {
      notApplicable:
        'Client certificates are verified by the TLS terminator in front of Rails (nginx, a load balancer), which refuses the handshake or answers 403 itself; see the nginx and Apache stacks.',
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
    'hidden-from-unauthorized': 'hide-as-not-found',
    'forbidden-record': 'forbidden',
    'not-found-after-checks': 'not-found',
    allowed: 'allowed',
  },
});
