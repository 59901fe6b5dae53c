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

/** The text's lines without page furniture. */
export function readRfcLines(rfc: number, dir = rfcDir()): string[] {
  const file = resolve(dir, `rfc${rfc}.txt`);
  if (!existsSync(file)) throw new Error(`Reference text not found: ${file} (set RFC_DIR to the folder of rfcNNNN.txt files)`);
  return readFileSync(file, 'utf8')
    .replaceAll('\f', '\n')
    .split(/\r?\n/)
    .filter((line) => !PAGE_FOOTER.test(line) && !PAGE_HEADER.test(line));
}

/** Collapses whitespace; a hyphen at a line break joins the two halves ("Proxy-\nAuthenticate"). */
export function normalize(text: string): string {
  return text.replace(/-\s*\n\s*/g, '-').replace(/\s+/g, ' ').trim();
}

const HEADING = /^(\d+(?:\.\d+)*)\.?\s+\S/;

/** The body of one section (heading excluded, subsections excluded), or undefined if absent. */
export function sectionText(rfc: number, section: string, dir = rfcDir()): string | undefined {
  const lines = readRfcLines(rfc, dir);
  const start = lines.findIndex((line) => {
    const m = HEADING.exec(line);
    return m?.[1] === section && !line.includes('....') && !/\.\s\.\s\./.test(line);
  });
  if (start < 0) return undefined;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (HEADING.test(line) || /^Appendix [A-Z]/.test(line)) {
      end = i;
      break;
    }
  }
  return normalize(lines.slice(start + 1, end).join('\n'));
}

/** True when `quote` appears word for word in the given section. */
export function isVerbatim(quote: string, rfc: number, section: string, dir = rfcDir()): boolean {
  const body = sectionText(rfc, section, dir);
  return body !== undefined && body.includes(normalize(quote));
}
