/**
 * `npm run registry`: adds every public URL of the current build (dist/) to tests/published-urls.txt.
 * It only ever adds: a URL that was published stays in the registry, and the tests keep it resolving.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { publishedUrls, readRegistry } from './lib/site-check.ts';

const file = new URL('../tests/published-urls.txt', import.meta.url);
const dist = new URL('../dist/', import.meta.url).pathname;
const text = readFileSync(file, 'utf8');
const known = new Set(readRegistry(file.pathname));
const added = publishedUrls(dist).filter((u) => !known.has(u));
if (added.length > 0) writeFileSync(file, `${text.trimEnd()}\n\n# added ${new Date().toISOString().slice(0, 10)}\n${added.join('\n')}\n`);
console.log(added.length > 0 ? `registered ${added.length} new URL(s)` : 'registry is up to date');
