/**
 * Word-level differences between two versions of a text, via jsdiff's array diff over our own tokens.
 * A section reference ("Section 4.1", "Section 11.6.1") is one token: jsdiff's word tokenizer would
 * split it at the dots and show "4" removed and "11.6" added around a shared ".1", which misreads as a
 * change of wording. Everything else is a word or one punctuation mark, with the white space after it.
 */
import { diffArrays } from 'diff';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** A token keeps the white space after it, so that a run of changed words reads as one change. */
const TOKEN = /Sections? \d+(?:\.\d+)*\s*|[\p{L}\p{N}'’_-]+\s*|[^\s\p{L}\p{N}]\s*|\s+/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function wordDiff(before: string, after: string): DiffPart[] {
  // Tokens compare without their trailing white space ("request" before a comma is "request").
  const same = (a: string, b: string) => a.trimEnd() === b.trimEnd();
  const parts: DiffPart[] = diffArrays(tokens(before), tokens(after), { comparator: same }).map((c) => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value.join(''),
  }));
  // Neighbouring pieces of the same kind read as one change.
  const merged: DiffPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && last.kind === part.kind) last.text += part.text;
    else if (part.text !== '') merged.push({ ...part });
  }
  return merged;
}
