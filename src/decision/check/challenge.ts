/**
 * A parser for the challenge list of WWW-Authenticate and Proxy-Authenticate (RFC 9110 §11.3, §11.2):
 *
 *   challenge  = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
 *   auth-param = token BWS "=" BWS ( token / quoted-string )
 *
 * One pass over the characters, no regular expression that could backtrack: linear in the input, never
 * throws. It stops at the first syntax error of a field value and reports where.
 */

export interface AuthParam {
  /** As written. */
  name: string;
  /** Unescaped value of a quoted string, or the token. */
  value: string;
  quoted: boolean;
}

export interface Challenge {
  scheme: string;
  token68: string | null;
  params: AuthParam[];
}

export interface ChallengeParse {
  challenges: Challenge[];
  /** The first syntax error, if any. */
  error: string | null;
}

/** tchar (RFC 9110 §5.6.2). */
function isTchar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    '!#$%&\'*+-.^_`|~'.includes(String.fromCharCode(c))
  );
}

/** The characters of token68 before its padding (RFC 9110 §11.2). */
function isToken68Char(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || '-._~+/'.includes(String.fromCharCode(c));
}

const isWs = (c: number) => c === 0x20 || c === 0x09;

/** Describes the character at `i` for an error message. */
function at(s: string, i: number): string {
  if (i >= s.length) return 'at the end';
  const ch = s[i]!;
  const shown = ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : `"${ch}"`;
  return `at character ${i + 1} (${shown})`;
}

export function parseChallenges(value: string): ChallengeParse {
  const s = value;
  const n = s.length;
  const challenges: Challenge[] = [];
  let i = 0;
  const skipWs = () => {
    while (i < n && isWs(s.charCodeAt(i))) i++;
  };
  const token = (): string => {
    const start = i;
    while (i < n && isTchar(s.charCodeAt(i))) i++;
    return s.slice(start, i);
  };
  /** A quoted-string starting at i (which is '"'); null when unterminated or holding a forbidden character. */
  const quoted = (): string | { error: string } => {
    i++;
    let out = '';
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return out;
      }
      if (c === 0x5c) {
        const next = s.charCodeAt(i + 1);
        if (i + 1 >= n || (next < 0x20 && next !== 0x09) || next === 0x7f) return { error: `a backslash escapes nothing valid ${at(s, i + 1)}` };
        out += s[i + 1];
        i += 2;
        continue;
      }
      if ((c < 0x20 && c !== 0x09) || c === 0x7f) return { error: `a control character inside a quoted string ${at(s, i)}` };
      out += s[i];
      i++;
    }
    return { error: 'a quoted string is not closed (no final ")' };
  };
  const fail = (error: string): ChallengeParse => ({ challenges, error });

  // Empty list elements (", ,") are allowed by the list syntax (RFC 9110 §5.6.1).
  const skipSeparators = () => {
    for (;;) {
      skipWs();
      if (i < n && s[i] === ',') i++;
      else return;
    }
  };

  skipSeparators();
  if (i >= n) return fail('the field is empty: it needs at least one challenge');
  while (i < n) {
    const scheme = token();
    if (!scheme) return fail(`expected an authentication scheme name (a token) ${at(s, i)}`);
    const challenge: Challenge = { scheme, token68: null, params: [] };
    challenges.push(challenge);
    if (i >= n) break;
    if (s[i] === ',') {
      skipSeparators();
      continue;
    }
    if (!isWs(s.charCodeAt(i))) return fail(`expected a space after the scheme "${scheme}" ${at(s, i)}`);
    skipWs();
    if (i >= n) break;
    if (s[i] === ',') {
      skipSeparators();
      continue;
    }
    // token68, or the first auth-param: read the longest token68 run and look at what follows.
    const start = i;
    while (i < n && isToken68Char(s.charCodeAt(i))) i++;
    let j = i;
    while (j < n && s[j] === '=') j++;
    let k = j;
    while (k < n && isWs(s.charCodeAt(k))) k++;
    if (j > start && (k >= n || s[k] === ',')) {
      // token68 (with or without padding) ends the challenge; a lone token without '=' is token68 too.
      challenge.token68 = s.slice(start, j);
      i = k;
      if (i < n) skipSeparators();
      continue;
    }
    i = start;
    // #auth-param, separated by commas; a token not followed by '=' after a comma starts the next challenge.
    for (;;) {
      const nameStart = i;
      const name = token();
      if (!name) return fail(`expected a parameter name ${at(s, i)}`);
      skipWs();
      if (s[i] !== '=') {
        if (challenge.params.length === 0) return fail(`expected "=" after the parameter "${name}" ${at(s, i)}`);
        // The start of the next challenge.
        i = nameStart;
        break;
      }
      i++;
      skipWs();
      let paramValue: string;
      let isQuoted = false;
      if (s[i] === '"') {
        const q = quoted();
        if (typeof q !== 'string') return fail(`${q.error} (parameter "${name}")`);
        paramValue = q;
        isQuoted = true;
      } else {
        paramValue = token();
        if (!paramValue) return fail(`the parameter "${name}" needs a token or a quoted string as its value ${at(s, i)}`);
      }
      challenge.params.push({ name, value: paramValue, quoted: isQuoted });
      skipWs();
      if (i >= n) break;
      if (s[i] !== ',') return fail(`expected "," between parameters ${at(s, i)}`);
      skipSeparators();
      if (i >= n) break;
      // Peek: token then '=' means another parameter of this challenge.
      const save = i;
      token();
      skipWs();
      const isParam = s[i] === '=';
      i = save;
      if (!isParam) break;
    }
  }
  return { challenges, error: null };
}

/** The auth-params of every challenge named `scheme` (case-insensitive, RFC 9110 §11.1). */
export function challengesOf(list: readonly Challenge[], scheme: string): Challenge[] {
  const lower = scheme.toLowerCase();
  return list.filter((c) => c.scheme.toLowerCase() === lower);
}

export function param(c: Challenge, name: string): AuthParam | undefined {
  const lower = name.toLowerCase();
  return c.params.find((p) => p.name.toLowerCase() === lower);
}
