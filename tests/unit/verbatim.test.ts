/**
 * The verbatim checks that need nothing beside the repository: every excerpt against the hashes of the
 * committed lock (content/excerpts.lock.json, written by `npm run lock:rfc` from the reference texts),
 * every other quote against an excerpt of the same section, and proof that the checks can fail.
 * The comparison with the reference texts themselves is in reference-texts.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { outcomes, POLICY_TEXT, PRESETS, RULE_IDS, RULES, SECTIONS } from '../../src/decision/index.ts';
import { claimSchema, excerptSchema, historySchema } from '../../src/rfc-library/content-schemas.ts';
import { parseBody } from '../../src/rfc-library/excerpt-text.ts';
import { loadCollection } from '../../scripts/lib/content-files.ts';
import { QUOTED_ELSEWHERE, readLock, sectionId } from '../../scripts/lib/rfc-lock.ts';
import { blocksOf, referenceLines, titleOf } from '../../scripts/lib/rfc-text.ts';
import { checkExcerpt, checkParagraphs, collapse, normalize, normalizeBlock, quoteInExcerpt, sha256, type TextBlock } from '../../scripts/lib/verbatim.ts';

const lock = readLock();
const excerpts = loadCollection('excerpts').map((e) => ({ id: e.id, data: excerptSchema.parse(e.data), blocks: parseBody(e.body) }));
const byId = new Map(excerpts.map((e) => [e.id, e]));
const history = loadCollection('history').map((e) => ({ ...e, data: historySchema.parse(e.data) }));
const claims = loadCollection('claims').map((e) => ({ ...e, data: claimSchema.parse(e.data) }));

const asChecked = (e: (typeof excerpts)[number]) => ({ whole: e.data.whole, title: e.data.title, blocks: e.blocks });

describe('the normaliser', () => {
  it('keeps the space after a dash pair at a line end (RFC 9110 §11.3)', () => {
    const wrapped = 'A user agent that wishes to authenticate itself with an origin server --\nusually, but not necessarily, after receiving a 401 (Unauthorized) --\ncan do so by including an Authorization header field with the request.';
    expect(normalize(wrapped)).toBe('A user agent that wishes to authenticate itself with an origin server -- usually, but not necessarily, after receiving a 401 (Unauthorized) -- can do so by including an Authorization header field with the request.');
    expect(normalize(wrapped)).not.toContain('--usually');
    expect(normalize('a proxy -- usually, but\nnot necessarily, after receiving a 407 (Proxy Authentication Required)\n-- can do so')).toBe('a proxy -- usually, but not necessarily, after receiving a 407 (Proxy Authentication Required) -- can do so');
  });

  it('keeps the space after a dash pair glued to a word at a line end (RFC 2616 §14.8)', () => {
    expect(normalize('itself with a server--\n      usually, but not necessarily, after receiving a 401 response--does so')).toBe(
      'itself with a server-- usually, but not necessarily, after receiving a 401 response--does so',
    );
  });

  it('joins a hyphenated compound broken at a line end, keeping its hyphen', () => {
    expect(normalize('a Proxy-\n   Authenticate  header')).toBe('a Proxy-Authenticate header');
    expect(normalize('the WWW-\n   Authenticate field value')).toBe('the WWW-Authenticate field value');
    expect(normalize('a "100-\n   continue" expectation; bytes=0-\n        499')).toBe('a "100-continue" expectation; bytes=0-499');
    expect(normalize('byte-content-range-\n   spec')).toBe('byte-content-range-spec');
  });

  it('keeps the space of a suspended hyphen (RFC 7235 §6.1: "transport- or session-level")', () => {
    expect(normalize('the underlying transport-\n   or session-level connection')).toBe('the underlying transport- or session-level connection');
    expect(normalize('first-\n   and second-level')).toBe('first- and second-level');
  });

  it('never joins across a blank line, after a lone hyphen, or before punctuation', () => {
    expect(normalize('bytes=9500-\n\n   Or the last')).toBe('bytes=9500- Or the last');
    expect(normalize('a -\n   b')).toBe('a - b');
    expect(normalize('[Request-\n   ]URI')).toBe('[Request- ]URI');
  });

  it('leaves the line ends of artwork alone', () => {
    expect(normalizeBlock({ kind: 'pre', text: 'Cache-\nControl: no-cache' })).toBe('Cache- Control: no-cache');
    expect(normalizeBlock({ kind: 'p', text: 'Cache-\nControl: no-cache' })).toBe('Cache-Control: no-cache');
  });

  it('collapses only whitespace: every other character still counts', () => {
    expect(normalize('malformed.  The  resource\n   server')).toBe('malformed. The resource server');
    expect(normalize('refuses to fulfill it.')).not.toBe(normalize('refuses to fulfill it'));
    expect(normalize('server -- usually')).not.toBe(normalize('server --usually'));
    expect(normalize('Proxy-Authenticate')).not.toBe(normalize('Proxy- Authenticate'));
  });
});

describe('cutting a section out of a paginated RFC text', () => {
  // Two pages of an official-style text: a sentence, a dash pair and a compound run across the page break.
  const text = [
    'RFC 7235              HTTP/1.1: Authentication               June 2014',
    '',
    '3.1.  401 Unauthorized',
    '',
    '   The 401 (Unauthorized) status code indicates that the request has not',
    '   been applied because it lacks valid authentication credentials.  The',
    '   user agent MAY repeat the request with a new or replaced Proxy-',
    '',
    '',
    'Fielding & Reschke           Standards Track                    [Page 6]',
    '\f',
    'RFC 7235              HTTP/1.1: Authentication               June 2014',
    '',
    '',
    '   Authorization header field, usually, but not necessarily, after a 401 --',
    '   and only once -- with new credentials.',
    '',
    '     WWW-Authenticate = 1#challenge',
    '',
    '   A paragraph that ends at the foot of a page.',
    '',
    'Fielding & Reschke           Standards Track                    [Page 7]',
    '\f',
    'RFC 7235              HTTP/1.1: Authentication               June 2014',
    '',
    '   A paragraph that starts at the head of the next page.',
    '',
    '3.2.  407 Proxy Authentication Required',
    '',
    '   Not part of 3.1.',
  ].join('\n');
  const lines = referenceLines(text);

  it('drops page headers and footers, and joins the paragraph they interrupt', () => {
    expect(blocksOf(lines, '3.1')).toEqual([
      {
        kind: 'p',
        text: 'The 401 (Unauthorized) status code indicates that the request has not been applied because it lacks valid authentication credentials. The user agent MAY repeat the request with a new or replaced Proxy-Authorization header field, usually, but not necessarily, after a 401 -- and only once -- with new credentials.',
      },
      { kind: 'pre', text: 'WWW-Authenticate = 1#challenge' },
      { kind: 'p', text: 'A paragraph that ends at the foot of a page.' },
      { kind: 'p', text: 'A paragraph that starts at the head of the next page.' },
    ]);
    expect(titleOf(lines, '3.1')).toBe('401 Unauthorized');
  });

  it('stops at the next heading', () => {
    expect(blocksOf(lines, '3.2')).toEqual([{ kind: 'p', text: 'Not part of 3.1.' }]);
    expect(blocksOf(lines, '3.3')).toEqual([]);
  });
});

describe('the lock file', () => {
  it('covers exactly the excerpts and the sections quoted elsewhere', () => {
    const expected = [...excerpts.map((e) => e.id), ...QUOTED_ELSEWHERE.map((q) => sectionId(q.rfc, q.section))].sort();
    expect(Object.keys(lock.sections).sort()).toEqual(expected);
  });

  it('says where every section came from', () => {
    for (const [id, s] of Object.entries(lock.sections)) {
      expect(id).toBe(sectionId(s.rfc, s.section));
      expect(s.reference, id).toBe(`rfc${s.rfc}.txt`);
      expect(lock.references[s.reference], id).toMatch(/^[0-9a-f]{64}$/);
      expect(s.sha256, id).toMatch(/^[0-9a-f]{64}$/);
      expect(s.blocks.length, id).toBeGreaterThan(0);
    }
    for (const e of excerpts) expect([lock.sections[e.id]?.rfc, lock.sections[e.id]?.section], e.id).toEqual([e.data.rfc, e.data.section]);
  });
});

describe('excerpts are verbatim (against the lock)', () => {
  it.each(excerpts.map((e) => [e.id, e] as const))('%s', (id, e) => {
    expect(checkExcerpt(asChecked(e), lock.sections[id]!)).toEqual([]);
  });
});

describe('every other quote is in an excerpt of the same section', () => {
  const citations = [
    ...outcomes.flatMap((o) => o.citations.map((c) => ({ slug: o.slug, ...c }))),
    ...PRESETS.flatMap((id) => POLICY_TEXT[id].citations.map((c) => ({ slug: `policy ${id}`, ...c }))),
  ];
  it.each(citations)('$slug cites $ref', ({ ref, quote }) => {
    const e = byId.get(ref);
    expect(e, `no excerpt ${ref}`).toBeDefined();
    expect([e!.data.rfc, e!.data.section]).toEqual([SECTIONS[ref].rfc, SECTIONS[ref].section]);
    expect(quoteInExcerpt(quote, e!.blocks), `${quote}\nis not in ${ref}`).toBe(true);
  });

  const ruleQuotes = RULE_IDS.flatMap((id) => {
    const c = RULES[id].citation;
    return 'ref' in c ? [{ id, ref: c.ref, quote: c.quote }] : [];
  });
  it('the checker rules quote (the rest are marked paraphrases)', () => {
    expect(ruleQuotes.length).toBeGreaterThanOrEqual(20);
  });
  it.each(ruleQuotes)('checker rule $id cites $ref', ({ ref, quote }) => {
    const e = byId.get(ref);
    expect(e, `no excerpt ${ref}`).toBeDefined();
    expect([e!.data.rfc, e!.data.section]).toEqual([SECTIONS[ref].rfc, SECTIONS[ref].section]);
    expect(quoteInExcerpt(quote, e!.blocks), `${quote}\nis not in ${ref}`).toBe(true);
    const changed = quote.replace(/\b([A-Za-z]{4,})\b/, (w) => (w === 'other' ? 'another' : 'other'));
    expect(quoteInExcerpt(changed, e!.blocks), changed).toBe(false);
  });

  it.each(claims.map((c) => [c.id, c] as const))('claim %s', (_id, c) => {
    const e = byId.get(c.data.excerpt);
    expect(e, c.data.excerpt).toBeDefined();
    expect(quoteInExcerpt(c.data.quote, e!.blocks), `${c.data.quote}\nis not in ${c.data.excerpt}`).toBe(true);
  });

  /** Words in double quotes that are not RFC text, each with the reason. */
  const NOT_RFC_TEXT: Record<string, string> = {
    'None.': 'RFC 9110 Appendix B.6 (changes from RFC 7235), not excerpted',
    '403 means the client must not retry': 'a popular reading, quoted as such',
    '403 means authentication will not help': 'a popular reading, quoted as such',
    'other credentials might help': 'what the header field says to a client, in our words',
    'ask for access': 'what a user sees, in our words',
  };
  /** Every passage in double quotes, outside code spans. */
  const quoted = (text: string) => [...collapse(text.replace(/`[^`]*`/g, '')).matchAll(/"([^"]+)"/g)].map((m) => m[1]!);

  it.each(history.map((h) => [h.id, h] as const))('history %s: every quoted passage is in one of its versions', (_id, h) => {
    const passages = quoted(`${h.data.summary}\n\n${h.body}`);
    expect(passages.length).toBeGreaterThan(0);
    for (const q of passages) {
      if (q in NOT_RFC_TEXT) continue;
      expect(h.data.versions.some((v) => quoteInExcerpt(q, byId.get(v)!.blocks)), `"${q}" is in none of ${h.data.versions.join(', ')}`).toBe(true);
    }
  });

  it.each(claims.map((c) => [c.id, c] as const))('claim %s: every passage quoted in the text is in an excerpt', (_id, c) => {
    for (const q of quoted(c.body)) {
      if (q in NOT_RFC_TEXT) continue;
      expect(excerpts.some((e) => quoteInExcerpt(q, e.blocks)), `"${q}" is in no excerpt`).toBe(true);
    }
  });

  it('the licence page quotes whole paragraphs of RFC 2616 §21', () => {
    const page = readFileSync(new URL('../../src/pages/license.astro', import.meta.url), 'utf8');
    const quote = /<blockquote class="rfc" cite="https:\/\/www\.rfc-editor\.org\/rfc\/rfc2616#section-21">([\s\S]*?)<\/blockquote>/.exec(page);
    expect(quote).not.toBeNull();
    const paragraphs = [...quote![1]!.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
    expect(paragraphs).toHaveLength(3);
    expect(checkParagraphs(paragraphs, lock.sections['rfc2616-21']!)).toEqual([]);
  });

  it('no allowance is left over', () => {
    const all = [...history.flatMap((h) => quoted(`${h.data.summary}\n\n${h.body}`)), ...claims.flatMap((c) => quoted(c.body))];
    for (const q of Object.keys(NOT_RFC_TEXT)) expect(all, q).toContain(q);
  });
});

describe('the checks fail when a word changes', () => {
  /** Changes the `n`th word of the longest block (a word of at least four letters) to another word. */
  function changeOneWord(blocks: readonly TextBlock[]): TextBlock[] {
    const longest = blocks.reduce((best, b, i) => (b.text.length > blocks[best]!.text.length ? i : best), 0);
    return blocks.map((b, i) => (i === longest ? { ...b, text: b.text.replace(/\b([A-Za-z]{4,})\b/, (w) => (w === 'other' ? 'another' : 'other')) } : b));
  }

  it('an edited copy of an excerpt file is rejected', () => {
    // Copy one excerpt file to a scratch folder, change one word of its body there, read it back like the build does.
    const scratch = mkdtempSync(join(tmpdir(), 'verbatim-'));
    const original = readFileSync(new URL('../../content/excerpts/rfc9110-15.5.4.md', import.meta.url), 'utf8');
    const end = original.indexOf('\n---\n', 4) + 5;
    const body = original.slice(end);
    expect(body).toContain('refuses to fulfill it');
    let copy;
    try {
      mkdirSync(join(scratch, 'excerpts'));
      writeFileSync(join(scratch, 'excerpts', 'rfc9110-15.5.4.md'), original.slice(0, end) + body.replace('refuses to fulfill it', 'refuses to authorize it'));
      [copy] = loadCollection('excerpts', pathToFileURL(`${scratch}/`));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    expect(copy!.body).toContain('refuses to authorize it');
    const check = (text: string) => checkExcerpt({ whole: true, title: '403 Forbidden', blocks: parseBody(text) }, lock.sections['rfc9110-15.5.4']!);
    expect(check(copy!.body)).toContain('the text differs from the section (SHA-256 of the normalised text)');
    expect(check(body)).toEqual([]);
  });

  it.each(excerpts.map((e) => [e.id, e] as const))('%s with one word changed is rejected', (id, e) => {
    const changed = changeOneWord(e.blocks);
    expect(changed).not.toEqual(e.blocks);
    expect(checkExcerpt({ ...asChecked(e), blocks: changed }, lock.sections[id]!).length).toBeGreaterThan(0);
    expect(checkExcerpt({ ...asChecked(e), whole: false, blocks: changed }, lock.sections[id]!).length).toBeGreaterThan(0);
  });

  it('the old RFC 9110 §11.3 ("server --usually … --can") is rejected', () => {
    const e = byId.get('rfc9110-11.3')!;
    const old = e.blocks.map((b) => ({ ...b, text: b.text.replace('server -- usually', 'server --usually').replace('(Unauthorized) -- can', '(Unauthorized) --can') }));
    expect(old).not.toEqual(e.blocks);
    expect(checkExcerpt({ ...asChecked(e), blocks: old }, lock.sections['rfc9110-11.3']!)).toContain(
      'the text differs from the section (SHA-256 of the normalised text)',
    );
  });

  it('a whole excerpt missing a paragraph, a title not as printed, or artwork changed is rejected', () => {
    const e = byId.get('rfc9110-11.3')!;
    const locked = lock.sections['rfc9110-11.3']!;
    expect(checkExcerpt({ ...asChecked(e), blocks: e.blocks.slice(0, -1) }, locked)).toContain('block 6 of the section is missing');
    expect(checkExcerpt({ ...asChecked(e), title: 'Challenge and response' }, locked).length).toBe(1);
    const art = e.blocks.map((b) => (b.kind === 'pre' ? { ...b, text: b.text.replace('1*SP', '*SP') } : b));
    expect(checkExcerpt({ ...asChecked(e), blocks: art }, locked).length).toBeGreaterThan(0);
  });

  it('a partial excerpt may leave paragraphs out, but not change or reorder them', () => {
    const e = byId.get('rfc9110-11.3')!;
    const locked = lock.sections['rfc9110-11.3']!;
    const partial = { ...asChecked(e), whole: false };
    expect(checkExcerpt({ ...partial, blocks: [e.blocks[0]!, e.blocks[4]!] }, locked)).toEqual([]);
    expect(checkExcerpt({ ...partial, blocks: [e.blocks[4]!, e.blocks[0]!] }, locked).length).toBe(1);
    expect(checkExcerpt({ ...partial, blocks: changeOneWord([e.blocks[0]!]) }, locked).length).toBe(1);
    // A sentence cut out of a paragraph is a quote, not a block: it belongs in a citation, not in an excerpt.
    expect(checkExcerpt({ ...partial, blocks: [{ kind: 'p', text: e.blocks[0]!.text.split(', ')[0]! }] }, locked).length).toBe(1);
  });

  it('a quote changed by one word, or taken from another section, is not in the excerpt', () => {
    const e = byId.get('rfc9110-15.5.4')!;
    expect(quoteInExcerpt('The client MAY repeat the request with new or different credentials.', e.blocks)).toBe(true);
    expect(quoteInExcerpt('The client MAY repeat the request with new or other credentials.', e.blocks)).toBe(false);
    expect(quoteInExcerpt('The 403 (Forbidden) status code indicates that the server understood the request but refuses to authorize it.', e.blocks)).toBe(false);
    expect(quoteInExcerpt('The 403 (Forbidden) status code indicates that the server understood the request but refuses to authorize it.', byId.get('rfc7231-6.5.3')!.blocks)).toBe(true);
    expect(quoteInExcerpt('', e.blocks)).toBe(false);
    for (const o of outcomes) {
      for (const c of o.citations) {
        const changed = c.quote.replace(/\b([A-Za-z]{4,})\b/, (w) => (w === 'other' ? 'another' : 'other'));
        expect(quoteInExcerpt(changed, byId.get(c.ref)!.blocks), `${o.slug}: ${changed}`).toBe(false);
      }
    }
  });

  it('a changed paragraph of the licence quote is rejected', () => {
    const locked = lock.sections['rfc2616-21']!;
    expect(checkParagraphs(['Copyright (C) The Internet Society (1999). All Rights Reserved.'], locked)).toEqual([]);
    expect(checkParagraphs(['Copyright (C) The Internet Society (1999). Some Rights Reserved.'], locked)).toHaveLength(1);
  });

  it('hashes differ for a one-character change', () => {
    expect(sha256('refuses to fulfill it')).not.toBe(sha256('refuses to fulfil it'));
  });
});
