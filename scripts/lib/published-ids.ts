/**
 * The ids the npm package publishes (package/published-ids.txt): outcome slugs, question ids, answer ids,
 * setting ids and values, checker rule ids. One `kind id` per line; lines are never removed. `npm run
 * registry` appends new ones; tests/unit/published-ids.test.ts fails when a listed id stops resolving.
 */
import { readFileSync } from 'node:fs';
import { OUTCOME_SLUGS, questions, QUESTION_IDS, RULE_IDS, SETTING_IDS, SETTINGS } from '../../src/decision/index.ts';

export const ID_KINDS = ['outcome', 'question', 'answer', 'setting', 'rule'] as const;
export type IdKind = (typeof ID_KINDS)[number];

/** Every id the decision module has now, as registry lines. */
export function currentIds(): string[] {
  return [
    ...OUTCOME_SLUGS.map((s) => `outcome ${s}`),
    ...QUESTION_IDS.map((q) => `question ${q}`),
    ...questions.flatMap((q) => q.answers.map((a) => `answer ${q.id}=${a.id}`)),
    ...SETTING_IDS.flatMap((id) => [`setting ${id}`, ...SETTINGS[id].map((v) => `setting ${id}=${v}`)]),
    ...RULE_IDS.map((r) => `rule ${r}`),
  ];
}

/** The registry's lines, without comments and blank lines. */
export function readIds(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}
