/**
 * The stacks as the wizard knows them: names and recipe titles, passed as props by the home page (made
 * by wizardStacks() in src/view/stack-view.ts), so no stack data is in the wizard's bundle. Its own
 * module, so that the outcome pages' scripts, which share src/view/stack-link.ts with the wizard, do
 * not carry it.
 */
import { OUTCOME_SLUGS } from '../decision/index.ts';
import type { StackId } from '../stacks/types.ts';
import type { StackMention } from './stack-link.ts';

/** What a review comment and the wizard say for an outcome no recipe of the stack produces. */
export const NOT_APPLICABLE = 'not applicable';

/**
 * What the wizard gets of a stack, as props in the page (never in its bundle), kept small because the
 * home page carries it for every stack: its id, its name, the titles of its recipes (each once), and for
 * each outcome, in the order of OUTCOME_SLUGS, the index of its recipe's title or -1 when none applies.
 */
export interface WizardStack {
  id: StackId;
  name: string;
  titles: readonly string[];
  cells: readonly number[];
}

/** The wizard's mention of a stack for an outcome: the same as stackMention() on the data (a unit test checks). */
export function wizardMention(s: WizardStack, outcome: string): StackMention {
  const title = s.titles[s.cells[(OUTCOME_SLUGS as readonly string[]).indexOf(outcome)] ?? -1];
  return { id: s.id, name: s.name, summary: title ?? NOT_APPLICABLE };
}
