/**
 * `npm run lock:rfc` rewrites content/excerpts.lock.json from the reference RFC texts (RFC_DIR, else
 * ../shared/rfc): run it after adding an excerpt or changing how sections are cut. `-- --check` only
 * says whether the committed lock is current. Either way it then checks every excerpt against the lock.
 * The tests never write the lock.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseBody } from '../src/rfc-library/excerpt-text.ts';
import { loadCollection } from './lib/content-files.ts';
import { buildLock, LOCK_FILE, lockedSections, serializeLock } from './lib/rfc-lock.ts';
import { referenceStatus } from './lib/rfc-text.ts';
import { checkExcerpt, type Lock } from './lib/verbatim.ts';

const checkOnly = process.argv.includes('--check');
const status = referenceStatus(lockedSections().map((s) => s.rfc));
if (!status.present) {
  console.error(`Reference texts missing in ${status.dir}: ${status.missing.join(', ')}`);
  console.error('Set RFC_DIR to the folder of the official rfcNNNN.txt files (npm run lock:rfc needs them; the lock is never guessed).');
  process.exit(1);
}

const lock = buildLock(status.dir);
const path = fileURLToPath(LOCK_FILE);
const before = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Lock) : undefined;
const ids = new Set([...Object.keys(lock.sections), ...Object.keys(before?.sections ?? {})]);
const changes = [...ids].flatMap((id) => {
  const [was, now] = [before?.sections[id], lock.sections[id]];
  if (!was) return [`+ ${id}`];
  if (!now) return [`- ${id}`];
  return JSON.stringify(was) === JSON.stringify(now) ? [] : [`~ ${id}`];
});
for (const [file, sha] of Object.entries(lock.references)) {
  if (before && before.references[file] !== sha) changes.push(`~ ${file} (reference text changed: ${before.references[file] ?? 'new'} -> ${sha})`);
}
const current = before !== undefined && serializeLock(before) === serializeLock(lock);

if (checkOnly) {
  console.log(current ? `${path} is current (${ids.size} sections, texts from ${status.dir})` : `${path} is stale:\n${changes.join('\n') || '(formatting)'}`);
} else if (current) {
  console.log(`${path} unchanged (${ids.size} sections, texts from ${status.dir})`);
} else {
  writeFileSync(path, serializeLock(lock));
  console.log(`wrote ${path} (${Object.keys(lock.sections).length} sections, texts from ${status.dir})\n${changes.join('\n')}`);
}

// The lock records the RFC; an excerpt that does not match it is the excerpt's problem, reported here and by the tests.
let bad = 0;
for (const e of loadCollection('excerpts')) {
  const data = e.data as { title: string; whole?: boolean };
  const locked = lock.sections[e.id];
  const problems = locked ? checkExcerpt({ whole: data.whole ?? true, title: data.title, blocks: parseBody(e.body) }, locked) : ['not in the lock'];
  for (const p of problems) console.error(`${e.id}: ${p}`);
  bad += problems.length > 0 ? 1 : 0;
}
if (bad > 0) console.error(`${bad} excerpt(s) differ from the RFC text`);
process.exitCode = (checkOnly && !current) || bad > 0 ? 1 : 0;
