/**
 * The words of each question and answer, keyed by the ids of the flow table (src/decision/flow.ts):
 * a key is the id, never typed twice, and a missing or misspelt answer fails the type check.
 */
import { FLOW, QUESTION_IDS, type AnswerId, type Next, type QuestionId } from './flow.ts';
import { prose } from './prose.ts';
import type { SectionId } from './rfc.ts';

export interface AnswerText {
  /** A word or two for the flowchart's edge label. */
  short: string;
  label: string;
  /** One line of plain language that helps pick this answer. */
  hint: string;
}

export interface QuestionText<Q extends QuestionId = QuestionId> {
  /** A few words for the flowchart and the list of previous answers. */
  short: string;
  prompt: string;
  hint: string;
  /** Sections that explain why this question is asked here. */
  refs: readonly SectionId[];
  answers: { readonly [A in AnswerId<Q>]: AnswerText };
}

const QUESTION_TEXT = {
  'checked-by': {
    short: 'Who refuses the request?',
    prompt: prose`
      Who is refusing the request: your side (the application, or a reverse proxy or gateway in front of it), or a
      forward proxy on the client’s side?
    `,
    hint: prose`
      Reverse proxies, API gateways and auth gateways in front of your app (oauth2-proxy, Envoy ext_authz, nginx
      auth_request, a cloud load balancer with sign-in) speak for the origin server: they answer 401 with
      WWW-Authenticate, 403, or a redirect to sign-in, never 407. Only a forward proxy that the client chose (a
      corporate outbound proxy) uses 407, or refuses destinations.
    `,
    refs: ['rfc9110-11.3', 'rfc9110-15.5.8', 'rfc9110-11.7.1'],
    answers: {
      origin: {
        short: 'origin side',
        label: 'The server that owns the resource, or a reverse proxy or gateway in front of it',
        hint: 'Your app, API, API gateway, oauth2-proxy, ext_authz: you decide what your endpoint answers.',
      },
      proxy: {
        short: 'proxy wants login',
        label: 'A forward proxy that needs the client to authenticate to it',
        hint: 'The proxy, not the target server, wants Proxy-Authorization before it forwards anything.',
      },
      'proxy-refuses': {
        short: 'proxy forbids target',
        label: 'A forward proxy that will not forward this request, even for an authenticated client',
        hint: prose`
          Its policy forbids this destination (a blocked site category, a port). Logging in again would not change
          it.
        `,
      },
    },
  },
  'client-blocked': {
    short: 'Client blocked or throttled?',
    prompt: 'Is this client refused whatever it asks, or over its rate limit right now?',
    hint: prose`
      A blocklisted address or network, a region you do not serve, a client banned for abuse: no credentials would
      change the answer. A rate limit or quota is different: the same request will succeed later. Asked first, so
      that a blocked client cannot map your URLs by comparing 403 with 404. A suspended user account is not this: it
      is answered after authentication.
    `,
    refs: ['rfc9110-15.5.4', 'rfc9110-10.2.3'],
    answers: {
      no: {
        short: 'no',
        label: 'No, the client is neither blocked nor over a limit',
        hint: 'Carry on to the address it asked for.',
      },
      yes: {
        short: 'blocked',
        label: 'Yes, this client is blocked whoever it is',
        hint: 'Address or network blocklist, geo-block, abuse ban.',
      },
      'rate-limited': {
        short: 'too many requests',
        label: 'Not blocked, but over its rate limit or quota',
        hint: prose`
          Per-address limits are checked here. Per-user or per-key quotas are checked after authentication; the
          answer is the same 429.
        `,
      },
    },
  },
  'route-exists': {
    short: 'Route and method served?',
    prompt: 'Does the URL match something your server serves, with this method?',
    hint: prose`
      Think of the router, whoever asks: is there a route for this path (for example /invoices/{id}), does it accept
      this method, or is this a browser’s CORS preflight (OPTIONS with Origin and Access-Control-Request-Method)?
      Routes and methods are the same for every caller, so answering them before authentication reveals nothing
      about records. It does reveal endpoints: for a secret endpoint (an admin area, an unreleased feature) answer
      “yes” here, with no 405, 410 or preflight answer of its own, and let the later questions hide it.
    `,
    refs: ['rfc9110-15.5.5', 'rfc9110-15.5.6', 'rfc9110-15.5.11', 'rfc9110-9.3.7'],
    answers: {
      yes: {
        short: 'yes',
        label: 'Yes, the route exists and accepts this method',
        hint: 'GET /invoices/42 where the router has GET /invoices/{id}.',
      },
      no: {
        short: 'no',
        label: 'No, nothing lives at this URL',
        hint: 'A typo, a path nobody serves.',
      },
      gone: {
        short: 'gone for good',
        label: 'It used to, and was removed on purpose, for good',
        hint: 'A retired endpoint that will not come back. If you cannot tell, answer “no”.',
      },
      'wrong-method': {
        short: 'method not supported',
        label: 'The route exists, but no one may use this method on it',
        hint: prose`
          DELETE on a read-only resource. If some callers may use the method and this one may not, answer “yes”:
          that is a permission question (403).
        `,
      },
      preflight: {
        short: 'CORS preflight',
        label: 'It is a CORS preflight: OPTIONS with Origin and Access-Control-Request-Method',
        hint: prose`
          Sent by browsers, without cookies or Authorization, before a cross-origin request with a method or header
          that is not CORS-safelisted (PUT, DELETE, a script-set Authorization, Content-Type: application/json).
          Credentials alone (cookies) do not trigger one.
        `,
      },
    },
  },
  'preflight-origin': {
    short: 'Origin allowed by CORS?',
    prompt: 'Does your CORS policy allow this preflight’s Origin, with the method and headers it announces?',
    hint: prose`
      A preflight never carries credentials (the Fetch standard leaves them out on purpose), so it cannot be
      authenticated and must not be challenged: decide on the origin, method and headers alone, before any
      authentication middleware.
    `,
    refs: ['rfc9110-9.3.7', 'rfc9110-15.3.5'],
    answers: {
      allowed: {
        short: 'allowed',
        label: 'Yes: an allowed origin, method and headers',
        hint: 'https://app.example.com asking to send PUT with Authorization.',
      },
      refused: {
        short: 'not allowed',
        label: 'No: an origin, method or header you do not allow',
        hint: 'Any other site.',
      },
    },
  },
  'requires-auth': {
    short: 'Needs an identified caller?',
    prompt: 'Does this resource need to know who the caller is?',
    hint: prose`
      Public pages and open API endpoints answer everyone the same way; private ones need a user or client identity
      first.
    `,
    refs: ['rfc9110-11.4'],
    answers: {
      yes: {
        short: 'yes',
        label: 'Yes, only identified callers may use it',
        hint: 'A private page, an account API, anything behind a login.',
      },
      no: {
        short: 'public',
        label: 'No, it is public',
        hint: 'Anyone may have it.',
      },
    },
  },
  'public-credentials': {
    short: 'Public, and credentials fail?',
    prompt: prose`
      The resource is public. Did the request carry credentials that fail validation, and what do you do with them?
    `,
    hint: prose`
      An expired token or a stale cookie sent to a public endpoint. Ignoring it serves the public response (200) and
      hides the client’s bug; rejecting it (401, Bearer invalid_token) tells the client at once that its credentials
      are broken, but turns public pages into errors for anyone with a stale credential. Pick one rule for the whole
      API and document it.
    `,
    refs: ['rfc9110-11.4', 'rfc6750-3.1'],
    answers: {
      none: {
        short: 'none or valid',
        label: 'No credentials, or valid ones',
        hint: 'Nothing to decide: serve it.',
      },
      ignore: {
        short: 'ignore bad ones',
        label: 'Bad credentials, and I ignore them: answer as for anyone',
        hint: 'Friendlier for browsers with stale cookies; the client never learns its token is broken.',
      },
      reject: {
        short: 'reject bad ones',
        label: 'Bad credentials, and I reject them',
        hint: 'Stricter, easier to debug, the same answer as on protected endpoints.',
      },
    },
  },
  'public-record-exists': {
    short: 'Does the public record exist?',
    prompt: 'The endpoint is public. Looking the record up, what do you find?',
    hint: prose`
      Asked only after every check that does not need the record. A record that is private to its owner (a
      draft, an unlisted document) makes this request one for a protected resource: who the caller is matters
      after all. An anonymous caller (no credentials, or bad ones you ignore) is told to authenticate or is
      answered 404, never 403 (RFC 9110 §11.4); only a caller signed in with valid credentials may be told that
      the record is someone else’s.
    `,
    refs: ['rfc9110-15.5.5', 'rfc9110-15.5.11', 'rfc9110-11.4'],
    answers: {
      yes: {
        short: 'yes',
        label: 'It exists and anyone may have it',
        hint: 'Serve it.',
      },
      no: {
        short: 'no',
        label: 'No such record',
        hint: 'A public article id that was never created.',
      },
      gone: {
        short: 'gone for good',
        label: 'It existed and was deleted for good',
        hint: 'Only if you keep a trace and may say so to anyone; otherwise “no”.',
      },
      'not-owner': {
        short: 'private, caller anonymous',
        label: 'It exists, but is private to its owner, and the caller is anonymous',
        hint: 'No credentials, or bad ones you ignore: treat it as a protected resource (401 or hide).',
      },
      'not-owner-signed-in': {
        short: 'private, someone else’s',
        label: 'It exists, but is private to another owner, and the caller is signed in with valid credentials',
        hint: 'A colleague’s draft, another user’s unlisted document: may this caller learn it exists?',
      },
    },
  },
  'credentials-sent': {
    short: 'Credentials sent?',
    prompt: 'Did the request carry any credentials?',
    hint: prose`
      An Authorization header (Basic, Bearer, …), a session cookie, an API key, a client certificate: anything your
      server treats as proof of identity. Credentials in a scheme you do not accept count as none (RFC 6750 §3.1).
    `,
    refs: ['rfc9110-11.4', 'rfc6750-3.1'],
    answers: {
      yes: {
        short: 'yes',
        label: 'Yes, the request carries credentials',
        hint: 'Something is there, valid or not.',
      },
      no: {
        short: 'no',
        label: 'No credentials at all',
        hint: 'An anonymous request.',
      },
    },
  },
  'anonymous-caller': {
    short: 'Hide from anonymous callers?',
    prompt: 'The caller is anonymous. Tell it to authenticate, or keep even the resource’s existence secret?',
    hint: prose`
      How it is told follows from your settings: a 401 with the challenge of your scheme; a redirect to the sign-in
      page for a page load with cookie sessions; a refused client certificate with mutual TLS.
    `,
    refs: ['rfc9110-15.5.2', 'rfc9110-15.5.5', 'rfc6750-3'],
    answers: {
      challenge: {
        short: 'tell it to sign in',
        label: 'Tell it to authenticate',
        hint: 'The usual case.',
      },
      hide: {
        short: 'hide existence',
        label: 'Say nothing: even the existence of this resource is secret',
        hint: 'Private repositories, unlisted documents. A legitimate user who forgot to sign in sees “not found”.',
      },
    },
  },
  'credentials-parse': {
    short: 'Request with credentials well-formed?',
    prompt: prose`
      Is the request that carries the credentials well-formed, and, for credentials the browser attaches by itself,
      did it come from your own pages?
    `,
    hint: prose`
      Malformed means the request is broken, not the credential: a required parameter missing or repeated, an
      unsupported parameter, the token sent in two places at once. A token that is itself garbled, expired or wrong
      is well-formed here and is checked next. The CSRF check concerns credentials a browser sends on its own
      (session cookies, and also cached Basic credentials and client certificates) on unsafe methods.
    `,
    refs: ['rfc9110-15.5.1', 'rfc6750-3.1', 'rfc9110-15.5.4'],
    answers: {
      'well-formed': {
        short: 'well-formed',
        label: 'Yes, the credentials are sent properly (right or wrong)',
        hint: 'One credential, in one place, with the parameters the scheme requires.',
      },
      malformed: {
        short: 'malformed request',
        label: 'No, the request itself is malformed',
        hint: 'Missing or repeated parameters, two methods at once.',
      },
      'csrf-failed': {
        short: 'CSRF check failed',
        label: prose`
          An unsafe request (POST, PUT, PATCH, DELETE) with a session cookie but no valid anti-forgery (CSRF) token
        `,
        hint: prose`
          Missing or wrong CSRF token, or an Origin you do not trust. Bearer tokens and API keys in headers need no
          CSRF token: a cross-site form cannot send them.
        `,
      },
    },
  },
  'credentials-valid': {
    short: 'Credentials valid and strong enough?',
    prompt: prose`
      Do the credentials identify a current user or client, in good standing, signed in strongly enough for this
      request?
    `,
    hint: prose`
      Invalid: unknown user, wrong password, expired, revoked, forged or garbled token, a client certificate you do
      not trust, a certificate-bound token presented with another certificate (a Bearer token: use the Bearer
      setting). A token issued for another audience
      (aud) or by an issuer you do not trust (iss) is an invalid token too (401, Bearer invalid_token), not a
      permission problem: it was never meant for this API. A valid token with too few scopes is valid here; scopes
      come next.
    `,
    refs: ['rfc9110-11.4', 'rfc9110-15.5.2', 'rfc6750-3.1', 'rfc9110-15.5.4'],
    answers: {
      valid: {
        short: 'valid',
        label: 'Yes: a current identity in good standing, signed in well enough',
        hint: 'Authentication succeeded.',
      },
      invalid: {
        short: 'invalid',
        label: 'No: unknown, wrong, expired, revoked, or issued for another audience or issuer',
        hint: 'Authentication failed.',
      },
      'too-weak': {
        short: 'too weak or too old',
        label: 'Valid, but the sign-in is too weak or too old for this request',
        hint: prose`
          The operation needs MFA, a stronger method or a recent sign-in (step-up). Only Bearer/OAuth and cookie
          sessions can step up (401 or a redirect); with client certificates, API keys, Basic or Digest the answer
          is a 403.
        `,
      },
      barred: {
        short: 'account suspended',
        label: 'Valid, but the account itself is suspended, locked or banned',
        hint: prose`
          Barred from everything because of who it is. A missing verified e-mail or plan is not this: it is a
          feature requirement, asked next.
        `,
      },
    },
  },
  permitted: {
    short: 'May it do this kind of thing?',
    prompt: 'Setting the particular record aside, may this caller do this kind of thing here?',
    hint: prose`
      Decided before the record is looked up, so the answer is the same for every id, existing or not: roles,
      groups, token scopes, plan, verified e-mail, this method for this caller. If the decision depends on the
      record itself (its owner, its tenant), answer “yes” here: the record question comes next.
    `,
    refs: ['rfc9110-11.4', 'rfc9110-15.5.4', 'rfc6750-3.1'],
    answers: {
      yes: {
        short: 'yes / per record',
        label: 'Yes, or it depends on the record (owner, tenant)',
        hint: 'Authorization so far succeeded.',
      },
      no: {
        short: 'role forbids',
        label: 'No: the caller’s role, group or policy forbids this on every record of this kind',
        hint: prose`
          A viewer calling DELETE; a non-admin calling an admin endpoint. Another account might be allowed; a better
          token for this one would not.
        `,
      },
      scope: {
        short: 'token scope too narrow',
        label: 'Only the token’s scope is short: the same user with a token carrying more scope would succeed',
        hint: prose`
          Token has invoices:read, the call needs invoices:write, and the user may be granted it. Bearer/OAuth and
          scoped API keys.
        `,
      },
      feature: {
        short: 'feature requirement',
        label: 'The account lacks something this feature requires',
        hint: 'Verified e-mail, a paid plan, accepted terms: the account is fine elsewhere and can fix this.',
      },
    },
  },
  'reveal-existence': {
    short: 'May it know this exists?',
    prompt: 'May this caller learn that this endpoint or resource exists?',
    hint: prose`
      After a refusal by role, a 403 tells the caller that the endpoint exists and is off-limits. If the endpoint
      itself is a secret (admin areas, unreleased features), hide it.
    `,
    refs: ['rfc9110-15.5.4', 'rfc9110-15.5.5'],
    answers: {
      yes: {
        short: 'may know',
        label: 'Yes, it may know',
        hint: 'Existence is not a secret from this caller.',
      },
      no: {
        short: 'keep hidden',
        label: 'No, keep its existence hidden',
        hint: 'Answer as if it were not there.',
      },
    },
  },
  'record-exists': {
    short: 'Does the record exist?',
    prompt: prose`
      Looking the record up as this caller (scoped to its tenant or ownership, if you do that), what do you find?
    `,
    hint: prose`
      Asked only after every check that does not need the record. A tenant- or owner-scoped lookup (WHERE id = ? AND
      tenant_id = ?) that finds nothing answers 404: “not there” and “not yours” look the same, by design. Only an
      unscoped lookup that finds someone else’s record leads on to a refusal, so nobody is ever told 403 about a
      record that does not exist.
    `,
    refs: ['rfc9110-15.5.5', 'rfc9110-15.5.11', 'rfc9110-15.5.4'],
    answers: {
      yes: {
        short: 'yes',
        label: 'It exists and the caller may have it',
        hint: 'Serve it.',
      },
      no: {
        short: 'no',
        label: 'No such record, or none within the caller’s scope',
        hint: '/invoices/99999 was never created, or invoice 77 belongs to another tenant and the lookup is scoped.',
      },
      gone: {
        short: 'gone for good',
        label: 'It existed and was deleted for good',
        hint: 'Only if you keep a trace and may say so to this caller; otherwise “no”.',
      },
      'not-owner': {
        short: 'someone else’s',
        label: 'It exists, but belongs to another owner or tenant',
        hint: 'Found by an unscoped lookup, for an identified caller.',
      },
    },
  },
  'reveal-record': {
    short: 'May it know of this record?',
    prompt: 'May this caller learn that this record exists?',
    hint: prose`
      “Forbidden” confirms that the record is there. Fine for a colleague’s shared document whose owner can grant
      access; not for another tenant’s invoice or a private repository.
    `,
    refs: ['rfc9110-15.5.4', 'rfc9110-15.5.5'],
    answers: {
      yes: {
        short: 'may know',
        label: 'Yes, it may know',
        hint: 'The 403 can say whom to ask for access.',
      },
      no: {
        short: 'keep hidden',
        label: 'No, keep it hidden',
        hint: 'Answer exactly as for a missing record.',
      },
    },
  },
} as const satisfies { [Q in QuestionId]: QuestionText<Q> };

/** One answer as the pages and the wizard use it: its words and where it leads (a node, or a route). */
export interface Answer extends AnswerText {
  id: AnswerId;
  next: Next;
}

/** One question with its answers in order, joined from the flow table and the words above. */
export interface Question extends Omit<QuestionText, 'answers'> {
  id: QuestionId;
  answers: readonly Answer[];
}

function joined(id: QuestionId): Question {
  const text = QUESTION_TEXT[id];
  const answers = Object.entries(FLOW[id]).map(([answer, next]: [string, Next]): Answer => {
    const words = (text.answers as Readonly<Record<string, AnswerText>>)[answer]!;
    return { id: answer as AnswerId, ...words, next };
  });
  return { id, short: text.short, prompt: text.prompt, hint: text.hint, refs: text.refs, answers };
}

export const QUESTIONS = Object.fromEntries(QUESTION_IDS.map((id) => [id, joined(id)])) as Readonly<Record<QuestionId, Question>>;
