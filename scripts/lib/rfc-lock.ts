/**
 * The lock file, content/excerpts.lock.json: for every RFC section the site quotes, what the reference
 * text gives (title, SHA-256 of the normalised section, SHA-256 of each block) and which reference file
 * it came from. It lets a clone without the reference texts prove its quotes; `npm run lock:rfc`
 * rewrites it from the texts, the tests only read it (and, with the texts present, compare).
 */
import { readFileSync } from 'node:fs';
import { loadCollection } from './content-files.ts';
import { readReference, referenceFile, rfcDir, titleOf, blocksOf } from './rfc-text.ts';
import { digest, NORMALISATION, type Lock, type LockedSection } from './verbatim.ts';

export const LOCK_FILE = new URL('../../content/excerpts.lock.json', import.meta.url);

/** Sections quoted outside content/excerpts, with the file that quotes them. */
export const QUOTED_ELSEWHERE: readonly { rfc: number; section: string; quotedBy: string }[] = [
  { rfc: 2616, section: '21', quotedBy: 'src/pages/license.astro' },
];

export const sectionId = (rfc: number, section: string) => `rfc${rfc}-${section}`;

export function readLock(file: URL = LOCK_FILE): Lock {
  return JSON.parse(readFileSync(file, 'utf8')) as Lock;
}

/** Every section the lock must cover: each excerpt (from its frontmatter) and QUOTED_ELSEWHERE. */
export function lockedSections(): { id: string; rfc: number; section: string; quotedBy?: string }[] {
  const excerpts = loadCollection('excerpts').map((e) => {
    const { rfc, section } = e.data as { rfc: number; section: string };
    return { id: e.id, rfc, section: String(section) };
  });
  const elsewhere = QUOTED_ELSEWHERE.map((q) => ({ id: sectionId(q.rfc, q.section), ...q }));
  return [...excerpts, ...elsewhere].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/** The lock as the reference texts give it now. Throws if a text or a section is missing. */
export function buildLock(dir = rfcDir()): Lock {
  const references: Record<string, string> = {};
  const sections: Record<string, LockedSection> = {};
  for (const s of lockedSections()) {
    const ref = readReference(s.rfc, dir);
    const blocks = blocksOf(ref.lines, s.section);
    const title = titleOf(ref.lines, s.section);
    if (blocks.length === 0 || title === undefined) throw new Error(`RFC ${s.rfc} has no section ${s.section} in ${ref.file}`);
    references[referenceFile(s.rfc)] = ref.sha256;
    sections[s.id] = {
      rfc: s.rfc,
      section: s.section,
      title,
      reference: referenceFile(s.rfc),
      ...digest(blocks),
      ...(s.quotedBy ? { quotedBy: s.quotedBy } : {}),
    };
  }
  return {
    about:
      'What the reference RFC texts give for every section the site quotes. Written by `npm run lock:rfc` from RFC_DIR ' +
      '(default ../shared/rfc); never edit by hand. The tests check every excerpt against these hashes, and every other quote ' +
      'against an excerpt of the same section.',
    normalisation: NORMALISATION,
    references: Object.fromEntries(Object.entries(references).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))),
    sections,
  };
}

export const serializeLock = (lock: Lock) => `${JSON.stringify(lock, null, 2)}\n`;
