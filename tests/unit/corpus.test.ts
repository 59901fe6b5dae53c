/**
 * The checker over the corpus of real responses (tests/corpus/: framework defaults and public
 * documentation, each cited): its findings must be exactly the expected rule ids. The corpus file is read
 * and validated here on its own terms, without the checker's code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkExchange, RULE_IDS, type RequestFacts } from '../../src/decision/index.ts';

const dir = new URL('../corpus/', import.meta.url);
interface Entry {
  file: string;
  request?: RequestFacts;
  source: string;
  note?: string;
  expected: string[];
}
const corpus = JSON.parse(readFileSync(new URL('corpus.json', dir), 'utf8')) as Entry[];

describe('the corpus', () => {
  it('holds at least 30 responses, each file listed once, each cited', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    const files = readdirSync(dir).filter((f) => f.endsWith('.http')).sort();
    expect(corpus.map((e) => e.file).sort()).toEqual(files);
    for (const e of corpus) {
      expect(e.source, e.file).toMatch(/^https:\/\/(github\.com\/[\w.-]+\/[\w.-]+\/(blob|issues|pull)\/|www\.rfc-editor\.org\/rfc\/|[\w.-]+\/)/);
      for (const id of e.expected) expect(RULE_IDS, `${e.file}: ${id}`).toContain(id);
    }
  });

  it('covers failing and clean responses alike', () => {
    expect(corpus.filter((e) => e.expected.length === 0).length).toBeGreaterThanOrEqual(10);
    expect(new Set(corpus.flatMap((e) => e.expected)).size).toBeGreaterThanOrEqual(5);
  });

  it.each(corpus.map((e) => [e.file, e] as const))('%s', (file, e) => {
    const report = checkExchange({ response: readFileSync(new URL(file, dir), 'utf8'), request: e.request });
    expect(report.parsed, JSON.stringify(report.problems)).not.toBeNull();
    expect(report.problems).toEqual([]);
    expect(report.findings.map((f) => f.rule).sort()).toEqual([...e.expected].sort());
  });
});
