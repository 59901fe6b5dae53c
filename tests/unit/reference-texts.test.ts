import { describe, expect, it } from 'vitest';
import { outcomes, SECTIONS } from '../../src/decision/index.ts';
import { isVerbatim, normalize, sectionText } from '../../scripts/lib/rfc-text.ts';

describe('reference texts', () => {
  it('find the sections the site cites', () => {
    for (const [id, s] of Object.entries(SECTIONS)) {
      expect(sectionText(s.rfc, s.section), id).toBeTruthy();
    }
  });

  it('cut a section at the next heading', () => {
    const body = sectionText(9110, '15.5.4')!;
    expect(body.startsWith('The 403 (Forbidden) status code indicates')).toBe(true);
    expect(body).not.toContain('404 (Not Found) status code indicates');
  });

  it('ignore page furniture and line wrapping', () => {
    // This sentence of RFC 6750 §3 runs across a page footer and header in the official text.
    expect(isVerbatim('In some cases, the "scope" value will be used when requesting a new access token with sufficient scope of access to utilize the protected resource.', 6750, '3')).toBe(true);
    expect(normalize('Proxy-\n   Authenticate  header')).toBe('Proxy-Authenticate header');
  });

  it('reject a quote changed by one word', () => {
    expect(isVerbatim('The 403 (Forbidden) status code indicates that the server understood the request but refuses to authorize it.', 9110, '15.5.4')).toBe(false);
    expect(isVerbatim('The 403 (Forbidden) status code indicates that the server understood the request but refuses to authorize it.', 7231, '6.5.3')).toBe(true);
  });
});

describe('every quoted citation', () => {
  const citations = outcomes.flatMap((o) => o.citations.map((c) => ({ slug: o.slug, ...c })));
  it.each(citations)('$slug cites $ref verbatim', ({ ref, quote }) => {
    const { rfc, section } = SECTIONS[ref];
    expect(isVerbatim(quote, rfc, section), `${quote}\nnot found in RFC ${rfc} §${section}`).toBe(true);
  });
});
