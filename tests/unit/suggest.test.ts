import { describe, expect, it } from 'vitest';
import { OUTCOME_SLUGS, QUESTION_IDS } from '../../src/decision/index.ts';
import { decodeLeniently, lastSegment, MAX_SEGMENT_LENGTH, statusAliases, suggest } from '../../src/site/suggest.ts';

const IDS = [...OUTCOME_SLUGS, ...QUESTION_IDS];

describe('the 404 page\u2019s suggestions', () => {
  it('find the page a mistyped or cut address meant', () => {
    expect(suggest('/outcomes/forbiden/', IDS)[0]).toBe('forbidden');
    expect(suggest('/questions/credentials-vald/', IDS)[0]).toBe('credentials-valid');
    expect(suggest('/http-401-vs-403/outcomes/forbid', IDS)[0]).toBe('forbidden');
    expect(suggest('/outcomes/FORBIDDEN/', IDS)[0]).toBe('forbidden');
    expect(suggest('/outcomes/%66orbidden/', IDS)[0]).toBe('forbidden');
  });

  it('offer nothing for an address that is nowhere near, or for the root', () => {
    expect(suggest('/zzzzzzzzzzzzzzzzzzzzzz/', IDS)).toEqual([]);
    expect(suggest('/', IDS)).toEqual([]);
    expect(suggest('', IDS)).toEqual([]);
  });

  it('survive malformed percent-encoding, very long addresses and prototype keys', () => {
    for (const path of ['/questions/%E0%A4/', '/outcomes/%zz/', '/%', '/outcomes/forbid%E0%A4%A', '/%ED%A0%80/', `/${'x'.repeat(100_000)}/`, '/__proto__/', '/constructor/', '/outcomes/hasOwnProperty']) {
      expect(() => suggest(path, IDS), path).not.toThrow();
    }
    expect(suggest('/outcomes/forbidden%zz/', IDS)).toContain('forbidden');
    expect(suggest(`/outcomes/forbidden${'x'.repeat(10_000)}/`, IDS)).toContain('forbidden');
  });

  it('decode what is valid and keep the rest as typed', () => {
    expect(decodeLeniently('caf%C3%A9')).toBe('caf\u00e9');
    expect(decodeLeniently('%zz%41')).toBe('%zzA');
    expect(decodeLeniently('a%E0%A4b%41')).toBe('a%E0%A4bA');
    expect(lastSegment('/a/B%2Fc/')).toBe('b/c');
    expect(lastSegment(`/${'%41'.repeat(1000)}`)).toHaveLength(MAX_SEGMENT_LENGTH);
  });
});

describe('status numbers and names', () => {
  const slugs = ['authentication-required', 'invalid-credentials', 'forbidden', 'not-found', 'proxy-authentication-required'];
  const aliases = new Map([
    ['authentication-required', statusAliases(401, 'Unauthorized')],
    ['invalid-credentials', statusAliases(401, 'Unauthorized')],
    ['forbidden', statusAliases(403, 'Forbidden')],
    ['not-found', statusAliases(404, 'Not Found')],
    ['proxy-authentication-required', statusAliases(407, 'Proxy Authentication Required')],
  ]);

  it('lead to every outcome with that status', () => {
    expect(suggest('/401/', slugs, 3, aliases)).toEqual(['authentication-required', 'invalid-credentials']);
    expect(suggest('/outcomes/unauthorized/', slugs, 3, aliases).slice(0, 2)).toEqual(['authentication-required', 'invalid-credentials']);
    expect(suggest('/403', slugs, 3, aliases)).toEqual(['forbidden']);
    expect(suggest('/notfound/', slugs, 3, aliases)[0]).toBe('not-found');
  });

  it('do not match without the aliases', () => {
    expect(suggest('/401/', slugs)).toEqual([]);
  });
});
