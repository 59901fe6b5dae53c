/**
 * What each rule looks for, and the checker's entry point. Every rule reads the parsed response and the
 * request facts and returns the messages for this response (none: the rule passes). A rule that needs a
 * request fact nobody gave stays silent.
 */
import { challengesOf, param, parseChallenges, type Challenge, type ChallengeParse } from './challenge.ts';
import { parseDetail } from './parse.ts';
import { RULE_IDS, RULE_SEVERITY, type RuleId } from './ids.ts';
import type { AuthorizationKind, Finding, HeaderLine, InputProblem, ParsedResponse, RequestFacts } from './types.ts';

export interface CheckReport {
  parsed: ParsedResponse | null;
  problems: readonly InputProblem[];
  findings: readonly Finding<RuleId>[];
}

interface Context {
  status: number;
  headers: readonly HeaderLine[];
  request: RequestFacts;
  all(name: string): HeaderLine[];
  /** The combined field value (RFC 9110 §5.2: lines joined with ", "), or null when absent. */
  value(name: string): string | null;
  www: ChallengeParse | null;
  proxy: ChallengeParse | null;
  folded: readonly { name: string; line: number }[];
}

const REDIRECTS_WITH_LOCATION: readonly number[] = [301, 302, 303, 307, 308];
const SINGLETONS = ['Location', 'Retry-After', 'Content-Type', 'Content-Length', 'Access-Control-Allow-Origin'] as const;
/** Looks like a sign-in page: a path segment such as login, signin, sign_in, sso, auth, oauth/authorize. */
const LOGIN_PATH = /(?:^|[/?#=&.])(?:log-?in|sign-?in|sign_in|signon|sso|auth|authenticate|oauth2?\/authori[sz]e|openid-connect\/auth|saml2?)(?:$|[/?#&.=_-])/i;

const describe = (s: string, max = 80) => JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);

function bearer(ctx: Context): Challenge[] {
  return ctx.www ? challengesOf(ctx.www.challenges, 'Bearer') : [];
}

function bearerErrors(ctx: Context): string[] {
  return bearer(ctx).flatMap((c) => {
    const e = param(c, 'error');
    return e ? [e.value] : [];
  });
}

function allChallenges(ctx: Context): { field: string; challenge: Challenge }[] {
  return [
    ...(ctx.www?.challenges ?? []).map((challenge) => ({ field: 'WWW-Authenticate', challenge })),
    ...(ctx.proxy?.challenges ?? []).map((challenge) => ({ field: 'Proxy-Authenticate', challenge })),
  ];
}

function errorStatusRule(ctx: Context, code: string, expected: number): string[] {
  return bearerErrors(ctx).includes(code) && ctx.status !== expected
    ? [`The Bearer challenge says error="${code}" but the status is ${ctx.status}; RFC 6750 pairs ${code} with ${expected}.`]
    : [];
}

const codePoint = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
/** A character as a message names it: quotes and backslashes by name, controls by code point. */
function charName(ch: string, c: number): string {
  if (ch === '"') return 'a double quote';
  if (ch === '\\') return 'a backslash';
  if (ch === '\t') return 'a tab';
  if (c < 0x20 || c === 0x7f) return codePoint(c);
  return c > 0x7e ? `"${ch}" (${codePoint(c)})` : `"${ch}"`;
}

/** Characters outside `allowed`, described. */
function badChars(value: string, allowed: (c: number) => boolean): string[] {
  const bad = new Set<string>();
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    if (!allowed(c)) bad.add(charName(ch, c));
    if (bad.size >= 5) break;
  }
  return [...bad];
}

/** RFC 6750 §3: error and error_description: %x20-21 / %x23-5B / %x5D-7E. */
const errorChar = (c: number) => c === 0x20 || c === 0x21 || (c >= 0x23 && c <= 0x5b) || (c >= 0x5d && c <= 0x7e);
/** RFC 6750 §3: scope: %x21 / %x23-5B / %x5D-7E, and %x20 between values. */
const scopeChar = errorChar;

/** delay-seconds or an HTTP-date (IMF-fixdate, or the obsolete RFC 850 and asctime forms recipients accept; RFC 9110 §5.6.7). */
function isRetryAfter(v: string): boolean {
  if (/^\d+$/.test(v)) return true;
  const imf = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
  const rfc850 = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{2}-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{2} \d{2}:\d{2}:\d{2} GMT$/;
  const asctime = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/;
  return imf.test(v) || rfc850.test(v) || asctime.test(v);
}

function cacheDirectives(ctx: Context): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (ctx.value('Cache-Control') ?? '').split(',')) {
    const [k, ...rest] = part.split('=');
    const key = k!.trim().toLowerCase();
    if (key) out.set(key, rest.join('=').trim().replace(/^"|"$/g, ''));
  }
  return out;
}

const sentCredentials = (a: AuthorizationKind | undefined) => a !== undefined && a !== 'none';

type Check = (ctx: Context) => string[];

const CHECKS = {
  '401-without-challenge': (ctx) =>
    ctx.status === 401 && ctx.value('WWW-Authenticate') === null ? ['This 401 has no WWW-Authenticate header field: add a challenge, for example WWW-Authenticate: Bearer realm="api".'] : [],
  '407-without-challenge': (ctx) => (ctx.status === 407 && ctx.value('Proxy-Authenticate') === null ? ['This 407 has no Proxy-Authenticate header field.'] : []),
  '405-without-allow': (ctx) =>
    ctx.status === 405 && ctx.value('Allow') === null ? [`This 405 has no Allow header field${ctx.request.method ? ` saying which methods work instead of ${ctx.request.method}` : ''}.`] : [],
  '405-empty-allow': (ctx) => (ctx.status === 405 && ctx.value('Allow') !== null && ctx.value('Allow')!.replace(/[\s,]/g, '') === '' ? ['Allow is empty: the resource accepts no method at all right now.'] : []),
  '405-allows-the-method': (ctx) => {
    const method = ctx.request.method;
    if (ctx.status !== 405 || !method) return [];
    // Method names are case-sensitive (RFC 9110 §9.1).
    const allowed = (ctx.value('Allow') ?? '').split(',').map((m) => m.trim());
    return allowed.includes(method) ? [`This 405 refuses ${method} but Allow lists ${method}: ${describe(ctx.value('Allow')!)}.`] : [];
  },
  '429-without-retry-after': (ctx) => (ctx.status === 429 && ctx.value('Retry-After') === null ? ['This 429 does not say when to retry (no Retry-After).'] : []),
  'retry-after-syntax': (ctx) =>
    ctx.all('Retry-After')
      .filter((h) => !isRetryAfter(h.value))
      .map((h) => `Retry-After: ${describe(h.value)} is neither a number of seconds nor an HTTP-date (write 30, or Fri, 31 Dec 1999 23:59:59 GMT).`),
  '3xx-without-location': (ctx) => (REDIRECTS_WITH_LOCATION.includes(ctx.status) && ctx.value('Location') === null ? [`This ${ctx.status} redirect has no Location header field.`] : []),
  'login-redirect-for-code': (ctx) => {
    if (ctx.request.navigation !== false || ctx.status < 300 || ctx.status > 399) return [];
    const location = ctx.value('Location');
    return location !== null && LOGIN_PATH.test(location)
      ? [`A request from code was redirected to ${describe(location)}, which looks like a sign-in page; code should get 401 with a challenge instead.`]
      : [];
  },
  '403-without-credentials': (ctx) =>
    ctx.status === 403 && ctx.request.authorization === 'none' && ctx.request.cookie !== true
      ? ['The request carried no credentials (no Authorization, no cookie), yet got 403: an anonymous caller should get 401 with a challenge.']
      : [],
  'cacheable-auth-failure': (ctx) => {
    if (![401, 403, 407].includes(ctx.status)) return [];
    const cc = cacheDirectives(ctx);
    if (cc.has('no-store') || cc.has('private')) return [];
    const lifting = ['public', 's-maxage'].filter((d) => cc.has(d));
    return lifting.length > 0
      ? [`Cache-Control: ${ctx.value('Cache-Control')} lets shared caches store this ${ctx.status}${ctx.request.authorization && ctx.request.authorization !== 'none' ? ', although the request carried Authorization' : ''}; send Cache-Control: no-store (or private) on refusals.`]
      : [];
  },
  'challenge-outside-401': (ctx) => {
    if (ctx.status === 401 || ctx.value('WWW-Authenticate') === null) return [];
    // RFC 6750 §3.1 pairs these Bearer errors with 400 and 403: the challenge is expected there.
    const errors = bearerErrors(ctx);
    if ((ctx.status === 403 && errors.includes('insufficient_scope')) || (ctx.status === 400 && errors.includes('invalid_request'))) return [];
    return [`WWW-Authenticate on a ${ctx.status}: allowed, as a hint that other credentials might change the answer; most clients only read it on 401.`];
  },
  'proxy-challenge-outside-407': (ctx) =>
    ctx.status !== 407 && ctx.value('Proxy-Authenticate') !== null ? [`Proxy-Authenticate on a ${ctx.status}: it is meant for the client of a proxy, with 407; an origin server's challenge goes in WWW-Authenticate.`] : [],
  'challenge-syntax': (ctx) => [
    ...(ctx.www?.error ? [`WWW-Authenticate does not parse: ${ctx.www.error}.`] : []),
    ...(ctx.proxy?.error ? [`Proxy-Authenticate does not parse: ${ctx.proxy.error}.`] : []),
  ],
  'auth-param-repeated': (ctx) =>
    allChallenges(ctx).flatMap(({ field, challenge }) => {
      const seen = new Set<string>();
      const repeated = new Set<string>();
      for (const p of challenge.params) {
        const k = p.name.toLowerCase();
        if (seen.has(k)) repeated.add(k);
        seen.add(k);
      }
      return [...repeated].map((k) => `The ${challenge.scheme} challenge in ${field} gives the parameter "${k}" more than once.`);
    }),
  'realm-not-quoted': (ctx) =>
    allChallenges(ctx).flatMap(({ field, challenge }) => {
      const realm = param(challenge, 'realm');
      return realm && !realm.quoted ? [`${field}: ${challenge.scheme} realm=${realm.value} is a token; write realm="${realm.value}".`] : [];
    }),
  'bearer-without-params': (ctx) =>
    bearer(ctx).some((c) => c.params.length === 0 && c.token68 === null) ? ['The Bearer challenge has no parameters; add at least realm="…" (and, for a rejected token, error="invalid_token").'] : [],
  'bearer-invalid-request-status': (ctx) => errorStatusRule(ctx, 'invalid_request', 400),
  'bearer-invalid-token-status': (ctx) => errorStatusRule(ctx, 'invalid_token', 401),
  'bearer-insufficient-scope-status': (ctx) => errorStatusRule(ctx, 'insufficient_scope', 403),
  'bearer-error-chars': (ctx) =>
    bearer(ctx).flatMap((c) =>
      c.params
        .filter((p) => ['error', 'error_description'].includes(p.name.toLowerCase()))
        .flatMap((p) => {
          const bad = badChars(p.value, errorChar);
          return bad.length ? [`The Bearer ${p.name.toLowerCase()} holds ${bad.join(', ')}, outside the characters RFC 6750 allows.`] : [];
        }),
    ),
  'bearer-scope-chars': (ctx) =>
    bearer(ctx).flatMap((c) => {
      const scope = param(c, 'scope');
      if (!scope) return [];
      const bad = badChars(scope.value, scopeChar);
      const spacing = /^ | $| {2}/.test(scope.value) ? ['a leading, trailing or doubled space'] : [];
      const all = [...bad, ...spacing];
      return all.length ? [`The Bearer scope holds ${all.join(', ')}; scope values are printable ASCII without " and \\, separated by single spaces.`] : [];
    }),
  'bearer-error-without-credentials': (ctx) => {
    if (ctx.request.authorization !== 'none') return [];
    const errors = bearerErrors(ctx);
    return errors.length ? [`The request carried no credentials, yet the Bearer challenge says error="${errors[0]}"; send only the challenge (realm, scope).`] : [];
  },
  'bearer-error-missing': (ctx) =>
    ctx.status === 401 && ctx.request.authorization === 'bearer' && bearer(ctx).length > 0 && bearerErrors(ctx).length === 0
      ? ['The request carried a Bearer token and got 401, but the challenge has no error attribute; add error="invalid_token" (or invalid_request) so the client knows why.']
      : [],
  'basic-without-realm': (ctx) =>
    allChallenges(ctx)
      .filter(({ challenge }) => challenge.scheme.toLowerCase() === 'basic' && !param(challenge, 'realm'))
      .map(({ field }) => `${field}: the Basic challenge has no realm; write Basic realm="…".`),
  'basic-charset': (ctx) =>
    allChallenges(ctx).flatMap(({ field, challenge }) => {
      if (challenge.scheme.toLowerCase() !== 'basic') return [];
      const charset = param(challenge, 'charset');
      return charset && charset.value.toLowerCase() !== 'utf-8' ? [`${field}: Basic charset="${charset.value}"; the only allowed value is UTF-8.`] : [];
    }),
  'step-up-status': (ctx) =>
    bearerErrors(ctx).includes('insufficient_user_authentication') && ctx.status !== 401
      ? [`error="insufficient_user_authentication" (step-up) on a ${ctx.status}; RFC 9470 returns it with 401.`]
      : [],
  'obs-fold': (ctx) => ctx.folded.map((f) => `${f.name} continues on line ${f.line} (obsolete line folding); send it on one line.`),
  'field-value-control-chars': (ctx) =>
    ctx.headers.flatMap((h) => {
      const bad = badChars(h.value, (c) => c === 0x09 || (c >= 0x20 && c !== 0x7f));
      return bad.length ? [`${h.name} holds ${bad.join(', ')}${bad.includes('U+000D') ? ' (a CR: the mark of a CRLF injection)' : ''}.`] : [];
    }),
  'singleton-field-repeated': (ctx) =>
    SINGLETONS.flatMap((name) => {
      // Content-Length may also arrive as one line "5, 7" (RFC 9112 §6.3 lets identical copies pass).
      const values = new Set(ctx.all(name).flatMap((h) => (name === 'Content-Length' ? h.value.split(',').map((v) => v.trim()) : [h.value])));
      return values.size > 1 ? [`${name} appears with ${values.size} different values: ${[...values].map((v) => describe(v, 40)).join(', ')}.`] : [];
    }),
  'cors-missing-allow-origin': (ctx) =>
    ctx.request.origin && ctx.status >= 400 && ctx.value('Access-Control-Allow-Origin') === null
      ? [`The request came from ${describe(ctx.request.origin)} but the ${ctx.status} has no Access-Control-Allow-Origin: the calling script sees a network error, not this status.`]
      : [],
  'cors-challenge-not-exposed': (ctx) => {
    if (!ctx.request.origin || ctx.value('Access-Control-Allow-Origin') === null || ctx.value('WWW-Authenticate') === null) return [];
    const exposed = (ctx.value('Access-Control-Expose-Headers') ?? '').split(',').map((s) => s.trim().toLowerCase());
    return exposed.includes('www-authenticate') || (exposed.includes('*') && !sentCredentials(ctx.request.authorization) && !ctx.request.cookie)
      ? []
      : ['WWW-Authenticate is not listed in Access-Control-Expose-Headers: the calling script cannot read the challenge.'];
  },
} satisfies Record<RuleId, Check>;

function context(parsed: ParsedResponse, request: RequestFacts, folded: readonly { name: string; line: number }[]): Context {
  const byName = new Map<string, HeaderLine[]>();
  for (const h of parsed.headers) {
    const k = h.name.toLowerCase();
    const list = byName.get(k) ?? [];
    list.push(h);
    byName.set(k, list);
  }
  const all = (name: string) => byName.get(name.toLowerCase()) ?? [];
  const value = (name: string) => {
    const lines = all(name);
    return lines.length ? lines.map((h) => h.value).join(', ') : null;
  };
  const www = value('WWW-Authenticate');
  const proxy = value('Proxy-Authenticate');
  return {
    status: parsed.status,
    headers: parsed.headers,
    request,
    all,
    value,
    www: www === null ? null : parseChallenges(www),
    proxy: proxy === null ? null : parseChallenges(proxy),
    folded,
  };
}

/** Only the facts that have the right type: the input may come from a URL fragment or a CLI. */
function cleanFacts(facts: unknown): RequestFacts {
  if (!facts || typeof facts !== 'object') return {};
  const f = facts as Record<string, unknown>;
  const out: RequestFacts = {};
  if (typeof f.method === 'string' && /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,32}$/.test(f.method)) out.method = f.method;
  if (typeof f.authorization === 'string' && ['none', 'bearer', 'basic', 'digest', 'other'].includes(f.authorization)) out.authorization = f.authorization as AuthorizationKind;
  if (typeof f.cookie === 'boolean') out.cookie = f.cookie;
  if (typeof f.origin === 'string' && f.origin.length <= 2048 && f.origin.trim() !== '') out.origin = f.origin.trim();
  if (typeof f.navigation === 'boolean') out.navigation = f.navigation;
  return out;
}

export function checkExchange(input: { response: string; request?: RequestFacts | undefined }): CheckReport {
  try {
    const { parsed, problems, folded } = parseDetail(input?.response);
    if (!parsed) return { parsed, problems, findings: [] };
    const ctx = context(parsed, cleanFacts(input.request), folded);
    const findings: Finding<RuleId>[] = [];
    for (const id of RULE_IDS) {
      for (const message of CHECKS[id](ctx)) findings.push({ rule: id, severity: RULE_SEVERITY[id], message });
    }
    return { parsed, problems, findings };
  } catch (e) {
    // Never reached by any input the tests generate; kept so that a bug shows as a message, not a dead page.
    return { parsed: null, problems: [{ message: `The checker failed on this input (${e instanceof Error ? e.message : String(e)}); please report it.` }], findings: [] };
  }
}

/**
 * Request facts from the request's header lines, e.g. ['Authorization: Bearer x', 'Origin: https://a'] (the
 * CLI's --header); a request line ('GET /x HTTP/1.1') gives the method. The lines are taken as the whole
 * request: no Authorization line means authorization 'none', no Cookie line means cookie false. Call it
 * only when the request's headers are known; with none known, pass no facts at all.
 */
export function requestFactsFromHeaders(lines: readonly string[]): RequestFacts {
  const facts: RequestFacts = { authorization: 'none', cookie: false };
  for (const raw of Array.isArray(lines) ? lines : []) {
    if (typeof raw !== 'string') continue;
    const colon = raw.indexOf(':');
    if (colon <= 0) {
      // "GET" or "GET /path HTTP/1.1": the request line gives the method.
      const method = /^([A-Z]{1,20})(?:\s|$)/.exec(raw.trim());
      if (method) facts.method = method[1]!;
      continue;
    }
    const name = raw.slice(0, colon).trim().toLowerCase();
    const value = raw.slice(colon + 1).trim();
    if (name === 'authorization') {
      const scheme = value.split(/\s/)[0]!.toLowerCase();
      facts.authorization = scheme === 'bearer' || scheme === 'basic' || scheme === 'digest' ? scheme : value ? 'other' : 'none';
    } else if (name === 'cookie') facts.cookie = value !== '';
    else if (name === 'origin') {
      if (value && value !== 'null') facts.origin = value;
    } else if (name === 'sec-fetch-mode') facts.navigation = value.toLowerCase() === 'navigate';
    else if (name === ':method' && value) facts.method = value;
  }
  return facts;
}
