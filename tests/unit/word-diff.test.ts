import { describe, expect, it } from 'vitest';
import { tokens, wordDiff } from '../../src/rfc-library/word-diff.ts';

const changed = (parts: ReturnType<typeof wordDiff>, kind: 'added' | 'removed') =>
  parts.filter((p) => p.kind === kind).map((p) => p.text.trim());

describe('the wording diff', () => {
  it('keeps a section reference whole', () => {
    expect(tokens('see Section 11.6.1 and Sections 4.1').map((t) => t.trim())).toEqual(['see', 'Section 11.6.1', 'and', 'Sections 4.1']);
    const parts = wordDiff('header field (Section 4.1) containing', 'header field (Section 11.6.1) containing');
    expect(changed(parts, 'removed')).toEqual(['Section 4.1']);
    expect(changed(parts, 'added')).toEqual(['Section 11.6.1']);
  });

  it('marks changed words and keeps the rest, text intact', () => {
    const before = 'The server understood the request, but is refusing to fulfill it.';
    const after = 'The server understood the request but refuses to fulfill it.';
    const parts = wordDiff(before, after);
    const squash = (t: string) => t.replace(/\s+/g, ' ').replace(/ ([,.])/g, '$1').trim();
    expect(squash(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join(''))).toBe(before);
    expect(squash(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join(''))).toBe(after);
    expect(changed(parts, 'added')).toContain('refuses');
    expect(changed(parts, 'removed')).toContain('is refusing');
  });
});
