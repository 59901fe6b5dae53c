/**
 * The npm package's permanence rules: every id it ever published (package/published-ids.txt) still
 * resolves, now or through a redirect or legacy table; a retired one is in the CHANGELOG; every id it
 * publishes now is registered; and the CHANGELOG has an entry for the package's version.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readIds } from '../../scripts/lib/published-ids.ts';
import { OUTCOMES, QUESTIONS, RETIRED_QUESTIONS, RETIRED_SLUGS, RULES, SETTINGS, V1_PATHS } from '../../src/decision/index.ts';

const pkg = new URL('../../package/', import.meta.url);
const ids = readIds(new URL('published-ids.txt', pkg).pathname);
const changelog = readFileSync(new URL('CHANGELOG.md', pkg), 'utf8');
const { version } = JSON.parse(readFileSync(new URL('package.json', pkg), 'utf8')) as { version: string };

const has = (o: object, key: string) => Object.hasOwn(o, key);
/** `question=answer` pairs that v1 links carried and legacy.ts still reads. */
const v1Answers = new Set(V1_PATHS.flatMap(([query]) => query.split('&')));

/** How a registered id resolves today: 'current', 'retired' (kept working by a table), or null (broken). */
function resolves(line: string): 'current' | 'retired' | null {
  const [kind, id = ''] = line.split(' ');
  const [key = '', value] = id.split('=');
  switch (kind) {
    case 'outcome':
      return has(OUTCOMES, id) ? 'current' : has(RETIRED_SLUGS, id) ? 'retired' : null;
    case 'question':
      return has(QUESTIONS, id) ? 'current' : has(RETIRED_QUESTIONS, id) ? 'retired' : null;
    case 'answer': {
      const q = (QUESTIONS as Record<string, { answers: readonly { id: string }[] }>)[key];
      if (q?.answers.some((a) => a.id === value)) return 'current';
      return has(RETIRED_QUESTIONS, key) || v1Answers.has(id) ? 'retired' : null;
    }
    case 'setting':
      if (!has(SETTINGS, key)) return null;
      return value === undefined || (SETTINGS[key as keyof typeof SETTINGS] as readonly string[]).includes(value) ? 'current' : null;
    case 'rule':
      return has(RULES, id) ? 'current' : null;
    default:
      return null;
  }
}

describe('package/published-ids.txt', () => {
  it('lists each id once, as `kind id`', () => {
    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids).size).toBe(ids.length);
    for (const line of ids) expect(line).toMatch(/^(outcome|question|answer|setting|rule) [a-z0-9-]+(=[a-z0-9-]+)?$/);
  });

  it('every published id still resolves, now or through a redirect or legacy table', () => {
    expect(ids.filter((line) => resolves(line) === null)).toEqual([]);
  });

  it('a retired id is named in the CHANGELOG', () => {
    const retired = ids.filter((line) => resolves(line) === 'retired');
    expect(retired.filter((line) => !changelog.includes(line.split(' ')[1]!))).toEqual([]);
  });

  it('holds every id the package publishes now (npm run registry adds new ones)', () => {
    const now = [
      ...Object.keys(OUTCOMES).map((s) => `outcome ${s}`),
      ...Object.values(QUESTIONS).flatMap((q) => [`question ${q.id}`, ...q.answers.map((a) => `answer ${q.id}=${a.id}`)]),
      ...Object.entries(SETTINGS).flatMap(([id, values]) => [`setting ${id}`, ...values.map((v) => `setting ${id}=${v}`)]),
      ...Object.keys(RULES).map((r) => `rule ${r}`),
    ];
    const registered = new Set(ids);
    expect(now.filter((line) => !registered.has(line))).toEqual([]);
  });

  it('detects a removed id (a registry line for an id that never existed fails)', () => {
    expect(resolves('outcome teapot')).toBeNull();
    expect(resolves('answer permitted=maybe')).toBeNull();
    expect(resolves('answer anonymous-caller=login-page')).toBe('retired');
    expect(resolves('question account-standing')).toBe('retired');
  });
});

describe('package/CHANGELOG.md', () => {
  it('has an entry for the version in package/package.json', () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(changelog).toMatch(new RegExp(`^## ${version.replaceAll('.', '\\.')}(\\s|$)`, 'm'));
  });
});
