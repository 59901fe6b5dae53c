/**
 * The package's command line, made for CI:
 *
 *   401-or-403 check FILE|-             a saved exchange (curl -i / curl -v output, a pasted response)
 *   401-or-403 check --url URL          a live endpoint (fetched once, redirects not followed)
 *   401-or-403 vectors                  the test vectors as JSON (what /test-vectors.json holds)
 *
 * Exit status: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage, read or network
 * error. All input and output goes through `io`, so the tests run it without a process.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  checkExchange,
  PARAPHRASE_LABEL,
  refLink,
  requestFactsFromHeaders,
  RULES,
  SEVERITIES,
  testVectors,
  type CheckReport,
  type RequestFacts,
  type Severity,
} from '../decision/index.ts';
import { responseText } from './exchange.ts';

export const EXIT = { ok: 0, findings: 1, error: 2 } as const;
export const FORMATS = ['text', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** How much of a fetched body is kept: the checker reads headers; a body only matters for a few rules. */
export const MAX_BODY_BYTES = 64 * 1024;
export const DEFAULT_TIMEOUT_MS = 10_000;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
  fetch: typeof globalThis.fetch;
  /** The package's version, for --version and the JSON report. */
  version: string;
}

export const USAGE = `Usage:
  401-or-403 check FILE [options]          check a saved response (curl -i or curl -v output); FILE - reads stdin
  401-or-403 check --url URL [options]     fetch URL once (redirects not followed) and check the response
  401-or-403 vectors                       print the test vectors (JSON)

Options:
  --header 'Name: value'   a header field of the request (repeatable): with --url it is sent; with FILE it
                           tells the checker what the request carried (Authorization, Cookie, Origin, …)
  --method METHOD          the request method (default GET)
  --format text|json       output (default text)
  --fail-on info|warning|error
                           exit 1 when a finding is at least this severe (default error)
  --timeout MS             with --url: give up after MS milliseconds (default ${DEFAULT_TIMEOUT_MS})
  -h, --help               this text
  -v, --version            the package's version

Exit status: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage, read or network error.`;

const OPTIONS = {
  url: { type: 'string' },
  header: { type: 'string', short: 'H', multiple: true },
  method: { type: 'string', short: 'X' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

/** A field name or a method: a token (RFC 9110 §5.6.2). */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** A usage error: printed with a pointer to --help, exit 2. */
class UsageError extends Error {}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

function oneOf<T extends string>(list: readonly T[], value: string | undefined, option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!isOneOf(list, value)) throw new UsageError(`--${option} must be one of ${list.join(', ')}, not “${value}”.`);
  return value;
}

/** Header lines as given: "Name: value", with a token name. */
function headerLines(values: readonly string[]): [string, string][] {
  return values.map((line) => {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!TOKEN.test(name)) throw new UsageError(`--header needs “Name: value”, not “${line}”.`);
    return [name, line.slice(colon + 1).trim()];
  });
}

/** The response fetched once, as the checker reads it: status line, fields, at most MAX_BODY_BYTES of content. */
async function fetchExchange(io: CliIo, url: string, method: string, headers: [string, string][], timeoutMs: number): Promise<string> {
  const res = await io.fetch(url, { method, headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  let body = '';
  if (res.body && method !== 'HEAD') {
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let bytes = 0;
    while (bytes < MAX_BODY_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      const chunk = value.subarray(0, MAX_BODY_BYTES - bytes);
      bytes += chunk.byteLength;
      body += decoder.decode(chunk, { stream: true });
    }
    body += decoder.decode();
    await reader.cancel().catch(() => {});
  }
  return responseText({ status: res.status, statusText: res.statusText, headers: res.headers, body });
}

/** Why a fetch failed, in one line: the cause's code and message when Node gives one. */
function networkMessage(url: string, error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `${url}: no response within ${timeoutMs} ms.`;
  const cause = e?.cause ? ` (${[e.cause.code, e.cause.message].filter(Boolean).join(': ')})` : '';
  return `${url}: ${e?.message ?? String(error)}${cause}.`;
}

const rank = (s: Severity) => SEVERITIES.indexOf(s);

function report(source: string, result: CheckReport, failOn: Severity, version: string) {
  const findings = result.findings.map((f) => {
    const rule = RULES[f.rule];
    const link = refLink('ref' in rule.citation ? rule.citation.ref : rule.citation.source);
    return { ...f, title: rule.title, citation: { label: link.label, url: link.url, paraphrased: link.paraphrased }, ...(rule.outcome ? { outcome: rule.outcome } : {}) };
  });
  const failing = result.findings.filter((f) => rank(f.severity) >= rank(failOn)).length;
  return {
    tool: '401-or-403',
    version,
    source,
    status: result.parsed?.status ?? null,
    failOn,
    failing,
    findings,
    problems: result.problems,
  };
}

function textReport(r: ReturnType<typeof report>): string {
  const head = r.status === null ? `${r.source}: no response could be read` : `${r.source}: ${r.status}`;
  const lines = [head];
  for (const p of r.problems) lines.push(`  note     ${p.line ? `line ${p.line}: ` : ''}${p.message}`);
  for (const f of r.findings) {
    lines.push(`  ${f.severity.padEnd(8)} ${f.rule}  ${f.message}`);
    lines.push(`           ${f.citation.label}${f.citation.paraphrased ? ` (${PARAPHRASE_LABEL})` : ''} ${f.citation.url}`);
  }
  const counts = SEVERITIES.map((s) => [s, r.findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  lines.push(
    r.findings.length === 0
      ? 'No findings.'
      : `${r.findings.length} finding${r.findings.length === 1 ? '' : 's'} (${counts.join(', ')}); ${r.failing} at or above ${r.failOn}.`,
  );
  return `${lines.join('\n')}\n`;
}

async function check(io: CliIo, values: ReturnType<typeof parse>['values'], positionals: string[]): Promise<number> {
  const format = oneOf(FORMATS, values.format, 'format', 'text');
  const failOn = oneOf(SEVERITIES, values['fail-on'], 'fail-on', 'error');
  const headers = headerLines(values.header ?? []);
  const method = values.method ?? 'GET';
  if (!TOKEN.test(method)) throw new UsageError(`--method must be a method name, not “${method}”.`);
  const timeout = values.timeout === undefined ? DEFAULT_TIMEOUT_MS : Number(values.timeout);
  if (!Number.isInteger(timeout) || timeout <= 0) throw new UsageError(`--timeout must be a whole number of milliseconds, not “${values.timeout}”.`);

  let source: string;
  let response: string;
  if (values.url !== undefined) {
    if (positionals.length > 0) throw new UsageError('check takes a FILE or --url, not both.');
    if (!URL.canParse(values.url) || !/^https?:$/.test(new URL(values.url).protocol)) throw new UsageError(`--url needs an http or https URL, not “${values.url}”.`);
    source = values.url;
    try {
      response = await fetchExchange(io, values.url, method, headers, timeout);
    } catch (error) {
      io.stderr(`401-or-403: ${networkMessage(values.url, error, timeout)}\n`);
      return EXIT.error;
    }
  } else {
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'check needs a FILE (or - for stdin) or --url URL.' : 'check takes one FILE.');
    const file = positionals[0]!;
    source = file === '-' ? 'stdin' : file;
    try {
      response = file === '-' ? await io.readStdin() : await io.readFile(file);
    } catch (error) {
      io.stderr(`401-or-403: cannot read ${source}: ${(error as Error).message}\n`);
      return EXIT.error;
    }
  }

  // What the request carried: curl -v's request lines (`> `) in a saved exchange, then --header, then --method.
  // A saved response with none of them says nothing about the request, and the checker then does not guess.
  const sent = values.url === undefined ? response.split(/\r?\n/).filter((l) => l.startsWith('> ')).map((l) => l.slice(2)) : [];
  const lines = [...sent, ...headers.map(([n, v]) => `${n}: ${v}`)];
  const given = values.method === undefined ? {} : { method };
  const facts: RequestFacts | undefined =
    values.url !== undefined ? { ...requestFactsFromHeaders(lines), method } : lines.length > 0 ? { ...requestFactsFromHeaders(lines), ...given } : values.method === undefined ? undefined : given;
  const result = checkExchange(facts ? { response, request: facts } : { response });
  const r = report(source, result, failOn, io.version);
  if (format === 'json') io.stdout(`${JSON.stringify(r, null, 2)}\n`);
  else io.stdout(textReport(r));
  if (result.parsed === null) {
    io.stderr(`401-or-403: ${source} holds no HTTP response the checker can read.\n`);
    return EXIT.error;
  }
  return r.failing > 0 ? EXIT.findings : EXIT.ok;
}

function parse(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parse(argv);
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (values.version) {
      io.stdout(`${io.version}\n`);
      return EXIT.ok;
    }
    const [command, ...rest] = positionals;
    switch (command) {
      case 'check':
        return await check(io, values, rest);
      case 'vectors':
        if (rest.length > 0) throw new UsageError('vectors takes no arguments.');
        io.stdout(`${JSON.stringify(testVectors())}\n`);
        return EXIT.ok;
      case undefined:
        throw new UsageError('Which command? check or vectors.');
      default:
        throw new UsageError(`Unknown command “${command}”: check or vectors.`);
    }
  } catch (error) {
    // parseArgs throws TypeErrors with a code for unknown options and missing values.
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!usage) throw error;
    io.stderr(`401-or-403: ${(error as Error).message}\nRun 401-or-403 --help for usage.\n`);
    return EXIT.error;
  }
}
