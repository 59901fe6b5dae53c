import { OUTCOME_SLUGS, type OutcomeSlug } from '../../decision/index.ts';
import { defineStack } from '../types.ts';

// Placeholder until the data is written: every cell says so, and tests/unit/stacks.test.ts fails on it.
export const spring = defineStack<never>({
  id: 'spring',
  name: 'spring',
  version: '',
  scheme: 'bearer',
  summary: '',
  recipes: {},
  cells: Object.fromEntries(OUTCOME_SLUGS.map((s) => [s, { notApplicable: 'TODO' }])) as Record<OutcomeSlug, { notApplicable: string }>,
});
