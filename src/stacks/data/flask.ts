import { OUTCOME_SLUGS, type OutcomeSlug } from '../../decision/index.ts';
import { defineStack } from '../types.ts';

// Placeholder until the data is written: every cell says so, and tests/unit/stacks.test.ts fails on it.
export const flask = defineStack<never>({
  id: 'flask',
  name: 'flask',
  version: '',
  scheme: 'bearer',
  summary: '',
  recipes: {},
  cells: Object.fromEntries(OUTCOME_SLUGS.map((s) => [s, { notApplicable: 'TODO' }])) as Record<OutcomeSlug, { notApplicable: string }>,
});
