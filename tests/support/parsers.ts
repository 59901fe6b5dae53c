/**
 * One syntax check per snippet language (SNIPPET_LANGS in src/stacks/types.ts), for the tests only: an
 * "In your stack" snippet that does not parse in its language fails `npm test`.
 *
 * - javascript, typescript: the TypeScript compiler's syntactic diagnostics through its public transpileModule
 *   (the parser's own, which createSourceFile keeps in the internal parseDiagnostics, plus the ones it reports
 *   for TypeScript-only syntax in a .js file); no type checking: snippets are excerpts.
 * - python, java, csharp, ruby, php, go: tree-sitter grammars compiled to WebAssembly, from
 *   @vscode/tree-sitter-wasm (the runtime and the grammars are built together, so their ABI matches); a tree
 *   with an ERROR or MISSING node fails. A PHP snippet starts with "<?php"; a Go snippet is a file (package
 *   clause, declarations) and a Java snippet holds types, as their compilers want, though the grammars accept
 *   statements at the top.
 * - yaml: the `yaml` package, every document of the stream; any error fails.
 * - nginx, apache: shape checks (tests/support/config-shape.ts).
 *
 * Loading the grammars takes a moment: call loadParsers() once per test file (beforeAll).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';
import type * as TreeSitter from '@vscode/tree-sitter-wasm';
import type { SnippetLang } from '../../src/stacks/index.ts';
import { checkApache, checkNginx, type SyntaxProblem } from './config-shape.ts';

export type { SyntaxProblem };

/** Returns the problems of a snippet, in source order: none when it parses. */
export type SyntaxCheck = (code: string) => SyntaxProblem[];

// ----------------------------------------------------------------------------------------- TypeScript

function checkScript(fileName: string): SyntaxCheck {
  return (code) => {
    const out = ts.transpileModule(code, {
      fileName,
      reportDiagnostics: true,
      compilerOptions: { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext },
    });
    const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.ESNext, false);
    return (out.diagnostics ?? [])
      .filter((d) => d.category === ts.DiagnosticCategory.Error)
      .map((d) => {
        const { line, character } = file.getLineAndCharacterOfPosition(d.start ?? 0);
        return { line: line + 1, column: character + 1, message: ts.flattenDiagnosticMessageText(d.messageText, ' ') };
      });
  };
}

// ---------------------------------------------------------------------------------------- tree-sitter

/** The grammar files of @vscode/tree-sitter-wasm, by snippet language. */
const GRAMMARS = {
  python: 'tree-sitter-python.wasm',
  java: 'tree-sitter-java.wasm',
  csharp: 'tree-sitter-c-sharp.wasm',
  ruby: 'tree-sitter-ruby.wasm',
  php: 'tree-sitter-php.wasm',
  go: 'tree-sitter-go.wasm',
} as const satisfies Partial<Record<SnippetLang, string>>;
type TreeSitterLang = keyof typeof GRAMMARS;

const require = createRequire(import.meta.url);
/** The package's main file is wasm/tree-sitter.js; the grammars and the runtime's .wasm sit beside it. */
const wasmDir = (): string => require.resolve('@vscode/tree-sitter-wasm').replace(/[^/\\]+$/, '');

/**
 * tree-sitter's Go and Java grammars accept statements at the top of a file (for editors and REPLs); the
 * languages do not. A Go file is a package clause and declarations; a Java file is types (a method or a statement
 * belongs in a class). C#, Python, Ruby and PHP take top-level statements.
 */
const TOP_LEVEL: Partial<Record<TreeSitterLang, { allowed: ReadonlySet<string>; first?: string; rule: string }>> = {
  go: {
    allowed: new Set(['comment', 'package_clause', 'import_declaration', 'type_declaration', 'const_declaration', 'var_declaration', 'function_declaration', 'method_declaration']),
    first: 'package_clause',
    rule: 'a Go file is a package clause, then imports and declarations',
  },
  java: {
    allowed: new Set(['line_comment', 'block_comment', 'package_declaration', 'import_declaration', 'class_declaration', 'interface_declaration', 'enum_declaration', 'record_declaration', 'annotation_type_declaration', 'module_declaration']),
    rule: 'Java code at the top of a file is a class, interface, enum or record declaration',
  },
};

function topLevelProblems(lang: TreeSitterLang, root: TreeSitter.Node): SyntaxProblem[] {
  const shape = TOP_LEVEL[lang];
  if (!shape) return [];
  const nodes = root.namedChildren.filter((n): n is TreeSitter.Node => n !== null);
  const declarations = nodes.filter((n) => !/comment/.test(n.type));
  const at = (n: TreeSitter.Node | undefined) => ({ line: (n?.startPosition.row ?? 0) + 1, column: (n?.startPosition.column ?? 0) + 1 });
  if (shape.first && declarations[0]?.type !== shape.first) return [{ ...at(declarations[0]), message: `${shape.rule}: it does not start with one` }];
  const stray = nodes.find((n) => !shape.allowed.has(n.type));
  return stray ? [{ ...at(stray), message: `${shape.rule} (found: ${stray.type.replace(/_/g, ' ')})` }] : [];
}

/** At most this many problems per snippet: the first ones locate the mistake, the rest are its echoes. */
const MAX_PROBLEMS = 3;

function treeProblems(root: TreeSitter.Node, code: string): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const lines = code.split('\n');
  const visit = (node: TreeSitter.Node) => {
    if (problems.length >= MAX_PROBLEMS) return;
    const { row, column } = node.startPosition;
    if (node.isMissing) {
      problems.push({ line: row + 1, column: column + 1, message: `missing ${node.type}` });
      return;
    }
    if (node.isError) {
      const text = (lines[row] ?? '').slice(column, column + 40).trimEnd();
      problems.push({ line: row + 1, column: column + 1, message: `unexpected ${JSON.stringify(text)}` });
      return;
    }
    // Only subtrees that hold an error are walked: a clean snippet costs one check of the root.
    for (const child of node.children) if (child && (child.hasError || child.isMissing)) visit(child);
  };
  if (root.hasError || root.isMissing) visit(root);
  return problems;
}

async function loadTreeSitter(): Promise<Record<TreeSitterLang, SyntaxCheck>> {
  const { Parser, Language } = require('@vscode/tree-sitter-wasm') as typeof TreeSitter;
  const dir = wasmDir();
  await Parser.init({ locateFile: (file: string) => dir + file });
  const entries = await Promise.all(
    (Object.keys(GRAMMARS) as TreeSitterLang[]).map(async (lang) => {
      const language = await Language.load(await readFile(dir + GRAMMARS[lang]));
      const parser = new Parser();
      parser.setLanguage(language);
      const check: SyntaxCheck = (code) => {
        const tree = parser.parse(code);
        if (!tree) return [{ line: 1, column: 1, message: `the ${lang} parser returned no tree` }];
        try {
          const problems = treeProblems(tree.rootNode, code);
          return problems.length > 0 ? problems : topLevelProblems(lang, tree.rootNode);
        } finally {
          tree.delete();
        }
      };
      return [lang, check] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<TreeSitterLang, SyntaxCheck>;
}

// ----------------------------------------------------------------------------------------------- YAML

const checkYaml: SyntaxCheck = (code) =>
  parseAllDocuments(code, { prettyErrors: true }).flatMap((doc) =>
    doc.errors.map((e) => ({ line: e.linePos?.[0].line ?? 1, column: e.linePos?.[0].col ?? 1, message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') })),
  );

// ------------------------------------------------------------------------------------------------ PHP

/** tree-sitter-php parses PHP inside a template: without "<?php" the code is read as text and always parses. */
function requireOpenTag(check: SyntaxCheck): SyntaxCheck {
  return (code) =>
    code.trimStart().startsWith('<?php') ? check(code) : [{ line: 1, column: 1, message: 'a PHP snippet starts with "<?php"' }];
}

// -------------------------------------------------------------------------------------------- all of them

let loaded: Promise<Record<SnippetLang, SyntaxCheck>> | undefined;

/** Every language's check; the grammars load once per test file. */
export function loadParsers(): Promise<Record<SnippetLang, SyntaxCheck>> {
  loaded ??= loadTreeSitter().then(
    (tree) =>
      ({
        javascript: checkScript('snippet.js'),
        typescript: checkScript('snippet.ts'),
        ...tree,
        php: requireOpenTag(tree.php),
        yaml: checkYaml,
        nginx: checkNginx,
        apache: checkApache,
      }) satisfies Record<SnippetLang, SyntaxCheck>,
  );
  return loaded;
}

/** "line 3, column 7: unexpected …", one problem a line. */
export function describeProblems(problems: readonly SyntaxProblem[]): string {
  return problems.map((p) => `line ${p.line}, column ${p.column}: ${p.message}`).join('\n');
}
