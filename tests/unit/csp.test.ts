/**
 * The Content-Security-Policy as built, at both bases: every page carries one, before anything it
 * governs, and every inline script and style of the page is allowed by hash (the e2e test in
 * tests/e2e/csp.spec.ts then runs the pages in Chromium and fails on any violation).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitePages } from '../../scripts/lib/site-check.ts';
import { DIRECTIVES } from '../../src/site/csp.ts';

const root = new URL('../../', import.meta.url).pathname;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function policyOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/gi)];
  expect(metas).toHaveLength(1);
  return new Map(
    metas[0]![1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe.each(['dist', 'dist-subpath'])('the policy of %s', (dir) => {
  const dist = join(root, dir);
  const pages = sitePages(dist).map((p) => [p, readFileSync(join(dist, p.endsWith('.html') ? p : `${p}index.html`), 'utf8')] as const);

  it('is on every page, ahead of every script and style', () => {
    expect(pages.length).toBeGreaterThan(70);
    for (const [page, html] of pages) {
      const meta = html.search(/<meta http-equiv="content-security-policy"/i);
      expect(meta, page).toBeGreaterThan(0);
      expect(meta, page).toBeLessThan(html.indexOf('</head>'));
      for (const tag of ['<script', '<style', '<link rel="stylesheet"']) if (html.includes(tag)) expect(meta, `${page} ${tag}`).toBeLessThan(html.indexOf(tag));
    }
  });

  it('allows scripts by origin and hash only, and closes everything else', () => {
    for (const [page, html] of pages) {
      const policy = policyOf(html);
      for (const directive of DIRECTIVES) {
        const [name, ...values] = directive.split(' ');
        expect(policy.get(name!), `${page} ${name}`).toEqual(values);
      }
      const scripts = policy.get('script-src')!;
      expect(scripts[0], page).toBe("'self'");
      // Only the search page may compile WebAssembly (Pagefind's index reader); nothing may eval.
      const wasm = page === 'search/' ? ["'wasm-unsafe-eval'"] : [];
      expect(scripts.filter((v) => !v.startsWith("'sha256-")).slice(1), page).toEqual(wasm);
      for (const value of scripts.slice(1 + wasm.length)) expect(value, page).toMatch(/^'sha256-[A-Za-z0-9+/]+={0,2}'$/);
      expect(policy.get('style-src')!.join(' '), page).not.toMatch(/unsafe|\*|https?:/);
      expect(policy.get('style-src-attr'), page).toEqual(["'unsafe-inline'"]);
      expect([...policy.keys()].filter((k) => k.endsWith('-elem') || k === 'script-src-attr'), page).toEqual([]);
    }
  });

  it('lists the hash of every inline script and style the page holds, and loads scripts from this origin', () => {
    for (const [page, html] of pages) {
      const policy = policyOf(html);
      for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) expect(policy.get('script-src'), `${page}: inline script`).toContain(sha256(m[1]!));
      for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) expect(policy.get('style-src'), `${page}: <style> ${m[1]!.slice(0, 40)}`).toContain(sha256(m[1]!));
      for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) expect(m[1], page).toMatch(/^\/[^/]/);
      expect(html, page).not.toMatch(/\son[a-z]+="/i);
      expect(html, page).not.toMatch(/href="javascript:/i);
    }
  });
});
