/**
 * Checks over the built site at both bases: `npm test` builds dist/ (root) and dist-subpath/
 * (/http-401-vs-403/) before running the unit tests.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { OUTCOME_SLUGS } from '../../src/decision/index.ts';
import { checkLinks, checkRegistered, fileFor, publishedUrls, readRegistry, redirectTarget, sitePages, type SiteOptions } from '../../scripts/lib/site-check.ts';

const root = new URL('../../', import.meta.url).pathname;
const registry = readRegistry(join(root, 'tests/published-urls.txt'));

function site(dir: string, base: string): SiteOptions {
  const dist = join(root, dir);
  const canonical = parse(readFileSync(join(dist, 'index.html'), 'utf8')).querySelector('link[rel="canonical"]')!.getAttribute('href')!;
  return { dist, base, siteUrl: canonical };
}

const builds = [
  ['at the root', site('dist', '/')],
  ['under a sub-path', site('dist-subpath', '/http-401-vs-403/')],
] as const;

describe.each(builds)('the site built %s', (_name, opts) => {
  it('has no broken internal link or fragment', () => {
    expect(checkLinks(opts)).toEqual([]);
  });

  it('still resolves every registered public URL', () => {
    expect(registry.length).toBeGreaterThan(100);
    expect(registry.map((u) => checkRegistered(u, opts)).filter(Boolean)).toEqual([]);
  });

  it('gives every page a title, description, canonical URL and an absolute preview image', () => {
    for (const p of sitePages(opts.dist)) {
      const file = fileFor(opts.dist, p)!;
      if (redirectTarget(file) !== undefined) continue;
      const doc = parse(readFileSync(file, 'utf8'));
      const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? '';
      expect(doc.querySelector('title')?.text.length, p).toBeGreaterThan(5);
      expect(meta('meta[name="description"]').length, p).toBeGreaterThan(20);
      for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt']) expect(meta(`meta[property="${key}"]`), `${p} ${key}`).not.toBe('');
      for (const key of ['twitter:card', 'twitter:title', 'twitter:image']) expect(meta(`meta[name="${key}"]`), `${p} ${key}`).not.toBe('');
      expect(meta('meta[property="og:image"]').startsWith(opts.siteUrl!), p).toBe(true);
      expect(meta('meta[property="og:url"]').startsWith(opts.siteUrl!), p).toBe(true);
      if (p !== '404.html') expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), p).toBe(`${opts.siteUrl}${p}`);
    }
  });

  it('gives each outcome its own preview image', () => {
    const images = OUTCOME_SLUGS.map((slug) => {
      const doc = parse(readFileSync(fileFor(opts.dist, `outcomes/${slug}/`)!, 'utf8'));
      return doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    });
    expect(new Set(images).size).toBe(OUTCOME_SLUGS.length);
    for (const [i, url] of images.entries()) {
      expect(url).toBe(`${opts.siteUrl}og/${OUTCOME_SLUGS[i]}.png`);
      const png = readFileSync(fileFor(opts.dist, `og/${OUTCOME_SLUGS[i]}.png`)!);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
    }
  });

  it('lists every page but the 404 page and the redirects in the sitemap, and robots.txt points at it', () => {
    const sitemap = readFileSync(join(opts.dist, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const expected = sitePages(opts.dist)
      .filter((p) => p !== '404.html' && redirectTarget(fileFor(opts.dist, p)!) === undefined)
      .map((p) => `${opts.siteUrl}${p}`);
    expect(locs.sort()).toEqual(expected.sort());
    expect(readFileSync(join(opts.dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${opts.siteUrl}sitemap-index.xml`);
  });
});

describe('the registry', () => {
  it('holds every public URL of the current build (run `npm run registry` after adding pages)', () => {
    const missing = publishedUrls(join(root, 'dist')).filter((u) => !registry.includes(u));
    expect(missing).toEqual([]);
  });
});

describe('the checkers', () => {
  const dist = mkdtempSync(join(tmpdir(), 'site-'));
  const write = (path: string, html: string) => {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), html);
  };
  write('index.html', '<a href="/a/">ok</a><a href="/missing/">gone</a><a href="/a/#nope">bad fragment</a><a href="../../up/">escapes</a><a href="https://elsewhere.example/x">external</a>');
  write('a/index.html', '<p id="here">a</p>');
  write('old/index.html', '<meta http-equiv="refresh" content="0;url=/a/">');
  write('loop/index.html', '<meta http-equiv="refresh" content="0;url=/gone/">');
  const opts = { dist, base: '/' };

  it('report broken links and fragments, and ignore other sites', () => {
    expect(checkLinks(opts)).toEqual([
      '/: /missing/ (no such file)',
      '/: /a/#nope (no element with id "nope")',
      '/: ../../up/ (no such file)',
      '/loop/: /gone/ (no such file)',
    ]);
  });

  it('follow redirects for registered URLs and report the ones that no longer resolve', () => {
    expect(checkRegistered('/old/#here', opts)).toBeUndefined();
    expect(checkRegistered('/a/#here', opts)).toBeUndefined();
    expect(checkRegistered('/old/#nope', opts)).toMatch(/no element with id "nope"/);
    expect(checkRegistered('/loop/', opts)).toMatch(/no page/);
    expect(checkRegistered('/never/', opts)).toMatch(/no page/);
  });

  it('refuse links that leave the base path', () => {
    write('sub/index.html', '<a href="/elsewhere/">out</a><a href="/sub/b/">in</a>');
    write('sub/b/index.html', '');
    const subOpts = { dist: join(dist, 'sub'), base: '/sub/' };
    expect(checkLinks(subOpts)).toEqual(['/: /elsewhere/ leaves the base path /sub/']);
  });
});
