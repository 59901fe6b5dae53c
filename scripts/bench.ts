/**
 * `npm run bench`: builds the site, prints per page the bytes of HTML, CSS and JavaScript it ships
 * (raw and gzip) and the build time, checks the budgets, then runs Lighthouse on one page of each
 * kind. Prints numbers; exits non-zero when a budget is broken. `--no-lighthouse` skips the audit.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumBinary } from './chromium.ts';
import { checkRulePath, excerptPath, historyPath, normalizeBase, outcomePath, PAGES, questionPath, stackPath } from '../src/routes.ts';
import { pageScripts } from './lib/site-check.ts';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const BASE = normalizeBase(process.env.BASE_PATH);
const WIZARD_JS_BUDGET_GZIP = 85 * 1024;
/** Outcome pages (copy buttons, "how you got here"), the 404 page (suggestions) and the search page may ship a tiny script, no framework. */
const SMALL_SCRIPT_PAGES = /^\/(outcomes\/[a-z-]+\/|404\.html|search\/)$/;
const SMALL_SCRIPT_BUDGET_GZIP = 2 * 1024;
/** The response checker's island: its own code (the checker, the share codec, the form) beyond Preact's runtime. Rule pages ship none. */
const CHECKER_JS_BUDGET_GZIP = 15 * 1024;
/** Chunks of the framework (Preact, its hooks and JSX runtime, Astro's island client), shared by every island. */
const FRAMEWORK_CHUNK = /(?:^|\/)(?:client|preact\.module|hooks\.module|signals\.module|jsxRuntime\.module|jsx-runtime|preload-helper)[.-]/;
const failures: string[] = [];

const started = performance.now();
execFileSync('npx', ['astro', 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const buildSeconds = (performance.now() - started) / 1000;

const size = (text: string) => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text).length });
const kb = (n: number) => `${(n / 1024).toFixed(1)}`;

const htmlFiles = (readdirSync(dist, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.html') && !readFileSync(join(dist, f), 'utf8').includes('http-equiv="refresh"'))
  .sort();
const rows: string[][] = [];
let mermaidInJs = false;
for (const f of htmlFiles) {
  const html = readFileSync(join(dist, f), 'utf8');
  const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  const { inline, files } = pageScripts(dist, BASE, html, join(dist, dirname(f)));
  const js = [...inline, ...[...files].map((x) => readFileSync(x, 'utf8'))];
  if (js.some((code) => /mermaid/i.test(code))) mermaidInJs = true;
  const jsSize = js.reduce((acc, code) => ({ raw: acc.raw + size(code).raw, gzip: acc.gzip + size(code).gzip }), { raw: 0, gzip: 0 });
  const page = `/${posix.normalize(f.replaceAll('\\', '/')).replace(/index\.html$/, '')}`;
  const h = size(html);
  const c = size(css);
  rows.push([page, kb(h.raw), kb(h.gzip), kb(c.raw), kb(c.gzip), kb(jsSize.raw), kb(jsSize.gzip), String(files.size)]);
  const isWizard = page === '/';
  const isChecker = page === `/${PAGES.check}`;
  if (isChecker) {
    const own = [...files].filter((x) => !FRAMEWORK_CHUNK.test(relative(dist, x)));
    // Astro's inline island loader is framework too (the same on every island page); the page has no other inline script.
    const ownGzip = own.reduce((n, x) => n + size(readFileSync(x, 'utf8')).gzip, 0);
    console.log(`checker page loads: ${[...files].map((x) => relative(dist, x)).join(', ')}; beyond the framework: ${kb(ownGzip)} KB gzip (budget ${kb(CHECKER_JS_BUDGET_GZIP)})`);
    if (ownGzip > CHECKER_JS_BUDGET_GZIP) failures.push(`${page} ships ${kb(ownGzip)} KB gzip of JavaScript beyond the framework (budget 15)`);
  } else if (SMALL_SCRIPT_PAGES.test(page)) {
    const framework = [...files].some((f) => /preact|hooks\.module|signals|client\.|Wizard/.test(f));
    if (framework || jsSize.gzip > SMALL_SCRIPT_BUDGET_GZIP) failures.push(`${page} ships ${jsSize.gzip} bytes gzip of JavaScript in ${files.size} file(s) (budget: 2 KB gzip, no framework)`);
  } else if (!isWizard && (jsSize.raw > 0 || files.size > 0)) failures.push(`${page} ships ${jsSize.raw} bytes of JavaScript (budget 0)`);
  if (isWizard && jsSize.gzip > WIZARD_JS_BUDGET_GZIP) failures.push(`${page} ships ${kb(jsSize.gzip)} KB gzip of JavaScript (budget 85)`);
  if (isWizard) {
    const names = [...files].map((x) => relative(dist, x));
    const extra = names.filter((n) => !/(Wizard|client|preact|hooks|signals|preload-helper|index|jsx-runtime|decision)[.-]/i.test(n));
    console.log(`wizard page loads: ${names.join(', ')}`);
    if (extra.length > 0) console.log(`  (check these belong to the island: ${extra.join(', ')})`);
  }
}
if (mermaidInJs) failures.push('mermaid code found in shipped JavaScript');

const header = ['page', 'HTML KB', 'gz', 'CSS KB', 'gz', 'JS KB', 'gz', 'JS files'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
console.log(`\nbuild: ${buildSeconds.toFixed(1)} s for ${htmlFiles.length} pages\n`);
console.log(line(header));
for (const r of rows) console.log(line(r));

if (!process.argv.includes('--no-lighthouse')) {
  const port = 4330;
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], { cwd: root, stdio: 'ignore', detached: true });
  try {
    await waitFor(`http://127.0.0.1:${port}/`);
    const targets = [PAGES.home, outcomePath('forbidden'), questionPath('permitted'), PAGES.flowchart, excerptPath(9110, '15.5.4'), historyPath('403'), PAGES.check, checkRulePath('401-without-challenge'), stackPath('spring')];
    console.log('\nLighthouse (performance / accessibility / best practices / SEO):');
    for (const t of targets) {
      const out = mkdtempSync(join(tmpdir(), 'lh-'));
      const report = join(out, 'report.json');
      execFileSync('npx', ['lighthouse', `http://127.0.0.1:${port}/${t}`, '--quiet', '--output=json', `--output-path=${report}`, '--only-categories=performance,accessibility,best-practices,seo', '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'], { cwd: root, stdio: 'ignore', env: { ...process.env, CHROME_PATH: chromiumBinary() } });
      const { categories } = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number }> };
      const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map((k) => Math.round((categories[k]?.score ?? 0) * 100));
      console.log(`  /${t.padEnd(36)} ${scores.join(' / ')}`);
      if (scores.some((s) => s < 100)) failures.push(`Lighthouse below 100 on /${t}: ${scores.join('/')}`);
      rmSync(out, { recursive: true, force: true });
    }
  } finally {
    process.kill(-server.pid!);
  }
}

console.log(failures.length === 0 ? '\nAll budgets hold.' : `\nBudgets broken:\n- ${failures.join('\n- ')}`);
process.exitCode = failures.length === 0 ? 0 : 1;

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not start at ${url}`);
}
