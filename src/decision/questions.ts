/**
 * The words of each question and answer, keyed by the ids of the flow table (src/decision/flow.ts):
 * a key is the id, never typed twice, and a missing or misspelt answer fails the type check.
 */
import { FLOW, QUESTION_IDS, type AnswerId, type NodeId, type QuestionId } from './flow.ts';
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
    short: 'Who demands credentials?',
    prompt: 'Who is refusing the request: your application, or a proxy in front of the client?',
    hint: prose`
      A forward proxy (a corporate outbound proxy, for instance) that wants its own credentials before it
      forwards anything is a different case from the server that owns the resource.
    `,
    refs: ['rfc9110-11.3', 'rfc9110-15.5.8'],
    answers: {
      origin: {
        short: 'origin server',
        label: 'The server that owns the resource (my app, API or gateway)',
        hint: 'The usual case: you decide what your own endpoint answers.',
      },
      proxy: {
        short: 'proxy',
        label: 'A proxy that needs the client to authenticate to it',
        hint: 'The proxy, not the target server, wants Proxy-Authorization.',
      },
    },
  },
  'client-blocked': {
    short: 'Client blocked outright?',
    prompt: 'Is this client refused whatever it asks and whoever it is?',
    hint: prose`
      A blocklisted IP address or network, a country you do not serve, a client banned for abuse: no
      credentials would change the answer. Asked first, so that a blocked client cannot map your URLs by
      comparing 403 with 404.
    `,
    refs: ['rfc9110-15.5.4'],
    answers: {
      no: {
        short: 'no',
        label: 'No, the client is not blocked',
        hint: 'Carry on to the address it asked for.',
      },
      yes: {
        short: 'blocked',
        label: 'Yes, this client is blocked regardless of identity',
        hint: 'Blocklist, geo-block, abuse ban.',
      },
    },
  },
  'route-exists': {
    short: 'Does the URL map to anything?',
    prompt: 'Does the URL match anything your server serves?',
    hint: prose`
      Think of the router: is there a route or resource type for this path at all (for example
      /invoices/{id}), whoever asks?
    `,
    refs: ['rfc9110-15.5.5'],
    answers: {
      yes: {
        short: 'yes',
        label: 'Yes, the URL matches a route or resource',
        hint: 'The path is one your server knows how to handle.',
      },
      no: {
        short: 'no',
        label: 'No, nothing lives at this URL',
        hint: 'A typo, a removed endpoint, a path nobody serves.',
      },
    },
  },
  'requires-auth': {
    short: 'Needs an identified caller?',
    prompt: 'Does this resource need to know who the caller is?',
    hint: prose`
      Public pages and open API endpoints answer everyone the same way; private ones need a user or client
      identity first.
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
  'credentials-sent': {
    short: 'Credentials sent?',
    prompt: 'Did the request carry any credentials?',
    hint: prose`
      An Authorization header (Basic, Bearer, …), a session cookie, an API key: anything your server
      treats as proof of identity. Credentials in a scheme you do not accept count as none (RFC 6750
      §3.1).
    `,
    refs: ['rfc9110-11.4'],
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
    short: 'How to answer an anonymous caller?',
    prompt: 'The caller is anonymous. What should it be told?',
    hint: prose`
      The status follows from how your clients sign in, and from whether the resource’s existence is
      itself a secret.
    `,
    refs: ['rfc9110-15.5.2', 'rfc9110-15.5.5'],
    answers: {
      challenge: {
        short: 'HTTP auth client',
        label: 'Ask for credentials over HTTP (API clients, Basic, Bearer tokens)',
        hint: 'Programs and scripts that can send an Authorization header.',
      },
      'login-page': {
        short: 'browser, form login',
        label: 'Send a person in a browser to the sign-in page',
        hint: 'A web page whose users sign in through an HTML form, not an HTTP challenge.',
      },
      hide: {
        short: 'hide existence',
        label: 'Say nothing: even the existence of this resource is secret',
        hint: 'Private repositories, other tenants’ records, unlisted documents.',
      },
    },
  },
  'credentials-parse': {
    short: 'Credentials sent properly?',
    prompt: 'Is the request that carries the credentials well-formed?',
    hint: prose`
      Malformed means the request is broken, not the credential: a required parameter missing or repeated,
      an unsupported parameter, the token sent in two places at once. A token that is itself garbled,
      expired or wrong is well-formed here and is checked next.
    `,
    refs: ['rfc9110-15.5.1', 'rfc6750-3.1'],
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
    },
  },
  'credentials-valid': {
    short: 'Credentials valid?',
    prompt: 'Do the credentials identify a current user or client?',
    hint: prose`
      Unknown user, wrong password, expired, revoked, forged or garbled token: all invalid. A valid token
      with too few scopes is valid here; permissions come later.
    `,
    refs: ['rfc9110-11.4', 'rfc9110-15.5.2'],
    answers: {
      valid: {
        short: 'valid',
        label: 'Yes, they identify someone',
        hint: 'Authentication succeeded.',
      },
      invalid: {
        short: 'invalid',
        label: 'No: unknown, wrong, expired or revoked',
        hint: 'Authentication failed.',
      },
    },
  },
  'account-standing': {
    short: 'Account in good standing?',
    prompt: 'Is this account allowed to use the service at all?',
    hint: prose`
      A suspended, locked or not-yet-verified account is known, but barred from everything, whatever the
      resource.
    `,
    refs: ['rfc9110-15.5.4'],
    answers: {
      good: {
        short: 'good standing',
        label: 'Yes, the account is in good standing',
        hint: 'Carry on to permissions.',
      },
      barred: {
        short: 'suspended or unverified',
        label: 'No: suspended, locked or unverified',
        hint: 'Known, but barred.',
      },
    },
  },
  permitted: {
    short: 'Permitted?',
    prompt: 'Is this caller permitted to do this to this resource?',
    hint: 'Roles, ownership, token scopes, plan limits: the authorization decision for this method on this resource.',
    refs: ['rfc9110-11.4', 'rfc9110-15.5.4'],
    answers: {
      yes: {
        short: 'yes',
        label: 'Yes, it is permitted',
        hint: 'Authorization succeeded.',
      },
      no: {
        short: 'no',
        label: 'No, not permitted',
        hint: 'Valid identity, insufficient rights.',
      },
    },
  },
  'reveal-existence': {
    short: 'May it know the resource exists?',
    prompt: 'May this caller learn that the resource exists?',
    hint: prose`
      Saying “forbidden” confirms that something is there. If that alone leaks information (another
      tenant’s invoice, a private repository), hide it.
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
    prompt: 'Does the requested record exist?',
    hint: prose`
      Asked last: look the record up only after the caller has passed every check, so that a stranger
      never learns which records exist.
    `,
    refs: ['rfc9110-15.5.5'],
    answers: {
      yes: {
        short: 'yes',
        label: 'Yes, it exists',
        hint: 'Serve it.',
      },
      no: {
        short: 'no',
        label: 'No, there is no such record',
        hint: 'For example /invoices/99999 when invoice 99999 was never created.',
      },
    },
  },
} as const satisfies { [Q in QuestionId]: QuestionText<Q> };

/** One answer as the pages and the wizard use it: its words and where it leads. */
export interface Answer extends AnswerText {
  id: AnswerId;
  next: NodeId;
}

/** One question with its answers in order, joined from the flow table and the words above. */
export interface Question extends Omit<QuestionText, 'answers'> {
  id: QuestionId;
  answers: readonly Answer[];
}

function joined(id: QuestionId): Question {
  const text = QUESTION_TEXT[id];
  const answers = Object.entries(FLOW[id]).map(([answer, next]): Answer => {
    const words = (text.answers as Readonly<Record<string, AnswerText>>)[answer]!;
    return { id: answer as AnswerId, ...words, next };
  });
  return { id, short: text.short, prompt: text.prompt, hint: text.hint, refs: text.refs, answers };
}

export const QUESTIONS = Object.fromEntries(QUESTION_IDS.map((id) => [id, joined(id)])) as Readonly<Record<QuestionId, Question>>;
