/**
 * The CLI's logic in process (src/npm/cli.ts through runCli, with files, stdin and a local HTTP server):
 * exit statuses, thresholds, formats and the messages of bad input. tests/unit/package.test.ts runs the
 * installed command itself.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/npm/cli.ts';

const FILES: Record<string, string> = {
  '401-bare.txt': 'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"error":"unauthorized"}',
  '401-good.txt': 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"\nContent-Type: application/json\n\n{}',
  'not-http.txt': 'hello, world',
};

async function cli(argv: string[], opts: { stdin?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: async (path) => {
      const text = FILES[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    readStdin: async () => opts.stdin ?? '',
    fetch: globalThis.fetch,
    version: '9.9.9',
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

let server: Server;
let base: string;
const seen: Record<string, string | undefined>[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url, method: req.method, authorization: req.headers.authorization });
    if (req.url === '/bare') res.writeHead(401, { 'Content-Type': 'text/plain' }).end('no');
    else if (req.url === '/good') res.writeHead(401, { 'WWW-Authenticate': 'Bearer realm="api"', 'Content-Type': 'text/plain' }).end('no');
    else if (req.url === '/redirect') res.writeHead(302, { Location: '/good' }).end();
    else if (req.url === '/slow') setTimeout(() => res.writeHead(200).end('late'), 2000);
    else if (req.url === '/big') res.writeHead(200, { 'Content-Type': 'text/plain' }).end('x'.repeat(1_000_000));
    else res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('401-or-403 check FILE', () => {
  it('exits 1 on an error finding and names the rule and its RFC section', async () => {
    const r = await cli(['check', '401-bare.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('401-without-challenge');
    expect(r.stdout).toContain('RFC 9110 §15.5.2');
  });

  it('exits 0 on a correct response', async () => {
    const r = await cli(['check', '401-good.txt']);
    expect([r.code, r.stderr]).toEqual([0, '']);
  });

  it('reads stdin for -', async () => {
    expect((await cli(['check', '-'], { stdin: FILES['401-bare.txt']! })).code).toBe(1);
    expect((await cli(['check', '-'], { stdin: FILES['401-good.txt']! })).code).toBe(0);
  });

  it('writes JSON with --format json: findings with rule, severity, message and citation', async () => {
    const r = await cli(['check', '401-bare.txt', '--format', 'json']);
    const report = JSON.parse(r.stdout) as { version: string; status: number; failing: number; findings: { rule: string; severity: string; citation: { url: string } }[] };
    expect(report).toMatchObject({ version: '9.9.9', status: 401, failing: 1 });
    expect(report.findings.map((f) => f.rule)).toEqual(['401-without-challenge']);
    expect(report.findings[0]!.citation.url).toBe('https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2');
  });

  it('--fail-on sets the threshold: a warning fails only at warning or info', async () => {
    // A 403 to a request that carried no credentials: a warning (RFC 9110 §11.4's SHOULD), not an error.
    const args = ['check', '-', '--header', 'Accept: application/json', '--format', 'json'];
    const stdin = 'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{}';
    const found = JSON.parse((await cli(args, { stdin })).stdout) as { findings: { severity: string }[] };
    expect(found.findings.map((f) => f.severity)).toContain('warning');
    expect(found.findings.map((f) => f.severity)).not.toContain('error');
    expect((await cli(args, { stdin })).code).toBe(0);
    expect((await cli([...args, '--fail-on', 'warning'], { stdin })).code).toBe(1);
    expect((await cli([...args, '--fail-on', 'info'], { stdin })).code).toBe(1);
  });

  it('takes request facts from --header: an error code without credentials is its own finding', async () => {
    const stdin = 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api", error="invalid_token"\n\n';
    const rules = async (extra: string[]) =>
      (JSON.parse((await cli(['check', '-', '--format', 'json', ...extra], { stdin })).stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(await rules([])).not.toContain('bearer-error-without-credentials');
    expect(await rules(['--header', 'Accept: */*'])).toContain('bearer-error-without-credentials');
    expect(await rules(['--header', 'Authorization: Bearer abc'])).not.toContain('bearer-error-without-credentials');
  });

  it('--method alone says only the method; curl -v request lines say what the request carried', async () => {
    const forbidden = 'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{}';
    const rules = async (args: string[], stdin: string) =>
      (JSON.parse((await cli(['check', '-', '--format', 'json', ...args], { stdin })).stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(await rules(['--method', 'GET'], forbidden)).not.toContain('403-without-credentials');
    expect(await rules(['--header', 'Accept: */*'], forbidden)).toContain('403-without-credentials');
    const verbose = (auth: string) =>
      `> GET /orders/42 HTTP/1.1\n> Host: api.example.com\n${auth}> Accept: */*\n>\n< HTTP/1.1 403 Forbidden\n< Content-Type: application/json\n<\n{}`;
    expect(await rules([], verbose(''))).toContain('403-without-credentials');
    expect(await rules([], verbose('> Authorization: Bearer abc\n'))).not.toContain('403-without-credentials');
  });

  it('exits 2 with a clear message on what it cannot read', async () => {
    const missing = await cli(['check', 'nope.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read nope\.txt/);
    const garbage = await cli(['check', 'not-http.txt']);
    expect(garbage.code).toBe(2);
    expect(garbage.stderr).toMatch(/no HTTP response/);
  });
});

describe('401-or-403 usage', () => {
  it.each([
    [[], /Which command/],
    [['frobnicate'], /Unknown command “frobnicate”/],
    [['check'], /needs a FILE/],
    [['check', 'a', 'b'], /one FILE/],
    [['check', '401-good.txt', '--format', 'xml'], /--format must be one of text, json/],
    [['check', '401-good.txt', '--fail-on', 'fatal'], /--fail-on must be one of info, warning, error/],
    [['check', '401-good.txt', '--bogus'], /Unknown option '--bogus'/],
    [['check', '401-good.txt', '--header', 'no colon'], /--header needs “Name: value”/],
    [['check', '--url', 'ftp://example.com/'], /--url needs an http or https URL/],
    [['check', '--url', 'http://127.0.0.1/', 'file.txt'], /FILE or --url, not both/],
    [['check', '--url', 'http://127.0.0.1/', '--timeout', 'soon'], /--timeout must be a whole number/],
    [['check', '--url', 'http://127.0.0.1/', '--method', 'GE T'], /--method must be a method name/],
    [['vectors', 'extra'], /vectors takes no arguments/],
  ])('%j exits 2: %s', async (argv, message) => {
    const r = await cli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('--help');
  });

  it('--help and --version exit 0', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('401-or-403 check --url URL');
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: '9.9.9\n', stderr: '' });
  });

  it('vectors prints the test vectors', async () => {
    const r = await cli(['vectors']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { vectors: unknown[] }).vectors.length).toBeGreaterThan(100);
  });
});

describe('401-or-403 check --url', () => {
  it('a 401 without WWW-Authenticate exits 1; a proper one exits 0', async () => {
    expect((await cli(['check', '--url', `${base}/bare`])).code).toBe(1);
    expect((await cli(['check', '--url', `${base}/good`])).code).toBe(0);
  });

  it('sends --header and --method, and does not follow redirects', async () => {
    seen.length = 0;
    const r = await cli(['check', '--url', `${base}/redirect`, '--header', 'Authorization: Bearer t', '--method', 'HEAD', '--format', 'json']);
    expect((JSON.parse(r.stdout) as { status: number }).status).toBe(302);
    expect(seen).toEqual([{ path: '/redirect', method: 'HEAD', authorization: 'Bearer t' }]);
  });

  it('reads at most 64 KB of a body', async () => {
    expect((await cli(['check', '--url', `${base}/big`])).code).toBe(0);
  });

  it('exits 2 when the server does not answer in time, or cannot be reached', async () => {
    const slow = await cli(['check', '--url', `${base}/slow`, '--timeout', '200']);
    expect([slow.code, slow.stderr]).toEqual([2, expect.stringMatching(/no response within 200 ms/)]);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = await cli(['check', '--url', `http://127.0.0.1:${port}/`]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/ECONNREFUSED/);
  });
});
