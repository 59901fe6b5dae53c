/**
 * An excerpt's body as blocks, and a paragraph's text cut around highlighted phrases. The body is
 * plain text: paragraphs separated by blank lines, artwork (ABNF, examples) indented four spaces.
 */

export interface Block {
  kind: 'p' | 'pre';
  text: string;
}

export function parseBody(body: string): Block[] {
  return body
    .replace(/\r\n/g, '\n')
    .split(/\n[ \t]*\n/)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const lines = chunk.split('\n').filter((l) => l.trim() !== '');
      return lines.every((l) => l.startsWith('    '))
        ? { kind: 'pre' as const, text: lines.map((l) => l.slice(4)).join('\n') }
        : { kind: 'p' as const, text: lines.join(' ').replace(/\s+/g, ' ').trim() };
    });
}

export interface Segment {
  text: string;
  /** Index of the annotation this run of text highlights. */
  mark?: number;
}

/** Splits a block's text at the phrases; each phrase is highlighted where it first occurs in the excerpt. */
export function segments(text: string, phrases: readonly { phrase: string; block: number; at: number }[], blockIndex: number): Segment[] {
  const here = phrases
    .map((p, index) => ({ ...p, index }))
    .filter((p) => p.block === blockIndex)
    .sort((a, b) => a.at - b.at);
  const out: Segment[] = [];
  let pos = 0;
  for (const p of here) {
    if (p.at < pos) continue; // overlapping phrases: the first one wins
    if (p.at > pos) out.push({ text: text.slice(pos, p.at) });
    out.push({ text: p.phrase, mark: p.index });
    pos = p.at + p.phrase.length;
  }
  if (pos < text.length) out.push({ text: text.slice(pos) });
  return out;
}

/** Where each phrase first occurs: block index and offset, or block -1 when it does not occur. */
export function locate(blocks: readonly Block[], phrases: readonly string[]): { phrase: string; block: number; at: number }[] {
  return phrases.map((phrase) => {
    for (const [block, b] of blocks.entries()) {
      const at = b.text.indexOf(phrase);
      if (at >= 0) return { phrase, block, at };
    }
    return { phrase, block: -1, at: -1 };
  });
}

/** The excerpt as one string of words, for diffs and verbatim comparison. */
export function plainText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text.replace(/\s+/g, ' ').trim()).join('\n\n');
}
