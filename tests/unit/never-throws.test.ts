/**
 * Property tests (fast-check, seeded so that a failure replays): no address, however malformed,
 * makes the share-link decoder or the 404 page's suggester throw, and what they return stays sound.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromQuery, IGNORED_REASONS, isOutcomeSlug, isQuestionId, OUTCOME_SLUGS, QUESTION_IDS, QUESTIONS, toQuery } from '../../src/decision/index.ts';
import { atOrigin } from '../../src/site/origin.ts';
import { suggest } from '../../src/site/suggest.ts';

const RUNS = { seed: 42, numRuns: 2000 } as const;
const IDS = [...QUESTION_IDS, ...OUTCOME_SLUGS];
const ANSWER_IDS = [...new Set(QUESTION_IDS.flatMap((q) => QUESTIONS[q].answers.map((a) => a.id)))];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'constructor[prototype]'];
/** Broken or tricky percent-encoding: bad hex, cut sequences, overlong forms, an encoded surrogate. */
const PERCENT_JUNK = ['%', '%%', '%z', '%zz', '%E0%A4', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '%FF', '%00', '%2F', '%3F', '%26', '%3D', '%u0041'];

/** Text built from the pieces URLs are made of, plus arbitrary strings and long runs. */
const urlText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...IDS, ...ANSWER_IDS, ...PROTOTYPE_KEYS, ...PERCENT_JUNK, '&', '=', '?', '#', '+', '/', '//', '.', '..'),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.integer({ min: 100, max: 6000 }).map((n) => 'a'.repeat(n)),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(urlText, fc.string({ unit: 'binary', maxLength: 200 }));

describe('the share-link decoder (fromQuery)', () => {
  it('never throws, and returns a sound decision for any query', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, question) => {
        const d = fromQuery(question ? `?${text}` : text);
        if (d.current.kind === 'question') expect(isQuestionId(d.current.id)).toBe(true);
        else expect(isOutcomeSlug(d.current.slug)).toBe(true);
        for (const step of d.path) expect(QUESTIONS[step.question].answers.some((a) => a.id === step.answer)).toBe(true);
        for (const item of d.ignored) expect(IGNORED_REASONS).toContain(item.reason);
        // What was used is a clean link of its own: it reads back to the same walk, nothing ignored.
        const again = fromQuery(toQuery(d.path));
        expect(again.path).toEqual(d.path);
        expect(again.ignored).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('the 404 page\u2019s suggester', () => {
  it('never throws for any address, and only offers candidates, at most three', () => {
    const candidates = fc.oneof(fc.constant(IDS), fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 30 }));
    fc.assert(
      fc.property(urlText, candidates, (pathname, ids) => {
        const offered = suggest(pathname, ids);
        expect(offered.length).toBeLessThanOrEqual(3);
        for (const id of offered) expect(ids).toContain(id);
      }),
      RUNS,
    );
  });

  it('offers the id itself for its own address, in any case and percent-encoded', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDS), fc.constantFrom('outcomes', 'questions', 'x'), (id, folder) => {
        expect(suggest(`/${folder}/${id}/`, IDS)).toContain(id);
        expect(suggest(`/${folder}/${encodeURIComponent(id.toUpperCase())}`, IDS)).toContain(id);
      }),
      RUNS,
    );
  });
});

describe('the copied links\u2019 origin (atOrigin)', () => {
  it('never throws, and keeps the path, query and fragment when both URLs parse', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), anyText), fc.oneof(fc.webUrl(), anyText, fc.constant('null')), (url, origin) => {
        const moved = atOrigin(url, origin);
        if (URL.canParse(url) && URL.canParse(origin)) {
          const from = new URL(url);
          const to = new URL(moved);
          expect(to.origin).toBe(new URL(origin).origin);
          expect(`${to.pathname}${to.search}${to.hash}`).toBe(`${from.pathname}${from.search}${from.hash}`);
        } else expect(moved).toBe(url);
      }),
      RUNS,
    );
  });
});
