/**
 * The npm package as a user gets it: `npm run package -- --pack` builds and packs it, the tarball is
 * installed offline into a temporary project, and there it is imported (Node 24, and the Node on PATH),
 * type-checked, run as a command (the checker's corpus, stdin, bad arguments, a live local server), and
 * its three README examples run against a small API, a correct one and a broken one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTCOMES, RULE_IDS, RULES, testVectors, type RuleId } from '../../src/decision/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkgJson = JSON.parse(readFileSync(join(root, 'package/package.json'), 'utf8')) as { name: string; version: string };
const tmp = mkdtempSync(join(tmpdir(), '401-or-403-package-'));
const project = join(tmp, 'project');
const installed = join(project, 'node_modules', pkgJson.name);
const bin = join(project, 'node_modules', '.bin', pkgJson.name);

/** Vitest marks its workers with VITEST_* variables; a nested run must not inherit them. */
const cleanEnv = (extra: Record<string, string> = {}) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|TINYPOOL|NODE_OPTIONS$)/.test(k))),
  ...extra,
});

function runSync(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: cleanEnv() });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command without blocking the event loop (the test's own HTTP servers must keep answering). */
function run(cmd: string, args: string[], opts: { cwd?: string; stdin?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd: opts.cwd ?? project, env: cleanEnv(opts.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}

const cli = (args: string[], opts: { stdin?: string } = {}) => run(bin, args, opts);

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

/**
 * The API the examples test: GET /orders/42 needs a Bearer token. The broken one forgets the challenge
 * of the anonymous 401 and the error code of the expired token's 401.
 */
function exampleApi(broken: boolean) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const json = { 'Content-Type': 'application/json' };
    if (req.url !== '/orders/42') return void res.writeHead(404, json).end('{"error":"not found"}');
    const auth = req.headers.authorization;
    if (!auth) return void res.writeHead(401, broken ? json : { ...json, 'WWW-Authenticate': 'Bearer realm="api"' }).end('{"error":"unauthorized"}');
    if (auth !== 'Bearer good-token') {
      const challenge = broken ? 'Bearer realm="api"' : 'Bearer realm="api", error="invalid_token", error_description="The access token expired"';
      return void res.writeHead(401, { ...json, 'WWW-Authenticate': challenge }).end('{"error":"invalid_token"}');
    }
    res.writeHead(200, { ...json, 'Cache-Control': 'private' }).end('{"id":42}');
  };
}

interface CorpusEntry {
  file: string;
  request?: { method?: string; authorization?: string; cookie?: boolean; origin?: string; navigation?: boolean };
  expected: string[];
}

/** A corpus entry's request facts as the command's options: what a user would pass for that request. */
function requestArgs(r: CorpusEntry['request']): string[] {
  if (!r) return [];
  const credentials: Record<string, string> = { bearer: 'Bearer abc', basic: 'Basic dXNlcjpwYXNz', digest: 'Digest username="user"', other: 'Token abc' };
  const headers = [
    ...(r.authorization && r.authorization !== 'none' ? [`Authorization: ${credentials[r.authorization]}`] : []),
    ...(r.cookie ? ['Cookie: session=abc'] : []),
    ...(r.origin ? [`Origin: ${r.origin}`] : []),
    ...(r.navigation === undefined ? [] : [`Sec-Fetch-Mode: ${r.navigation ? 'navigate' : 'cors'}`]),
  ];
  // "No Authorization" is said by giving the request's header fields without one.
  if (headers.length === 0 && r.authorization === 'none') headers.push('Accept: */*');
  return [...(r.method ? ['--method', r.method] : []), ...headers.flatMap((h) => ['--header', h])];
}

let tarball = '';
const servers: Server[] = [];

beforeAll(() => {
  const packDir = join(tmp, 'pack');
  runSync(process.execPath, [join(root, 'scripts/package.ts'), '--pack', packDir], root);
  tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz'))!);
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '0.0.0', private: true, type: 'module' }));
  // Offline: a tarball without dependencies needs no registry (the tests run without a network).
  runSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-update-notifier', '--ignore-scripts', tarball], project);
}, 120_000);

afterAll(() => {
  for (const s of servers) s.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('the tarball', () => {
  it('holds the built package, its README, CHANGELOG, id registry and examples, and no source', () => {
    const entries = runSync('tar', ['-tzf', tarball], tmp).trim().split('\n');
    for (const e of entries) expect(e).toMatch(/^package\/(package\.json|README\.md|CHANGELOG\.md|published-ids\.txt|dist\/.+\.(js|d\.ts)|examples\/[\w.]+)$/);
    for (const needed of ['package/dist/npm/index.js', 'package/dist/npm/index.d.ts', 'package/dist/npm/bin.js', 'package/dist/decision/check/index.js']) {
      expect(entries).toContain(needed);
    }
    expect(tarball.endsWith(`${pkgJson.name}-${pkgJson.version}.tgz`)).toBe(true);
  });

  it('installs with no dependency at all', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    for (const key of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies']) expect(manifest).not.toHaveProperty(key);
    expect(readdirSync(join(project, 'node_modules')).filter((e) => !e.startsWith('.'))).toEqual([pkgJson.name]);
  });

  it('imports nothing outside itself, and only the CLI uses Node modules', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
    const bad: string[] = [];
    let seen = 0;
    for (const file of files(join(installed, 'dist'))) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\b(?:from|import)\s*\(?\s*(["'])([^"']+)\1/g)) {
        const spec = m[2]!;
        seen++;
        const where = relative(installed, file);
        if (spec.startsWith('node:')) {
          if (!/^dist\/npm\/(cli|bin)\.(js|d\.ts)$/.test(where)) bad.push(`${where}: ${spec}`);
          continue;
        }
        const target = resolve(dirname(file), file.endsWith('.d.ts') ? spec.replace(/\.js$/, '.d.ts') : spec);
        if (!spec.startsWith('./') && !spec.startsWith('../')) bad.push(`${where}: ${spec}`);
        else if (relative(installed, target).startsWith('..') || !existsSync(target)) bad.push(`${where}: ${spec} (missing)`);
      }
    }
    expect(seen).toBeGreaterThan(50);
    expect(bad).toEqual([]);
  });
});

describe('imported in a project', () => {
  const consumer = `
    import { checkExchange, decide, fromQuery, OUTCOMES, RULES, testVectors, toQuery } from '401-or-403';
    const d = fromQuery('?scheme=basic&client=programmatic&checked-by=origin&client-blocked=no&route-exists=yes&requires-auth=yes&credentials-sent=no&anonymous-caller=challenge');
    const slug = d.current.kind === 'outcome' ? d.current.slug : null;
    console.log(JSON.stringify({
      slug,
      status: slug && OUTCOMES[slug].status,
      quote: slug && OUTCOMES[slug].citations[0].quote.slice(0, 30),
      query: toQuery(d.path, d.settings),
      proxy: decide([['checked-by', 'proxy']]).current,
      findings: checkExchange({ response: 'HTTP/1.1 401 Unauthorized\\n\\n' }).findings.map((f) => f.rule),
      vectors: testVectors().vectors.length,
      rules: Object.keys(RULES).length,
    }));
  `;
  const expected = {
    slug: 'authentication-required',
    status: 401,
    quote: OUTCOMES['authentication-required'].citations[0].quote.slice(0, 30),
    query: '?scheme=basic&client=programmatic&checked-by=origin&client-blocked=no&route-exists=yes&requires-auth=yes&credentials-sent=no&anonymous-caller=challenge',
    proxy: { kind: 'outcome', slug: 'proxy-authentication-required' },
    vectors: testVectors().vectors.length,
    rules: RULE_IDS.length,
  };

  it('works in Node 24: decide, the outcomes, the share-URL codec, the vectors, the checker', async () => {
    writeFileSync(join(project, 'consumer.mjs'), consumer);
    const r = await run(process.execPath, ['consumer.mjs']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as typeof expected & { findings: string[] };
    expect(out).toMatchObject(expected);
    expect(out.findings).toContain('401-without-challenge');
  });

  // Another Node than the one running the tests (Debian's, say), found on PATH: the package claims Node >= 20.
  const otherNode = (process.env['PATH'] ?? '')
    .split(':')
    .map((dir) => join(dir, 'node'))
    .map((path) => ({ path, version: existsSync(path) ? (spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '') : '' }))
    .find((n) => Number(/^v(\d+)/.exec(n.version)?.[1] ?? 0) >= 20 && n.version !== process.version);
  it.skipIf(!otherNode)(`works in another Node too (${otherNode ? `${otherNode.path} ${otherNode.version}` : 'skipped: none on PATH'}; the package asks for >= 20)`, async () => {
    writeFileSync(join(project, 'consumer.mjs'), consumer);
    const r = await run(otherNode!.path, ['consumer.mjs']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject(expected);
  });

  it('type-checks with nothing but its own declarations (no DOM, no @types/node)', () => {
    writeFileSync(
      join(project, 'consumer.ts'),
      `import { testVectors, type OutcomeSlug, type TestVector, type CheckReport, checkExchange, OUTCOMES } from '401-or-403';
       const v: TestVector = testVectors().vectors[0]!;
       const slug: OutcomeSlug = v.outcome;
       const report: CheckReport = checkExchange({ response: '' });
       export const status: number = OUTCOMES[slug].status + report.findings.length;
       // @ts-expect-error: not an outcome slug
       export const wrong: OutcomeSlug = 'teapot';
      `,
    );
    const config = { compilerOptions: { strict: true, module: 'nodenext', target: 'es2022', lib: ['es2022'], types: [], noEmit: true, skipLibCheck: false }, files: ['consumer.ts'] };
    writeFileSync(join(project, 'tsconfig.consumer.json'), JSON.stringify(config));
    const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.consumer.json'], { cwd: project, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 30_000);
});

describe('the installed command', () => {
  it('--version prints the package version; --help the usage', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${pkgJson.version}\n`, stderr: '' });
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fail-on info|warning|error');
  });

  it('gives exactly the expected findings and exit status on every response of the corpus', async () => {
    const corpus = JSON.parse(readFileSync(join(root, 'tests/corpus/corpus.json'), 'utf8')) as CorpusEntry[];
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    const results: string[] = [];
    // A few at a time: each run is a Node process.
    for (let i = 0; i < corpus.length; i += 4) {
      await Promise.all(
        corpus.slice(i, i + 4).map(async (e) => {
          const r = await cli(['check', join(root, 'tests/corpus', e.file), '--format', 'json', ...requestArgs(e.request)]);
          const rules = (JSON.parse(r.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule).sort();
          // Exit 1 exactly when an expected rule is an error (the default --fail-on); the severities are the rules' data.
          const code = e.expected.some((id) => RULES[id as RuleId].severity === 'error') ? 1 : 0;
          const want = JSON.stringify([[...e.expected].sort(), code]);
          const got = JSON.stringify([rules, r.code]);
          if (got !== want) results.push(`${e.file}: got ${got}, expected ${want} ${r.stderr}`);
        }),
      );
    }
    expect(results).toEqual([]);
  }, 60_000);

  it('checks a response on stdin', async () => {
    expect((await cli(['check', '-'], { stdin: 'HTTP/1.1 401 Unauthorized\nContent-Type: text/plain\n\nno' })).code).toBe(1);
    expect((await cli(['check', '-'], { stdin: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="x"\n\nno' })).code).toBe(0);
  });

  it.each([[['check']], [['check', 'missing-file.txt']], [['check', '-', '--format', 'xml']], [['--bogus']], [['check', '--url', 'not a url']]])(
    '%j exits 2 with a message',
    async (args) => {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^401-or-403: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('checks a live endpoint: a 401 without WWW-Authenticate exits 1, a proper 401 exits 0', async () => {
    const { server, url } = await listen(exampleApi(false));
    const broken = await listen(exampleApi(true));
    servers.push(server, broken.server);
    const bad = await cli(['check', '--url', `${broken.url}/orders/42`, '--format', 'json']);
    expect(bad.code).toBe(1);
    expect((JSON.parse(bad.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toContain('401-without-challenge');
    expect((await cli(['check', '--url', `${url}/orders/42`])).code).toBe(0);
    expect((await cli(['check', '--url', `${url}/orders/42`, '--header', 'Authorization: Bearer expired-token'])).code).toBe(0);
  });
});

describe('the README examples, run against a correct and a broken API', () => {
  let good = '';
  let broken = '';
  beforeAll(async () => {
    // The examples ship in the package; they run from the project, with the test tools of this repository.
    cpSync(join(installed, 'examples'), project, { recursive: true });
    for (const dep of ['vitest', '@playwright', 'playwright', 'playwright-core', 'typescript', '@types']) {
      symlinkSync(join(root, 'node_modules', dep), join(project, 'node_modules', dep));
    }
    const a = await listen(exampleApi(false));
    const b = await listen(exampleApi(true));
    servers.push(a.server, b.server);
    good = a.url;
    broken = b.url;
  });

  it('type-check against the package’s declarations', () => {
    const config = {
      compilerOptions: { strict: true, module: 'nodenext', target: 'es2022', types: ['node'], noEmit: true, skipLibCheck: true, noPropertyAccessFromIndexSignature: true },
      files: ['orders.test.ts', 'orders.spec.ts'],
    };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(config));
    const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
  }, 60_000);

  it('Vitest', async () => {
    const vitest = (api: string) => run(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'orders.test.ts'], { env: { API_URL: api } });
    const ok = await vitest(good);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/2 passed/);
    const failed = await vitest(broken);
    expect(failed.code).toBe(1);
    expect(failed.stdout + failed.stderr).toMatch(/1 failed/);
  }, 60_000);

  const pytest = spawnSync('python3', ['-m', 'pytest', '--version'], { encoding: 'utf8' });
  it.skipIf(pytest.status !== 0)(`pytest, reading the vectors the command writes${pytest.status === 0 ? '' : ' (skipped: python3 -m pytest is not installed)'}`, async () => {
    const vectors = await cli(['vectors']);
    expect(vectors.code).toBe(0);
    writeFileSync(join(project, 'test-vectors.json'), vectors.stdout);
    const py = (api: string) => run('python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'test_vectors.py'], { env: { API_URL: api, TEST_VECTORS: 'test-vectors.json' } });
    const ok = await py(good);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/2 passed/);
    const failed = await py(broken);
    expect(failed.code, failed.stdout).toBe(1);
    expect(failed.stdout).toMatch(/2 failed/);
  }, 60_000);

  it('Playwright (API test, no browser)', async () => {
    const pw = (api: string) =>
      run(process.execPath, [join(root, 'node_modules/@playwright/test/cli.js'), 'test', 'orders.spec.ts', '--reporter=line', '--workers=1'], { env: { API_URL: api } });
    const ok = await pw(good);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/1 passed/);
    const failed = await pw(broken);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/1 failed/);
  }, 60_000);
});
