/**
 * Reads the reference RFC texts and cuts sections out of them. Line wrapping, page headers and
 * footers and form feeds are layout, not wording, so they are dropped; every word and punctuation
 * mark is kept. The reference texts exist only beside the project (../shared/rfc or RFC_DIR), never in
 * it: what they give for each quoted section is recorded in content/excerpts.lock.json (see rfc-lock.ts),
 * and the pure checks live in verbatim.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { flatText, normalize, type TextBlock } from './verbatim.ts';

export { normalize } from './verbatim.ts';

/** Where the reference texts live: RFC_DIR, else ../shared/rfc beside the project. */
export function rfcDir(): string {
  return resolve(process.env.RFC_DIR || resolve(import.meta.dirname, '../../../shared/rfc'));
}

/** File name of the reference text of an RFC. */
export const referenceFile = (rfc: number) => `rfc${rfc}.txt`;

/**
 * Whether the reference texts of these RFCs can be read: `explicit` when RFC_DIR asks for them (then a
 * missing file is an error, not a reason to skip), `missing` lists the files not there.
 */
export function referenceStatus(rfcs: Iterable<number>, dir = rfcDir()): { dir: string; explicit: boolean; present: boolean; missing: string[] } {
  const missing = [...new Set(rfcs)].map(referenceFile).filter((f) => !existsSync(resolve(dir, f)));
  const explicit = Boolean(process.env.RFC_DIR);
  return { dir, explicit, present: missing.length === 0, missing };
}

const PAGE_FOOTER = /^\S.*\[Page \d+\]\s*$/;
const PAGE_HEADER = /^RFC \d{4} {2,}.*\S\s*$/;

/** Stands where page furniture was removed, so that a paragraph split by a page break can be rejoined. */
const PAGE_BREAK = '\f';

/** A reference text's lines with page headers and footers replaced by PAGE_BREAK lines. */
export function referenceLines(text: string): string[] {
  return text
    .replaceAll('\f', '\n')
    .split(/\r?\n/)
    .map((line) => (PAGE_FOOTER.test(line) || PAGE_HEADER.test(line) ? PAGE_BREAK : line));
}

const cache = new Map<string, { lines: string[]; sha256: string }>();

/** The reference text of an RFC (read once per file): its lines and the SHA-256 of the file. */
export function readReference(rfc: number, dir = rfcDir()): { file: string; lines: string[]; sha256: string } {
  const file = resolve(dir, referenceFile(rfc));
  let read = cache.get(file);
  if (!read) {
    if (!existsSync(file)) throw new Error(`Reference text not found: ${file} (set RFC_DIR to the folder of rfcNNNN.txt files)`);
    const bytes = readFileSync(file);
    read = { lines: referenceLines(bytes.toString('utf8')), sha256: createHash('sha256').update(bytes).digest('hex') };
    cache.set(file, read);
  }
  return { file, ...read };
}

const readWithBreaks = (rfc: number, dir: string) => readReference(rfc, dir).lines;

const HEADING = /^(\d+(?:\.\d+)*)\.?\s+\S/;
/** Headings without a number that end the last numbered section (appendices, acknowledgements, index, addresses). */
const BACK_MATTER = /^(Appendix [A-Z]|Acknowledge?ments?\s*$|Index\s*$|Authors?'? Address(es)?\s*$)/;

/**
 * Where a section sits in the text: its heading line (not the table of contents entry, which has
 * dot leaders) and the line where the next heading starts.
 */
function locateSection(lines: readonly string[], section: string): { start: number; end: number } | undefined {
  const start = lines.findIndex((line) => HEADING.exec(line)?.[1] === section && !line.includes('....') && !/\.\s\.\s\./.test(line));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && (HEADING.test(line) || BACK_MATTER.test(line)));
  return { start, end: end < 0 ? lines.length : end };
}

const indent = (line: string) => line.length - line.trimStart().length;

/** The section's heading as printed, e.g. "15.5.4. 403 Forbidden" -> "403 Forbidden", from a text's lines. */
export function titleOf(lines: readonly string[], section: string): string | undefined {
  const at = locateSection(lines, section);
  return at && lines[at.start]!.replace(HEADING, (m) => m.slice(-1)).replace(/^\S*?(?=\S)/, '').trim();
}

/**
 * The section split into blocks as the RFC lays them out, from a text's lines (see referenceLines):
 * prose paragraphs (wrapping undone) and artwork (ABNF, examples), which keeps its lines. A paragraph
 * that runs across a page break is one block. A definition term on a line of its own (RFC 6750 error
 * codes) becomes a paragraph of its own.
 */
export function blocksOf(lines: readonly string[], section: string): TextBlock[] {
  const at = locateSection(lines, section);
  if (!at) return [];
  const body = lines.slice(at.start + 1, at.end);
  const base = Math.min(...body.filter((l) => l.trim() && l !== PAGE_BREAK).map(indent));
  const chunks: string[][] = [[]];
  let pageBreak = false;
  for (const line of body) {
    if (line === PAGE_BREAK) {
      pageBreak = true;
    } else if (line.trim()) {
      // A page break inside a sentence: the paragraph goes on after the page header.
      const last = chunks.findLast((c) => c.length > 0);
      const prose = (l: string) => indent(l) === base;
      if (pageBreak && last && chunks.at(-1)!.length === 0 && prose(last.at(-1)!) && prose(line) && !/[.:]"?$/.test(last.at(-1)!.trim())) chunks.pop();
      chunks.at(-1)!.push(line);
      pageBreak = false;
    } else if (chunks.at(-1)!.length > 0) {
      chunks.push([]);
    }
  }
  const blocks: TextBlock[] = [];
  for (const chunk of chunks.filter((c) => c.length > 0)) {
    if (chunk.every((l) => indent(l) > base) && !/^Note\b/.test(chunk[0]!.trim())) {
      const cut = Math.min(...chunk.map(indent));
      blocks.push({ kind: 'pre', text: chunk.map((l) => l.slice(cut).trimEnd()).join('\n') });
    } else if (chunk.length > 1 && /^\S+$/.test(chunk[0]!.trim()) && indent(chunk[1]!) > indent(chunk[0]!)) {
      blocks.push({ kind: 'p', text: chunk[0]!.trim() });
      blocks.push({ kind: 'p', text: normalize(chunk.slice(1).join('\n')) });
    } else {
      blocks.push({ kind: 'p', text: normalize(chunk.join('\n')) });
    }
  }
  return blocks;
}

/** The blocks of one section of an RFC's reference text (see blocksOf); empty if the section is absent. */
export function sectionBlocks(rfc: number, section: string, dir = rfcDir()): TextBlock[] {
  return blocksOf(readWithBreaks(rfc, dir), section);
}

/** The body of one section as one line of words (heading and subsections excluded), or undefined if absent. */
export function sectionText(rfc: number, section: string, dir = rfcDir()): string | undefined {
  const blocks = sectionBlocks(rfc, section, dir);
  return blocks.length > 0 ? flatText(blocks) : undefined;
}

/** True when `quote` appears word for word in the given section. */
export function isVerbatim(quote: string, rfc: number, section: string, dir = rfcDir()): boolean {
  const body = sectionText(rfc, section, dir);
  return body !== undefined && body.includes(normalize(quote));
}

/** The section's heading line as printed, e.g. "15.5.4. 403 Forbidden" -> "403 Forbidden". */
export function sectionTitle(rfc: number, section: string, dir = rfcDir()): string | undefined {
  return titleOf(readWithBreaks(rfc, dir), section);
}
