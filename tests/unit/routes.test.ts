import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, excerptPathFromId, normalizeBase, nodePath, withBase, withQuery } from '../../src/routes.ts';

const root = new URL('../../', import.meta.url);

/** Files that build the site or run in it. The link checker (scripts/lib/site-check.ts) and the tests
 * are left out on purpose: they check the routes, so they must not share them. */
function sources(): string[] {
  const out: string[] = ['astro.config.mjs'];
  const walk = (dir: string) => {
    for (const e of readdirSync(new URL(dir, root), { withFileTypes: true })) {
      const path = `${dir}${e.name}`;
      if (e.isDirectory()) walk(`${path}/`);
      else if (/\.(ts|tsx|astro|mjs)$/.test(e.name)) out.push(path);
    }
  };
  walk('src/');
  walk('scripts/');
  return out.filter((f) => f !== 'src/routes.ts' && f !== 'scripts/lib/site-check.ts');
}

/** String and template literals, comments removed first (a comment may show an example path). */
function literals(code: string): string[] {
  const stripped = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  return [...stripped.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)].map((m) => m[0]);
}

/** A site path of a page family at the start of a literal, after a quote, `}` (a base) or `/`. */
const SITE_PATH = /(?:^['"`]|[}(=\s]|['"`]\/)(?:outcomes|questions|rfc|history|og|stacks|policies|check)\/(?!\/)/;

describe('the routes module', () => {
  it('is the only file that builds a page path', () => {
    const offenders = sources().flatMap((file) =>
      literals(readFileSync(new URL(file, root), 'utf8'))
        .filter((lit) => SITE_PATH.test(lit))
        .map((lit) => `${file}: ${lit}`),
    );
    expect(offenders).toEqual([]);
  });

  it('recognises the paths it forbids (the check can fail)', () => {
    for (const bad of ["'outcomes/forbidden/'", '`${base}questions/${id}/`', '"/rfc/9110/"', "`og/${card}.png`", "'history/'"]) {
      expect(SITE_PATH.test(bad), bad).toBe(true);
    }
    for (const fine of ["'https://www.rfc-editor.org/rfc/rfc9110'", "'content/history/x.md'", "'../rfc-library/excerpts.ts'"]) {
      expect(SITE_PATH.test(fine), fine).toBe(false);
    }
    expect(literals("const a = 'outcomes/x/'; // 'questions/y/'\n/* 'rfc/1/' */")).toEqual(["'outcomes/x/'"]);
  });

  it('puts paths under any base, however it is written', () => {
    for (const [given, base] of [['', '/'], ['/', '/'], ['x', '/x/'], ['/x', '/x/'], ['/x/', '/x/'], ['//x//', '/x/'], [undefined, '/']] as const) {
      expect(normalizeBase(given), String(given)).toBe(base);
    }
    expect(withBase('/http-401-vs-403', 'outcomes/forbidden/')).toBe('/http-401-vs-403/outcomes/forbidden/');
    expect(withBase('/', '/flowchart/')).toBe('/flowchart/');
    expect(absoluteUrl('https://example.github.io', '/repo/', 'outcomes/allowed/')).toBe('https://example.github.io/repo/outcomes/allowed/');
  });

  it('names pages as the site publishes them', () => {
    expect(nodePath('permitted')).toBe('questions/permitted/');
    expect(nodePath('forbidden')).toBe('outcomes/forbidden/');
    expect(excerptPathFromId('rfc9110-15.5.4')).toBe('rfc/9110/15.5.4/');
    expect(() => excerptPathFromId('9110')).toThrow();
    expect(withQuery('outcomes/allowed/', '?a=b')).toBe('outcomes/allowed/?a=b');
    expect(withQuery('', 'a=b')).toBe('?a=b');
    expect(withQuery('', '')).toBe('');
  });
});
