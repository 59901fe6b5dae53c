/**
 * `npm run registry`: adds every public URL of the current build (dist/) to tests/published-urls.txt, and
 * every id the npm package publishes to package/published-ids.txt. It only ever adds: what was published
 * stays in the registries, and the tests keep it resolving.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { currentIds, readIds } from './lib/published-ids.ts';
import { publishedUrls, readRegistry } from './lib/site-check.ts';

/** Appends the lines a registry lacks, under a dated comment; returns how many. */
function append(file: URL, known: readonly string[], current: readonly string[]): number {
  const have = new Set(known);
  const added = current.filter((line) => !have.has(line));
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (added.length > 0) writeFileSync(file, `${text.trimEnd()}\n\n# added ${new Date().toISOString().slice(0, 10)}\n${added.join('\n')}\n`.trimStart());
  return added.length;
}

const urls = new URL('../tests/published-urls.txt', import.meta.url);
const dist = new URL('../dist/', import.meta.url).pathname;
const newUrls = append(urls, readRegistry(urls.pathname), publishedUrls(dist));
console.log(newUrls > 0 ? `registered ${newUrls} new URL(s)` : 'URL registry is up to date');

const ids = new URL('../package/published-ids.txt', import.meta.url);
const newIds = append(ids, existsSync(ids) ? readIds(ids.pathname) : [], currentIds());
console.log(newIds > 0 ? `registered ${newIds} new id(s) in package/published-ids.txt` : 'id registry is up to date');
