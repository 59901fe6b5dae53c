/**
 * Reads a pasted response: `curl -i` output (several responses for redirects or 100 Continue: the last
 * counts), `curl -v` output (`< ` lines), a status line and headers copied from a browser, or an HTTP/2
 * dump with a `:status` pseudo-header. Never throws; bounded work (the paste is cut at MAX_INPUT_CHARS,
 * lines at MAX_LINE_CHARS, headers at MAX_HEADERS) and no regular expression that can backtrack.
 * What cannot be read becomes an InputProblem, never an exception.
 */
import type { HeaderLine, InputProblem, ParsedResponse } from './types.ts';

export const MAX_INPUT_CHARS = 256 * 1024;
export const MAX_LINE_CHARS = 16 * 1024;
export const MAX_HEADERS = 200;
export const MAX_BODY_CHARS = 64 * 1024;

export interface ParseResult {
  parsed: ParsedResponse | null;
  problems: InputProblem[];
}

/** What the rules need beyond the public result: the fields that arrived folded (obs-fold). */
export interface ParseDetail extends ParseResult {
  folded: { name: string; line: number }[];
}

const STATUS_LINE = /^HTTP\/(\d(?:\.\d)?)[ \t]+(\d{3})(?:[ \t]+([^\r\n]*))?$/i;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

const isBlank = (line: string) => line.trim() === '';
const isWs = (c: string | undefined) => c === ' ' || c === '\t';

function controlCount(text: string): { total: number; nul: number } {
  let total = 0;
  let nul = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || c === 0xfffd) {
      total++;
      if (c === 0) nul++;
    }
  }
  return { total, nul };
}

/**
 * Strips curl -v's markers: `< ` (response) is kept, `> ` (request), `* ` (info) and `{ `/`} ` are dropped.
 * Returns the lines and their 1-based numbers in the paste (parallel arrays: a paste may hold 256 K lines).
 */
function unverbose(lines: string[]): { texts: string[]; numbers: number[] | null } {
  if (!lines.some((l) => l.startsWith('< HTTP/'))) return { texts: lines, numbers: null };
  const texts: string[] = [];
  const numbers: number[] = [];
  lines.forEach((text, i) => {
    if (text.startsWith('< ') || text === '<') {
      texts.push(text.slice(2));
      numbers.push(i + 1);
    } else if (!/^[>*{}] |^[>*]$/.test(text)) {
      texts.push(text);
      numbers.push(i + 1);
    }
  });
  return { texts, numbers };
}

export function parseDetail(input: unknown): ParseDetail {
  const problems: InputProblem[] = [];
  const folded: { name: string; line: number }[] = [];
  const none = (): ParseDetail => ({ parsed: null, problems, folded });
  if (typeof input !== 'string') {
    problems.push({ message: 'Nothing to read: the response must be text.' });
    return none();
  }
  let text = input;
  if (text.length > MAX_INPUT_CHARS) {
    problems.push({
      message: `The paste is ${Math.round(text.length / 1024)} KB; only the first ${MAX_INPUT_CHARS / 1024} KB are read (the status line and headers are at the top, so nothing the rules need is lost unless the headers alone are this long).`,
    });
    text = text.slice(0, MAX_INPUT_CHARS);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    problems.push({ message: 'The paste is empty: paste a response, starting with its status line (for example HTTP/1.1 401 Unauthorized), then its headers.' });
    return none();
  }
  const controls = controlCount(text);
  if (controls.nul > 0 || controls.total > Math.max(8, text.length / 100)) {
    problems.push({
      message: `The paste holds ${controls.total} control character${controls.total === 1 ? '' : 's'}${controls.nul ? ` (${controls.nul} NUL)` : ''}: is it binary data? Paste the response as text (curl -i prints it).`,
    });
  }

  const { texts, numbers } = unverbose(text.split(/\r?\n/));
  const lineOf = (i: number) => (numbers ? numbers[i]! : i + 1);
  // A response starts with a status line at the top or after a blank line.
  const starts: number[] = [];
  let previousBlank = true;
  for (let i = 0; i < texts.length; i++) {
    const l = texts[i]!;
    if (previousBlank && l.length <= MAX_LINE_CHARS && l.charCodeAt(0) !== 0x20 && STATUS_LINE.test(l.trimEnd())) starts.push(i);
    previousBlank = isBlank(l);
  }

  let httpVersion: string | null = null;
  let status: number | null = null;
  let reason = '';
  let first: number;
  if (starts.length > 0) {
    const start = starts[starts.length - 1]!;
    if (starts.length > 1) {
      problems.push({
        message: `The paste holds ${starts.length} responses (redirects followed, or a 100 Continue first); the checker reads the last one, from line ${lineOf(start)}.`,
        line: lineOf(start),
      });
    }
    const m = STATUS_LINE.exec(texts[start]!.trimEnd())!;
    httpVersion = m[1]!;
    status = Number(m[2]);
    reason = (m[3] ?? '').trim();
    first = start + 1;
    const skipped = texts.slice(0, starts[0]).findIndex((l) => !isBlank(l));
    if (skipped >= 0) problems.push({ message: `Line ${lineOf(skipped)} comes before the first status line and is ignored.`, line: lineOf(skipped) });
  } else {
    first = texts.findIndex((l) => !isBlank(l));
  }

  const headers: HeaderLine[] = [];
  let i = first;
  let capped = false;
  for (; i < texts.length; i++) {
    const raw = texts[i]!;
    const line = lineOf(i);
    if (isBlank(raw)) break;
    let l = raw;
    if (l.length > MAX_LINE_CHARS) {
      problems.push({ message: `Line ${line} is ${l.length} characters long; only the first ${MAX_LINE_CHARS} are read.`, line });
      l = l.slice(0, MAX_LINE_CHARS);
    }
    if (isWs(l[0])) {
      const previous = headers[headers.length - 1];
      if (previous) {
        // obs-fold (RFC 9112 §5.2): a user agent replaces the fold with a space; the rule reports it.
        previous.value = `${previous.value} ${l.trim()}`.trim();
        folded.push({ name: previous.name, line });
      } else {
        problems.push({ message: `Line ${line} starts with white space but continues no header; it is ignored.`, line });
      }
      continue;
    }
    // A pseudo-header (":status: 401") has its name after a leading colon.
    const colon = l.indexOf(':', l.startsWith(':') ? 1 : 0);
    const name = colon > 0 ? l.slice(0, colon) : '';
    const bare = name.startsWith(':') ? name.slice(1) : name;
    if (!bare || !TOKEN.test(bare.trimEnd())) {
      if (status === null && headers.length === 0 && /^\d{3}\b/.test(l.trim())) {
        problems.push({ message: `Line ${line} looks like a bare status; write the whole status line, for example HTTP/1.1 ${l.trim().slice(0, 3)}.`, line });
      } else {
        problems.push({ message: `Line ${line} is not a header field ("Name: value") and is ignored: ${JSON.stringify(l.slice(0, 60))}.`, line });
      }
      continue;
    }
    if (bare !== bare.trimEnd()) {
      problems.push({ message: `Line ${line} has white space between the field name and the colon, which HTTP/1.1 forbids (a server must reject such a message, RFC 9112 §5.1); read as "${bare.trimEnd()}".`, line });
    }
    const value = l.slice(colon + 1).replace(/^[ \t]+/, '').replace(/[ \t]+$/, '');
    if (name.startsWith(':')) {
      if (bare.toLowerCase() === 'status') {
        const n = /^\d{3}$/.test(value) ? Number(value) : NaN;
        if (status === null && !Number.isNaN(n)) status = n;
        else if (Number.isNaN(n)) problems.push({ message: `Line ${line}: ":status" must be three digits, not ${JSON.stringify(value.slice(0, 20))}.`, line });
      }
      // Other pseudo-headers (:authority, :path …) belong to requests; nothing to check.
      continue;
    }
    if (headers.length >= MAX_HEADERS) {
      capped = true;
      continue;
    }
    headers.push({ name: bare.trimEnd(), value });
  }
  if (capped) problems.push({ message: `The response has more than ${MAX_HEADERS} header lines; only the first ${MAX_HEADERS} are read.` });

  if (status === null) {
    problems.push({
      message: 'No status found. Start the paste with the status line (for example HTTP/1.1 401 Unauthorized or HTTP/2 401), or include the ":status: 401" line of an HTTP/2 dump.',
    });
    return none();
  }
  if (status < 100 || status > 599) problems.push({ message: `Status ${status} is outside the range HTTP defines (100 to 599, RFC 9110 §15); it is read as given.` });

  // The body, up to MAX_BODY_CHARS: joined line by line so that 256 K short lines cost no more than needed.
  let body = '';
  for (let j = i + 1; j < texts.length && body.length < MAX_BODY_CHARS; j++) body += (j > i + 1 ? '\n' : '') + texts[j]!;
  if (body.length > MAX_BODY_CHARS) body = body.slice(0, MAX_BODY_CHARS);
  return { parsed: { httpVersion, status, reason, headers, body }, problems, folded };
}

export function parseResponse(text: string): ParseResult {
  const { parsed, problems } = parseDetail(text);
  return { parsed, problems };
}
