/**
 * Reads the reference RFC texts and answers "is this quote verbatim?". Line wrapping, page headers
 * and footers and form feeds are layout, not wording, so they are dropped before comparing; every
 * word and punctuation mark must match.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the reference texts live: RFC_DIR, else ../shared/rfc beside the project. */
export function rfcDir(): string {
  return resolve(process.env.RFC_DIR ?? resolve(import.meta.dirname, '../../../shared/rfc'));
}

const PAGE_FOOTER = /^\S.*\[Page \d+\]\s*$/;
const PAGE_HEADER = /^RFC \d{4} {2,}.*\S\s*$/;

/** Stands where page furniture was removed, so that a paragraph split by a page break can be rejoined. */
const PAGE_BREAK = '\f';

const cache = new Map<string, string[]>();

/** The text's lines with page headers and footers replaced by PAGE_BREAK lines (read once per file). */
function readWithBreaks(rfc: number, dir: string): string[] {
  const file = resolve(dir, `rfc${rfc}.txt`);
  let lines = cache.get(file);
  if (!lines) {
    if (!existsSync(file)) throw new Error(`Reference text not found: ${file} (set RFC_DIR to the folder of rfcNNNN.txt files)`);
    lines = readFileSync(file, 'utf8')
      .replaceAll('\f', '\n')
      .split(/\r?\n/)
      .map((line) => (PAGE_FOOTER.test(line) || PAGE_HEADER.test(line) ? PAGE_BREAK : line));
    cache.set(file, lines);
  }
  return lines;
}

/** Collapses whitespace; a hyphen at a line break joins the two halves ("Proxy-\nAuthenticate"). */
export function normalize(text: string): string {
  return text.replace(/-\s*\n\s*/g, '-').replace(/\s+/g, ' ').trim();
}

const HEADING = /^(\d+(?:\.\d+)*)\.?\s+\S/;

/**
 * Where a section sits in the text: its heading line (not the table of contents entry, which has
 * dot leaders) and the line where the next heading starts.
 */
function locateSection(lines: readonly string[], section: string): { start: number; end: number } | undefined {
  const start = lines.findIndex((line) => HEADING.exec(line)?.[1] === section && !line.includes('....') && !/\.\s\.\s\./.test(line));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && (HEADING.test(line) || /^Appendix [A-Z]/.test(line)));
  return { start, end: end < 0 ? lines.length : end };
}

const indent = (line: string) => line.length - line.trimStart().length;

/** The body of one section (heading excluded, subsections excluded), or undefined if absent. */
export function sectionText(rfc: number, section: string, dir = rfcDir()): string | undefined {
  const lines = readWithBreaks(rfc, dir);
  const at = locateSection(lines, section);
  return at && normalize(lines.slice(at.start + 1, at.end).filter((line) => line !== PAGE_BREAK).join('\n'));
}

/** True when `quote` appears word for word in the given section. */
export function isVerbatim(quote: string, rfc: number, section: string, dir = rfcDir()): boolean {
  const body = sectionText(rfc, section, dir);
  return body !== undefined && body.includes(normalize(quote));
}

/** The section's heading line as printed, e.g. "15.5.4. 403 Forbidden" -> "403 Forbidden". */
export function sectionTitle(rfc: number, section: string, dir = rfcDir()): string | undefined {
  const lines = readWithBreaks(rfc, dir);
  const at = locateSection(lines, section);
  return at && lines[at.start]!.replace(HEADING, (m) => m.slice(-1)).replace(/^\S*?(?=\S)/, '').trim();
}

/**
 * The section split into blocks as the RFC lays them out: prose paragraphs (wrapping undone) and
 * artwork (ABNF, examples), which keeps its lines. A definition term on a line of its own (RFC 6750
 * error codes) becomes a paragraph of its own.
 */
export function sectionBlocks(rfc: number, section: string, dir = rfcDir()): { kind: 'p' | 'pre'; text: string }[] {
  const lines = readWithBreaks(rfc, dir);
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
  const blocks: { kind: 'p' | 'pre'; text: string }[] = [];
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
