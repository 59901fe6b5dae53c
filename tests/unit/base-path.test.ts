/**
 * The base path however it is set: `npm test` builds dist/ (BASE_PATH unset) and dist-subpath/
 * (BASE_PATH=/http-401-vs-403/); this builds once more with the command-line flag alone,
 * `astro build --base /x/`, which overrides the config, and checks that the redirect pages, the
 * sitemap and every link follow it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, fileFor, redirectTarget } from '../../scripts/lib/site-check.ts';
import { REDIRECTS } from '../../src/site/redirects.ts';

const root = new URL('../../', import.meta.url).pathname;
const builds = [
  { name: 'BASE_PATH', dist: join(root, 'dist-subpath'), base: '/http-401-vs-403/', siteUrl: 'https://example.github.io/http-401-vs-403/' },
  { name: 'astro build --base', dist: '', base: '/x/', siteUrl: 'https://mirror.example/x/' },
];
const flagBuild = builds[1]!;

beforeAll(() => {
  flagBuild.dist = mkdtempSync(join(tmpdir(), 'base-flag-'));
  // Vitest puts its own BASE_URL, MODE, NODE_ENV... into process.env: the build gets a clean one.
  const inherited = Object.entries(process.env).filter(([k]) => !/^(VITEST\w*|TEST|NODE_ENV|BASE_URL|BASE_PATH|MODE|DEV|PROD|SSR)$/.test(k));
  const env = { ...Object.fromEntries(inherited), ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'https://mirror.example' };
  execFileSync('npx', ['astro', 'build', '--base', '/x/', '--outDir', flagBuild.dist], { cwd: root, env, stdio: 'pipe' });
}, 180_000);
afterAll(() => rmSync(flagBuild.dist, { recursive: true, force: true }));

describe.each(builds)('a build whose base comes from $name', (build) => {
  it('redirects every moved address to its successor under the base', () => {
    for (const [from, to] of Object.entries(REDIRECTS)) {
      const file = fileFor(build.dist, from)!;
      expect(redirectTarget(file), from).toBe(`${build.base}${to}`);
      expect(readFileSync(file, 'utf8'), from).toContain(`<link rel="canonical" href="${build.siteUrl}${to}">`);
    }
  });

  it('keeps every link under the base', () => {
    expect(checkLinks(build)).toEqual([]);
  });

  it('leaves the redirects and the 404 page out of the sitemap, and lists the 404 hub once', () => {
    const locs = [...readFileSync(join(build.dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(70);
    for (const loc of locs) expect(loc.startsWith(build.siteUrl), loc).toBe(true);
    for (const path of [...Object.keys(REDIRECTS), '404.html']) expect(locs, path).not.toContain(`${build.siteUrl}${path}`);
    // 404/ is the hub of the 404 outcomes (a content page); the site's 404 page is 404.html, listed once at most as the hub.
    expect(locs.filter((l) => l === `${build.siteUrl}404/`)).toHaveLength(1);
  });
});
