/**
 * The full comparison with the reference RFC texts. They live beside the project (../shared/rfc, or
 * RFC_DIR), never in it, so in a bare clone these tests are skipped: the lock checks of
 * verbatim.test.ts still prove every quote. With the texts present, every excerpt and quote is compared
 * with the RFC itself, and the committed lock must be what the texts give now (`npm run lock:rfc`
 * rewrites it; this test never does).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outcomes, SECTIONS } from '../../src/decision/index.ts';
import { excerptSchema } from '../../src/rfc-library/content-schemas.ts';
import { parseBody } from '../../src/rfc-library/excerpt-text.ts';
import { loadCollection } from '../../scripts/lib/content-files.ts';
import { buildLock, LOCK_FILE, lockedSections, serializeLock } from '../../scripts/lib/rfc-lock.ts';
import { isVerbatim, referenceStatus, sectionBlocks, sectionText, sectionTitle } from '../../scripts/lib/rfc-text.ts';
import { normalizeBlock } from '../../scripts/lib/verbatim.ts';

const refs = referenceStatus(lockedSections().map((s) => s.rfc));
const skipped = `skipped: no reference texts in ${refs.dir} (set RFC_DIR=/path/to/rfc to run them)`;
if (!refs.present && !refs.explicit) console.warn(`RFC verbatim checks against the reference texts ${skipped}; the lock checks still ran.`);

it('reference texts are complete wherever they are asked for', () => {
  // RFC_DIR set, or some texts there but not all: a broken setup, not a reason to skip.
  if (refs.explicit || refs.missing.length < new Set(lockedSections().map((s) => s.rfc)).size) {
    expect(refs.missing, `missing in ${refs.dir}`).toEqual([]);
  }
});

describe.skipIf(!refs.present)(`against the reference texts${refs.present ? ` in ${refs.dir}` : ` (${skipped})`}`, () => {
  it('the committed lock is what the texts give now (npm run lock:rfc rewrites it)', () => {
    expect(readFileSync(LOCK_FILE, 'utf8'), 'content/excerpts.lock.json is stale: run npm run lock:rfc').toBe(serializeLock(buildLock(refs.dir)));
  });

  it('find the sections the site cites', () => {
    for (const [id, s] of Object.entries(SECTIONS)) {
      expect(sectionText(s.rfc, s.section), id).toBeTruthy();
    }
  });

  it('cut a section at the next heading', () => {
    const body = sectionText(9110, '15.5.4')!;
    expect(body.startsWith('The 403 (Forbidden) status code indicates')).toBe(true);
    expect(body).not.toContain('404 (Not Found) status code indicates');
    expect(sectionText(2616, '21')).not.toContain('Funding for the RFC Editor');
  });

  it('ignore page furniture and line wrapping, and keep dash pairs and compounds', () => {
    // This sentence of RFC 6750 §3 runs across a page footer and header in the official text.
    expect(isVerbatim('In some cases, the "scope" value will be used when requesting a new access token with sufficient scope of access to utilize the protected resource.', 6750, '3')).toBe(true);
    expect(isVerbatim('itself with an origin server -- usually, but not necessarily, after receiving a 401 (Unauthorized) -- can do so', 9110, '11.3')).toBe(true);
    expect(isVerbatim('itself with an origin server --usually, but not necessarily, after receiving a 401 (Unauthorized) --can do so', 9110, '11.3')).toBe(false);
    expect(isVerbatim('in other response messages', 7235, '4.1')).toBe(true);
    expect(sectionText(9110, '11.7.1')).toContain('Proxy-Authenticate');
  });

  it('reject a quote changed by one word', () => {
    expect(isVerbatim('The 403 (Forbidden) status code indicates that the server understood the request but refuses to authorize it.', 9110, '15.5.4')).toBe(false);
    expect(isVerbatim('The 403 (Forbidden) status code indicates that the server understood the request but refuses to authorize it.', 7231, '6.5.3')).toBe(true);
  });

  const excerpts = loadCollection('excerpts').map((e) => ({ ...e, data: excerptSchema.parse(e.data), blocks: parseBody(e.body) }));

  it.each(excerpts.map((e) => [e.id, e] as const))('%s matches the reference text', (_id, e) => {
    const reference = sectionBlocks(e.data.rfc, e.data.section);
    expect(reference.length, 'section not found in the reference text').toBeGreaterThan(0);
    const ours = e.blocks.map(normalizeBlock);
    const theirs = reference.map(normalizeBlock);
    if (e.data.whole) {
      expect(ours).toEqual(theirs);
    } else {
      let from = 0;
      for (const block of ours) {
        const at = theirs.indexOf(block, from);
        expect(at, `not in the section, or out of order: ${block}`).toBeGreaterThanOrEqual(0);
        from = at + 1;
      }
    }
    expect(e.data.title).toBe(sectionTitle(e.data.rfc, e.data.section));
  });

  const citations = outcomes.flatMap((o) => o.citations.map((c) => ({ slug: o.slug, ...c })));
  it.each(citations)('$slug cites $ref verbatim', ({ ref, quote }) => {
    const { rfc, section } = SECTIONS[ref];
    expect(isVerbatim(quote, rfc, section), `${quote}\nnot found in RFC ${rfc} §${section}`).toBe(true);
  });
});
