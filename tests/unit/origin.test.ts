import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../src/decision/index.ts';
import { atOrigin } from '../../src/site/origin.ts';
import { withQuery as permalink } from '../../src/routes.ts';
import { reviewComment } from '../../src/view/snippets.ts';

describe('copied links', () => {
  const canonical = 'https://example.github.io/http-401-vs-403/outcomes/forbidden/';

  it('use the origin the page is read at, with the built path, query and fragment', () => {
    expect(atOrigin(canonical, 'http://127.0.0.1:4329')).toBe('http://127.0.0.1:4329/http-401-vs-403/outcomes/forbidden/');
    expect(atOrigin(`${canonical}?checked-by=origin#x`, 'https://mirror.example:8443/ignored/path')).toBe('https://mirror.example:8443/http-401-vs-403/outcomes/forbidden/?checked-by=origin#x');
    expect(reviewComment(OUTCOMES.forbidden, permalink(atOrigin(canonical, 'http://localhost:8080'), '?a=b'))).toMatch(/\nWhy: http:\/\/localhost:8080\/http-401-vs-403\/outcomes\/forbidden\/\?a=b$/);
  });

  it('stay as built without a usable origin (at build time, or a file: page whose origin is "null")', () => {
    expect(atOrigin(canonical, undefined)).toBe(canonical);
    expect(atOrigin(canonical, '')).toBe(canonical);
    expect(atOrigin(canonical, 'null')).toBe(canonical);
    expect(atOrigin('not a url', 'http://localhost')).toBe('not a url');
  });
});
