import { describe, expect, it } from 'vitest';
import { allPaths, DEFAULT_SETTINGS, fromQuery, MAX_QUERY_LENGTH, START, toQuery } from '../../src/decision/index.ts';

const fresh = { path: [], byPolicy: [], current: { kind: 'question', id: START }, settings: DEFAULT_SETTINGS, ignored: [], notes: [] };

describe('share URLs', () => {
  it('round-trip every path', () => {
    for (const p of allPaths()) {
      const query = toQuery(p.steps, p.settings);
      const policy = p.settings.policy === DEFAULT_SETTINGS.policy ? '' : `&policy=${p.settings.policy}`;
      expect(query.startsWith(`?scheme=${p.settings.scheme}&client=${p.settings.client}${policy}&checked-by=`)).toBe(true);
      const d = fromQuery(query);
      expect(d.path).toEqual(p.steps);
      expect(d.current).toEqual({ kind: 'outcome', slug: p.outcome });
      expect(d.settings).toEqual(p.settings);
      expect(d.ignored).toEqual([]);
      expect(d.notes).toEqual([]);
    }
  });

  it('give an empty query for no answers and start at the beginning', () => {
    expect(toQuery([])).toBe('');
    expect(fromQuery('')).toEqual(fresh);
    expect(fromQuery('?')).toEqual(fresh);
    // Settings chosen before any answer are kept.
    expect(toQuery([], { ...DEFAULT_SETTINGS, scheme: 'basic', client: 'programmatic' })).toBe('?scheme=basic&client=programmatic');
    expect(fromQuery('?scheme=basic&client=programmatic').settings).toEqual({ scheme: 'basic', client: 'programmatic', policy: 'none' });
    // The policy is written only when one is chosen, so links made before policies read the same.
    expect(toQuery([], { ...DEFAULT_SETTINGS, policy: 'conceal' })).toBe('?scheme=bearer&client=programmatic&policy=conceal');
  });

  it('report an unknown key and keep the rest', () => {
    const d = fromQuery('?checked-by=origin&client-blocked=no&utm_source=review&route-exists=no');
    expect(d.current).toEqual({ kind: 'outcome', slug: 'not-found' });
    expect(d.ignored).toEqual([expect.objectContaining({ key: 'utm_source', value: 'review', reason: 'unknown-question' })]);
    expect(d.ignored[0]!.message).toContain('utm_source');
  });

  it('stop at an unknown answer and ask that question again', () => {
    const d = fromQuery('?checked-by=origin&client-blocked=no&route-exists=maybe');
    expect(d.path).toEqual([{ question: 'checked-by', answer: 'origin' }, { question: 'client-blocked', answer: 'no' }]);
    expect(d.current).toEqual({ kind: 'question', id: 'route-exists' });
    expect(d.ignored).toEqual([expect.objectContaining({ key: 'route-exists', value: 'maybe', reason: 'unknown-answer' })]);
    expect(d.ignored[0]!.message).toContain('\u201cyes\u201d');
  });

  it('handle a link truncated mid-value or mid-key', () => {
    const cutValue = fromQuery('?checked-by=origin&client-blocked=no&route-exists=ye');
    expect(cutValue.current).toEqual({ kind: 'question', id: 'route-exists' });
    expect(cutValue.ignored.map((i) => i.reason)).toEqual(['unknown-answer']);
    const cutKey = fromQuery('?checked-by=origin&client-blocked=no&route-exi');
    expect(cutKey.current).toEqual({ kind: 'question', id: 'route-exists' });
    expect(cutKey.ignored.map((i) => i.reason)).toEqual(['unknown-question']);
  });

  it('ignore contradictory answers for questions the path never reaches', () => {
    const d = fromQuery('?checked-by=proxy&route-exists=yes&permitted=no');
    expect(d.current).toEqual({ kind: 'outcome', slug: 'proxy-authentication-required' });
    expect(d.ignored.map((i) => [i.key, i.reason])).toEqual([
      ['route-exists', 'not-on-path'],
      ['permitted', 'not-on-path'],
    ]);
  });

  it('use the first of duplicated answers', () => {
    const d = fromQuery('?checked-by=origin&checked-by=proxy');
    expect(d.path).toEqual([{ question: 'checked-by', answer: 'origin' }]);
    expect(d.ignored).toEqual([expect.objectContaining({ key: 'checked-by', value: 'proxy', reason: 'duplicate' })]);
  });

  it('survive garbage without throwing', () => {
    for (const junk of [
      '%', '?%', '?%%', '?%zz=%zz', '?%E0%A4%A', '?%E0%A4=%E0%A4', '?%ED%A0%80=1', '?=&=&&', '?checked-by', '?checked-by=',
      `?${'a'.repeat(MAX_QUERY_LENGTH * 4)}=1`, `?checked-by=${'x'.repeat(100_000)}`, `?${'checked-by=nope&'.repeat(1000)}`,
      '?__proto__=x&constructor=y&toString=z', '?__proto__[checked-by]=origin&constructor[prototype][x]=1&hasOwnProperty=1&valueOf=1',
      '?scheme=&client=', '?scheme=__proto__&client=toString',
    ]) {
      const d = fromQuery(junk);
      expect(d.current).toEqual({ kind: 'question', id: START });
    }
    expect(fromQuery('?__proto__=x').ignored[0]!.reason).toBe('unknown-question');
    expect(fromQuery('?checked-by=%zz').ignored).toEqual([expect.objectContaining({ key: 'checked-by', value: '%zz', reason: 'unknown-answer' })]);
    // A malformed pair does not spoil the good ones around it.
    expect(fromQuery('?%E0%A4=1&checked-by=proxy').current).toEqual({ kind: 'outcome', slug: 'proxy-authentication-required' });
    expect(fromQuery('?scheme=__proto__&client=programmatic').ignored[0]!.reason).toBe('unknown-setting-value');
    expect(fromQuery('?client=navigation&client=programmatic').ignored[0]!.reason).toBe('duplicate');
  });
});
