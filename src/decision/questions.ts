/**
 * The questions of the decision, in the order a server meets them. Each answer names the node it
 * leads to: another question id or an outcome slug. Ids are public (URL query keys, page paths,
 * diagram node ids): never rename one without keeping the old id working.
 */
import type { OutcomeSlug } from './outcomes.ts';
import type { SectionId } from './rfc.ts';

export const QUESTION_IDS = [
  'checked-by',
  'client-blocked',
  'route-exists',
  'requires-auth',
  'credentials-sent',
  'anonymous-caller',
  'credentials-parse',
  'credentials-valid',
  'account-standing',
  'permitted',
  'reveal-existence',
  'record-exists',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];
export type NodeId = QuestionId | OutcomeSlug;

export interface Answer {
  /** Public id: the value of this question's key in a share URL. */
  id: string;
  /** A word or two for the flowchart's edge label. */
  short: string;
  label: string;
  /** One line of plain language that helps pick this answer. */
  hint: string;
  next: NodeId;
}

export interface Question {
  id: QuestionId;
  /** A few words for the flowchart and the list of previous answers. */
  short: string;
  prompt: string;
  hint: string;
  answers: readonly Answer[];
  /** Sections that explain why this question is asked here. */
  refs: readonly SectionId[];
}

export const QUESTIONS = {
  'checked-by': {
    id: 'checked-by',
    short: 'Who demands credentials?',
    prompt: 'Who is refusing the request: your application, or a proxy in front of the client?',
    hint: 'A forward proxy (a corporate outbound proxy, for instance) that wants its own credentials before it forwards anything is a different case from the server that owns the resource.',
    answers: [
      { id: 'origin', short: 'origin server', label: 'The server that owns the resource (my app, API or gateway)', hint: 'The usual case: you decide what your own endpoint answers.', next: 'client-blocked' },
      { id: 'proxy', short: 'proxy', label: 'A proxy that needs the client to authenticate to it', hint: 'The proxy, not the target server, wants Proxy-Authorization.', next: 'proxy-authentication-required' },
    ],
    refs: ['rfc9110-11.3', 'rfc9110-15.5.8'],
  },
  'route-exists': {
    id: 'route-exists',
    short: 'Does the URL map to anything?',
    prompt: 'Does the URL match anything your server serves?',
    hint: 'Think of the router: is there a route or resource type for this path at all (for example /invoices/{id}), whoever asks?',
    answers: [
      { id: 'yes', short: 'yes', label: 'Yes, the URL matches a route or resource', hint: 'The path is one your server knows how to handle.', next: 'requires-auth' },
      { id: 'no', short: 'no', label: 'No, nothing lives at this URL', hint: 'A typo, a removed endpoint, a path nobody serves.', next: 'not-found' },
    ],
    refs: ['rfc9110-15.5.5'],
  },
  'client-blocked': {
    id: 'client-blocked',
    short: 'Client blocked outright?',
    prompt: 'Is this client refused whatever it asks and whoever it is?',
    hint: 'A blocklisted IP address or network, a country you do not serve, a client banned for abuse: no credentials would change the answer. Asked first, so that a blocked client cannot map your URLs by comparing 403 with 404.',
    answers: [
      { id: 'no', short: 'no', label: 'No, the client is not blocked', hint: 'Carry on to the address it asked for.', next: 'route-exists' },
      { id: 'yes', short: 'blocked', label: 'Yes, this client is blocked regardless of identity', hint: 'Blocklist, geo-block, abuse ban.', next: 'client-barred' },
    ],
    refs: ['rfc9110-15.5.4'],
  },
  'requires-auth': {
    id: 'requires-auth',
    short: 'Needs an identified caller?',
    prompt: 'Does this resource need to know who the caller is?',
    hint: 'Public pages and open API endpoints answer everyone the same way; private ones need a user or client identity first.',
    answers: [
      { id: 'yes', short: 'yes', label: 'Yes, only identified callers may use it', hint: 'A private page, an account API, anything behind a login.', next: 'credentials-sent' },
      { id: 'no', short: 'public', label: 'No, it is public', hint: 'Anyone may have it.', next: 'record-exists' },
    ],
    refs: ['rfc9110-11.4'],
  },
  'credentials-sent': {
    id: 'credentials-sent',
    short: 'Credentials sent?',
    prompt: 'Did the request carry any credentials?',
    hint: 'An Authorization header (Basic, Bearer, …), a session cookie, an API key: anything your server treats as proof of identity. Credentials in a scheme you do not accept count as none (RFC 6750 §3.1).',
    answers: [
      { id: 'yes', short: 'yes', label: 'Yes, the request carries credentials', hint: 'Something is there, valid or not.', next: 'credentials-parse' },
      { id: 'no', short: 'no', label: 'No credentials at all', hint: 'An anonymous request.', next: 'anonymous-caller' },
    ],
    refs: ['rfc9110-11.4'],
  },
  'anonymous-caller': {
    id: 'anonymous-caller',
    short: 'How to answer an anonymous caller?',
    prompt: 'The caller is anonymous. What should it be told?',
    hint: 'The status follows from how your clients sign in, and from whether the resource\u2019s existence is itself a secret.',
    answers: [
      { id: 'challenge', short: 'HTTP auth client', label: 'Ask for credentials over HTTP (API clients, Basic, Bearer tokens)', hint: 'Programs and scripts that can send an Authorization header.', next: 'authentication-required' },
      { id: 'login-page', short: 'browser, form login', label: 'Send a person in a browser to the sign-in page', hint: 'A web page whose users sign in through an HTML form, not an HTTP challenge.', next: 'redirect-to-login' },
      { id: 'hide', short: 'hide existence', label: 'Say nothing: even the existence of this resource is secret', hint: 'Private repositories, other tenants\u2019 records, unlisted documents.', next: 'hidden-from-anonymous' },
    ],
    refs: ['rfc9110-15.5.2', 'rfc9110-15.5.5'],
  },
  'credentials-parse': {
    id: 'credentials-parse',
    short: 'Credentials sent properly?',
    prompt: 'Is the request that carries the credentials well-formed?',
    hint: 'Malformed means the request is broken, not the credential: a required parameter missing or repeated, an unsupported parameter, the token sent in two places at once. A token that is itself garbled, expired or wrong is well-formed here and is checked next.',
    answers: [
      { id: 'well-formed', short: 'well-formed', label: 'Yes, the credentials are sent properly (right or wrong)', hint: 'One credential, in one place, with the parameters the scheme requires.', next: 'credentials-valid' },
      { id: 'malformed', short: 'malformed request', label: 'No, the request itself is malformed', hint: 'Missing or repeated parameters, two methods at once.', next: 'malformed-credentials' },
    ],
    refs: ['rfc9110-15.5.1', 'rfc6750-3.1'],
  },
  'credentials-valid': {
    id: 'credentials-valid',
    short: 'Credentials valid?',
    prompt: 'Do the credentials identify a current user or client?',
    hint: 'Unknown user, wrong password, expired, revoked, forged or garbled token: all invalid. A valid token with too few scopes is valid here; permissions come later.',
    answers: [
      { id: 'valid', short: 'valid', label: 'Yes, they identify someone', hint: 'Authentication succeeded.', next: 'account-standing' },
      { id: 'invalid', short: 'invalid', label: 'No: unknown, wrong, expired or revoked', hint: 'Authentication failed.', next: 'invalid-credentials' },
    ],
    refs: ['rfc9110-11.4', 'rfc9110-15.5.2'],
  },
  'account-standing': {
    id: 'account-standing',
    short: 'Account in good standing?',
    prompt: 'Is this account allowed to use the service at all?',
    hint: 'A suspended, locked or not-yet-verified account is known, but barred from everything, whatever the resource.',
    answers: [
      { id: 'good', short: 'good standing', label: 'Yes, the account is in good standing', hint: 'Carry on to permissions.', next: 'permitted' },
      { id: 'barred', short: 'suspended or unverified', label: 'No: suspended, locked or unverified', hint: 'Known, but barred.', next: 'client-barred' },
    ],
    refs: ['rfc9110-15.5.4'],
  },
  permitted: {
    id: 'permitted',
    short: 'Permitted?',
    prompt: 'Is this caller permitted to do this to this resource?',
    hint: 'Roles, ownership, token scopes, plan limits: the authorization decision for this method on this resource.',
    answers: [
      { id: 'yes', short: 'yes', label: 'Yes, it is permitted', hint: 'Authorization succeeded.', next: 'record-exists' },
      { id: 'no', short: 'no', label: 'No, not permitted', hint: 'Valid identity, insufficient rights.', next: 'reveal-existence' },
    ],
    refs: ['rfc9110-11.4', 'rfc9110-15.5.4'],
  },
  'reveal-existence': {
    id: 'reveal-existence',
    short: 'May it know the resource exists?',
    prompt: 'May this caller learn that the resource exists?',
    hint: 'Saying \u201cforbidden\u201d confirms that something is there. If that alone leaks information (another tenant\u2019s invoice, a private repository), hide it.',
    answers: [
      { id: 'yes', short: 'may know', label: 'Yes, it may know', hint: 'Existence is not a secret from this caller.', next: 'forbidden' },
      { id: 'no', short: 'keep hidden', label: 'No, keep its existence hidden', hint: 'Answer as if it were not there.', next: 'hidden-from-unauthorized' },
    ],
    refs: ['rfc9110-15.5.4', 'rfc9110-15.5.5'],
  },
  'record-exists': {
    id: 'record-exists',
    short: 'Does the record exist?',
    prompt: 'Does the requested record exist?',
    hint: 'Asked last: look the record up only after the caller has passed every check, so that a stranger never learns which records exist.',
    answers: [
      { id: 'yes', short: 'yes', label: 'Yes, it exists', hint: 'Serve it.', next: 'allowed' },
      { id: 'no', short: 'no', label: 'No, there is no such record', hint: 'For example /invoices/99999 when invoice 99999 was never created.', next: 'not-found-after-checks' },
    ],
    refs: ['rfc9110-15.5.5'],
  },
} as const satisfies Record<QuestionId, Question>;
