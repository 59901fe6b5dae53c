/**
 * Word-level differences between two versions of a text, via jsdiff's array diff over our own tokens.
 * A section reference ("Section 4.1", "Section 11.6.1") is one token: jsdiff's word tokenizer would
 * split it at the dots and show "4" removed and "11.6" added around a shared ".1", which misreads as a
 * change of wording. Everything else is a word, a run of white space or one punctuation mark.
 */
import { diffArrays } from 'diff';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

const TOKEN = /Sections? \d+(?:\.\d+)*|\s+|[\p{L}\p{N}'’_-]+|[^\s\p{L}\p{N}]/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = diffArrays(tokens(before), tokens(after)).map((c) => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value.join(''),
  }));
  // A change that differs only in white space is no change worth marking.
  return parts.filter((p) => p.text !== '');
}
