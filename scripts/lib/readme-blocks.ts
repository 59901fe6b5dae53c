/**
 * Parts of README.md and package/README.md that are data, generated from the decision module or copied
 * from the package's example files (package/examples/, which the package tests run): each stands between
 * `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. `npm run readme` rewrites them; a unit test
 * fails while a README is out of date.
 */
import { readFileSync } from 'node:fs';
import { allPaths, questions, SETTING_IDS, SETTINGS, toQuery } from '../../src/decision/index.ts';

/** The share-URL keys and values, and one complete example link. */
function queryKeys(): string {
  const example = allPaths().find((p) => p.outcome === 'invalid-credentials') ?? allPaths()[0]!;
  return [
    '```',
    `/${toQuery(example.steps, example.settings)}`,
    '```',
    '',
    '| key (setting or question) | values (answers) |',
    '|---|---|',
    ...SETTING_IDS.map((id) => `| \`${id}\` (setting) | ${SETTINGS[id].map((v) => `\`${v}\``).join(', ')} |`),
    ...questions.map((q) => `| \`${q.id}\` | ${q.answers.map((a) => `\`${a.id}\``).join(', ')} |`),
  ].join('\n');
}

/** An example file of the package, as a fenced code block (written once, run by the tests). */
const example = (file: string, lang: string) => () =>
  ['```' + lang, readFileSync(new URL(`../../package/examples/${file}`, import.meta.url), 'utf8').trimEnd(), '```'].join('\n');

const EXAMPLES = {
  'example-vitest': example('orders.test.ts', 'ts'),
  'example-pytest': example('test_vectors.py', 'python'),
  'example-playwright': example('orders.spec.ts', 'ts'),
};

export const README_BLOCKS: Readonly<Record<string, () => string>> = { 'query-keys': queryKeys, ...EXAMPLES };

/** The blocks each README holds. */
export const READMES = {
  'README.md': Object.keys(README_BLOCKS),
  'package/README.md': Object.keys(EXAMPLES),
} as const satisfies Record<string, readonly string[]>;

/** A README with every generated block it holds (`names`, default: the root README's) replaced by its current content. */
export function regenerate(readme: string, names: readonly string[] = READMES['README.md']): string {
  let out = readme;
  for (const name of names) {
    const make = README_BLOCKS[name]!;
    const open = `<!-- generated:${name} -->`;
    const close = `<!-- /generated:${name} -->`;
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${open} … ${close}`);
    out = `${out.slice(0, start + open.length)}\n${make()}\n${out.slice(end)}`;
  }
  return out;
}
