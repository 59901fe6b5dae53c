/**
 * The verbatim check, as pure functions: text in, verdict out. No file is read here, so the tests can
 * feed it a changed copy of an excerpt and watch it fail. The expected hashes are never computed from
 * the text being checked: they come from the committed lock file (content/excerpts.lock.json), which
 * `npm run lock:rfc` writes from the reference RFC texts.
 */
import { createHash } from 'node:crypto';

/** One paragraph ('p') or piece of artwork ('pre', lines kept) of a section or of an excerpt. */
export interface TextBlock {
  kind: 'p' | 'pre';
  text: string;
}

/** What the lock records for one RFC section, as cut from its reference text. */
export interface LockedSection {
  rfc: number;
  section: string;
  /** The section title as the RFC prints it. */
  title: string;
  /** File name of the reference text it was cut from (its SHA-256 is under `references`). */
  reference: string;
  /** SHA-256 of the section's normalised text: its blocks, normalised, joined by one space. */
  sha256: string;
  /** SHA-256 of each block of the section, normalised, in order. */
  blocks: string[];
  /** For a section quoted outside content/excerpts: the file that quotes it. */
  quotedBy?: string;
}

export interface Lock {
  about: string;
  normalisation: string;
  /** Reference file name -> SHA-256 of the file as read. */
  references: Record<string, string>;
  /** `rfc<number>-<section>` -> what the reference text gives for that section. */
  sections: Record<string, LockedSection>;
}

export const NORMALISATION =
  'Prose: a hyphen after a letter or digit at a line break joins the two lines without a space (RFC text never breaks words, ' +
  'only compounds such as "Proxy-Authenticate"), unless the next line starts with "and"/"or" (a suspended hyphen: "transport- or session-level"); ' +
  'a dash pair ("--") or a hyphen before a blank line is never joined; then every run of whitespace becomes one space. ' +
  'Artwork: every run of whitespace becomes one space. Page headers, footers and form feeds are dropped before cutting the section.';

/** Every run of whitespace (spaces, line breaks, form feeds) becomes one space; ends trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Prose as words: line wrapping undone, whitespace collapsed. Only one thing is joined without a space:
 * a single hyphen right after a letter or digit at the end of a line, when the next line (not a blank
 * line: that ends a paragraph) starts with a letter or digit. That is how the RFC formatter wraps a
 * hyphenated compound ("Proxy-\n   Authenticate" -> "Proxy-Authenticate"); it never hyphenates a plain
 * word. A dash pair ("server --\n   usually") is punctuation and keeps its space ("server -- usually"),
 * and so does a suspended hyphen ("transport-\n   or session-level" -> "transport- or session-level").
 */
export function normalize(text: string): string {
  return collapse(text.replace(/(?<=[A-Za-z0-9])-[ \t]*\r?\n[ \t]*(?=[A-Za-z0-9])(?!(?:and|or)\b)/g, '-'));
}

/** A block as words: prose through `normalize`, artwork with its whitespace collapsed (its line ends are not wrapping). */
export function normalizeBlock(block: TextBlock): string {
  return block.kind === 'pre' ? collapse(block.text) : normalize(block.text);
}

/** The text of a run of blocks as one line of words (what a quote is looked up in). */
export function flatText(blocks: readonly TextBlock[]): string {
  return blocks.map(normalizeBlock).join(' ');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The hashes the lock records for a run of blocks. */
export function digest(blocks: readonly TextBlock[]): { sha256: string; blocks: string[] } {
  return { sha256: sha256(flatText(blocks)), blocks: blocks.map((b) => sha256(normalizeBlock(b))) };
}

/**
 * Checks an excerpt against its locked section; returns what is wrong (empty: verbatim).
 * A whole excerpt must hash to the section's hash and match it block for block; a partial one
 * (`whole: false`) must consist of whole blocks of the section, in the section's order.
 */
export function checkExcerpt(excerpt: { whole: boolean; title: string; blocks: readonly TextBlock[] }, locked: LockedSection): string[] {
  const problems: string[] = [];
  if (excerpt.title !== locked.title) problems.push(`title "${excerpt.title}" is not the RFC's "${locked.title}"`);
  const ours = excerpt.blocks.map((b) => ({ text: normalizeBlock(b), hash: sha256(normalizeBlock(b)) }));
  if (excerpt.whole) {
    if (sha256(flatText(excerpt.blocks)) !== locked.sha256) problems.push('the text differs from the section (SHA-256 of the normalised text)');
    const n = Math.max(ours.length, locked.blocks.length);
    for (let i = 0; i < n; i++) {
      if (ours[i]?.hash !== locked.blocks[i]) {
        problems.push(i < ours.length ? `block ${i + 1} differs from the section's block ${i + 1}: ${ours[i]!.text}` : `block ${i + 1} of the section is missing`);
      }
    }
  } else {
    let from = 0;
    for (const [i, b] of ours.entries()) {
      const at = locked.blocks.indexOf(b.hash, from);
      if (at < 0) problems.push(`block ${i + 1} is not a block of the section, or is out of order: ${b.text}`);
      else from = at + 1;
    }
    if (ours.length === 0) problems.push('no text');
  }
  return problems;
}

/** True when `quote` appears word for word in the excerpt (the excerpt itself being proven by the lock). */
export function quoteInExcerpt(quote: string, excerptBlocks: readonly TextBlock[]): boolean {
  const q = normalize(quote);
  return q.length > 0 && flatText(excerptBlocks).includes(q);
}

/**
 * Checks quoted paragraphs (e.g. the licence page's copyright statement) against a locked section:
 * each must be one whole block of it, in order. Returns what is wrong.
 */
export function checkParagraphs(paragraphs: readonly string[], locked: LockedSection): string[] {
  const problems: string[] = [];
  let from = 0;
  for (const p of paragraphs) {
    const at = locked.blocks.indexOf(sha256(normalize(p)), from);
    if (at < 0) problems.push(`not a paragraph of RFC ${locked.rfc} §${locked.section}, or out of order: ${collapse(p)}`);
    else from = at + 1;
  }
  return problems;
}
