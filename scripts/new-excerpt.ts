/**
 * Authoring aid: `npm run excerpt -- 9110 15.5.4` writes content/excerpts/rfc9110-15.5.4.md with the
 * section's words copied from the reference text, ready for annotations. Never overwrites a file.
 * Then `npm run lock:rfc` records the section in content/excerpts.lock.json, so that the tests can
 * prove the excerpt without the reference texts.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { sectionBlocks, sectionTitle } from './lib/rfc-text.ts';

const [rfc, section] = process.argv.slice(2);
if (!rfc || !section) throw new Error('usage: npm run excerpt -- <rfc> <section>');
const blocks = sectionBlocks(Number(rfc), section);
if (blocks.length === 0) throw new Error(`RFC ${rfc} has no section ${section} in the reference texts`);
const file = new URL(`../content/excerpts/rfc${rfc}-${section}.md`, import.meta.url);
if (existsSync(file)) throw new Error(`${file.pathname} exists`);
const body = blocks.map((b) => (b.kind === 'pre' ? b.text.split('\n').map((l) => `    ${l}`).join('\n') : b.text)).join('\n\n');
const title = JSON.stringify(sectionTitle(Number(rfc), section) ?? '');
writeFileSync(file, `---\nrfc: ${rfc}\nsection: "${section}"\ntitle: ${title}\nwhole: true\nsummary: ""\nannotations: []\n---\n${body}\n`);
console.log(`wrote ${file.pathname}\nnow run: npm run lock:rfc (records the section's hashes in content/excerpts.lock.json)`);
