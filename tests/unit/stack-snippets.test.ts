/**
 * Every "In your stack" snippet parses in its language (GitHub issue 13): `<stack> / <recipe> parses as <lang>`.
 * The parsers are in tests/support/parsers.ts; this file also shows that each of them accepts a correct snippet
 * and rejects a broken one, and that every snippet language is a grammar Shiki highlights at build time.
 */
import { createRequire } from 'node:module';
import { bundledLanguagesInfo, createHighlighter } from 'shiki';
import { beforeAll, describe, expect, it } from 'vitest';
import { SNIPPET_LANGS, STACKS, type SnippetLang } from '../../src/stacks/index.ts';
import { describeProblems, loadParsers, type SyntaxCheck } from '../support/parsers.ts';

const require = createRequire(import.meta.url);
let parsers: Record<SnippetLang, SyntaxCheck>;
beforeAll(async () => {
  parsers = await loadParsers();
});

/** Per language: a small correct snippet, and the same broken where the parser must see it (line, column). */
const PROOFS = {
  javascript: {
    good: "app.get('/me', (req, res) => {\n  res.set('WWW-Authenticate', 'Bearer realm=\"api\"').status(401).end();\n});\n",
    bad: "app.get('/me', (req, res) => {\n  res.status(401.end();\n});\n",
    at: { line: 2 },
  },
  typescript: {
    good: 'export function deny(res: Response): never {\n  throw new HttpError(403);\n}\n',
    bad: 'export function deny(res: Response): never {\n  throw new HttpError(403;\n}\n',
    at: { line: 2 },
  },
  python: {
    good: 'from fastapi import HTTPException\n\ndef deny():\n    raise HTTPException(status_code=403)\n',
    bad: 'from fastapi import HTTPException\n\ndef deny(:\n    raise HTTPException(status_code=403)\n',
    at: { line: 3 },
  },
  java: {
    good: 'class Deny {\n  ResponseEntity<Void> deny() {\n    return ResponseEntity.status(HttpStatus.FORBIDDEN).build();\n  }\n}\n',
    bad: 'class Deny {\n  ResponseEntity<Void> deny() {\n    return ResponseEntity.status(HttpStatus.FORBIDDEN).build()\n  }\n}\n',
    at: { line: 3 },
  },
  csharp: {
    good: 'app.MapGet("/me", () => Results.StatusCode(403))\n   .RequireAuthorization();\n',
    bad: 'app.MapGet("/me", () => Results.StatusCode(403)\n   .RequireAuthorization();\n',
    at: { line: 2 },
  },
  ruby: {
    good: 'class MeController < ApplicationController\n  def show\n    head :forbidden\n  end\nend\n',
    bad: 'class MeController < ApplicationController\n  def show\n    head :forbidden\nend\n',
    at: { line: 1 },
  },
  php: {
    good: "<?php\n\nRoute::get('/me', fn () => abort(403));\n",
    bad: "<?php\n\nRoute::get('/me', fn () => abort(403);\n",
    at: { line: 3 },
  },
  go: {
    good: 'package main\n\nimport "net/http"\n\nfunc deny(w http.ResponseWriter) {\n\thttp.Error(w, "forbidden", http.StatusForbidden)\n}\n',
    bad: 'package main\n\nimport "net/http"\n\nfunc deny(w http.ResponseWriter) {\n\thttp.Error(w, "forbidden", http.StatusForbidden\n}\n',
    at: { line: 6 },
  },
  nginx: {
    good: 'location /api/ {\n    return 403;\n}\n',
    bad: 'location /api/ {\n    return 403\n}\n',
    at: { line: 3 },
  },
  apache: {
    good: '<Location "/api/">\n    Require all denied\n</Location>\n',
    bad: '<Location "/api/">\n    Require all denied\n</Locaton>\n',
    at: { line: 3 },
  },
  yaml: {
    good: 'plugins:\n  - name: jwt\n    config:\n      claims_to_verify: [exp]\n',
    bad: 'plugins:\n  - name: jwt\n    config:\n      claims_to_verify: [exp\n',
    at: { line: 5 },
  },
} as const satisfies Record<SnippetLang, { good: string; bad: string; at: { line: number } }>;

describe('the snippet parsers', () => {
  it.each(SNIPPET_LANGS)('accept a correct %s snippet', (lang) => {
    expect(describeProblems(parsers[lang](PROOFS[lang].good))).toBe('');
  });

  it.each(SNIPPET_LANGS)('reject a broken %s snippet, at the line of the mistake', (lang) => {
    const problems = parsers[lang](PROOFS[lang].bad);
    expect(problems.length, `${lang}: the broken snippet parsed`).toBeGreaterThan(0);
    expect(problems[0], describeProblems(problems)).toMatchObject(PROOFS[lang].at);
  });

  it('reject TypeScript syntax in a JavaScript snippet', () => {
    expect(parsers.javascript('const status: number = 401;\n')).not.toEqual([]);
    expect(parsers.typescript('const status: number = 401;\n')).toEqual([]);
  });

  it('reject a PHP snippet without its "<?php" tag (the grammar would read it as text)', () => {
    expect(parsers.php("Route::get('/me', fn () => abort(403));\n")).not.toEqual([]);
  });

  it.each([
    ['go', 'func deny(w http.ResponseWriter) {\n\tw.WriteHeader(http.StatusForbidden)\n}\n', /package clause/],
    ['go', 'package main\n\nw.WriteHeader(http.StatusForbidden)\n', /found: expression statement/],
    ['java', 'http.csrf((csrf) -> csrf.disable());\n', /class, interface, enum or record/],
    ['java', '@Bean\nSecurityFilterChain api(HttpSecurity http) throws Exception {\n  return http.build();\n}\n', /found: method declaration/],
  ] as const)('reject %s code that tree-sitter takes but the language does not: %j', (lang, code, message) => {
    expect(describeProblems(parsers[lang](code))).toMatch(message);
  });

  it('reject a YAML snippet whose second document is broken', () => {
    expect(parsers.yaml('a: 1\n---\nb: [1\n')).not.toEqual([]);
  });
});

describe('the snippet languages', () => {
  it('are checked against the Shiki that astro highlights with', () => {
    const fromAstro = createRequire(require.resolve('astro/package.json')).resolve('shiki/package.json');
    expect(require.resolve('shiki/package.json')).toBe(fromAstro);
  });

  const shikiIds = new Set(bundledLanguagesInfo.map((l) => l.id));
  it.each(SNIPPET_LANGS)('%s is a language Shiki bundles, by its own id', (lang) => {
    expect(shikiIds.has(lang)).toBe(true);
  });

  it('are highlighted: each correct proof snippet gets tokens of several colours', { timeout: 60_000 }, async () => {
    const highlighter = await createHighlighter({ themes: ['github-light-high-contrast'], langs: [...SNIPPET_LANGS] });
    try {
      for (const lang of SNIPPET_LANGS) {
        const { tokens } = highlighter.codeToTokens(PROOFS[lang].good, { lang, theme: 'github-light-high-contrast' });
        const colours = new Set(tokens.flat().map((t) => t.color));
        expect(colours.size, lang).toBeGreaterThan(2);
      }
    } finally {
      highlighter.dispose();
    }
  });
});

const recipes = STACKS.flatMap((stack) => Object.entries(stack.recipes).map(([key, recipe]) => ({ stack: stack.id, key, recipe })));

describe('the snippets of every stack', () => {
  // While the data is placeholders there is nothing to parse: say so rather than pass by having no test.
  if (recipes.length === 0) it('exist (src/stacks/data/ holds placeholders only)', () => expect(recipes.length).toBeGreaterThan(0));
  it.each(recipes.map((r) => [`${r.stack} / ${r.key} parses as ${r.recipe.lang}`, r] as const))('%s', (_, { recipe }) => {
    const check = parsers[recipe.lang] as SyntaxCheck | undefined;
    expect(check, `no parser for lang ${JSON.stringify(recipe.lang)}`).toBeDefined();
    expect(describeProblems(check!(recipe.code))).toBe('');
  });
});
