import { describe, expect, it } from 'vitest';
import { OUTCOMES, outcomes } from '../../src/decision/index.ts';
import { withQuery } from '../../src/routes.ts';
import { rawResponse, reviewComment } from '../../src/view/snippets.ts';

describe('share snippets', () => {
  const page = 'https://example.github.io/http-401-vs-403/outcomes/forbidden/';

  it('write the review comment exactly', () => {
    expect(reviewComment(OUTCOMES.forbidden, withQuery(page, '?checked-by=origin'))).toBe(
      [
        '**403 Forbidden**: A valid caller whose role, group or policy forbids this operation (on every record of the kind) gets 403 Forbidden. With Bearer: a bare challenge and no error code, not insufficient_scope.',
        '',
        '> A server that receives valid credentials that are not adequate to gain access ought to respond with the 403 (Forbidden) status code (Section 15.5.4).',
        '> — [RFC 9110 §11.4 Credentials](https://www.rfc-editor.org/rfc/rfc9110#section-11.4)',
        '',
        'Why: https://example.github.io/http-401-vs-403/outcomes/forbidden/?checked-by=origin',
      ].join('\n'),
    );
  });

  it('quote each outcome’s decisive sentence on one line, and the permalink last', () => {
    for (const o of outcomes) {
      const text = reviewComment(o, page);
      expect(text.split('\n')[2]).toBe(`> ${o.citations[0].quote.replace(/\s+/g, ' ')}`);
      expect(text.endsWith(`Why: ${page}`)).toBe(true);
    }
  });

  it('join a permalink and its answers with one question mark', () => {
    expect(withQuery(page, '')).toBe(page);
    expect(withQuery(page, '?a=b')).toBe(`${page}?a=b`);
    expect(withQuery(page, 'a=b')).toBe(`${page}?a=b`);
  });

  it('give the raw response as the outcome’s example, or its variant for the settings', () => {
    expect(rawResponse(OUTCOMES['invalid-credentials']).split('\n')[1]).toBe('WWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"');
    const basic = { scheme: 'basic', client: 'programmatic' } as const;
    expect(rawResponse(OUTCOMES['invalid-credentials'], basic).split('\n')[1]).toBe('WWW-Authenticate: Basic realm="admin", charset="UTF-8"');
  });
});
