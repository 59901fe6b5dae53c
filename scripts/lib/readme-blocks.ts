/**
 * Parts of README.md that are data, generated from the decision module: each stands between
 * `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. `npm run readme` rewrites them; a unit test
 * fails while the README is out of date.
 */
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

export const README_BLOCKS: Readonly<Record<string, () => string>> = { 'query-keys': queryKeys };

/** The README with every generated block replaced by its current content. */
export function regenerate(readme: string): string {
  let out = readme;
  for (const [name, make] of Object.entries(README_BLOCKS)) {
    const open = `<!-- generated:${name} -->`;
    const close = `<!-- /generated:${name} -->`;
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${open} … ${close}`);
    out = `${out.slice(0, start + open.length)}\n${make()}\n${out.slice(end)}`;
  }
  return out;
}
