/**
 * The stacks as the wizard knows them: names and recipe titles, passed as props by the home page (made
 * by wizardStacks() in src/view/stack-view.ts), so no stack data is in the wizard's bundle. Its own
 * module, so that the outcome pages' scripts, which share src/view/stack-link.ts with the wizard, do
 * not carry it.
 */
import type { StackId } from '../stacks/types.ts';
import type { StackMention } from './stack-link.ts';

/** What a review comment and the wizard say for an outcome no recipe of the stack produces. */
export const NOT_APPLICABLE = 'not applicable';

/**
 * What the wizard gets of the stacks, as props in the page (never in its bundle): ids, names, and per outcome
 * the title of the recipe (absent: none applies).
 */
export interface WizardStack {
  id: StackId;
  name: string;
  titles: Readonly<Partial<Record<string, string>>>;
}

/** The wizard's mention of a stack for an outcome: the same as stackMention() on the data (a unit test checks). */
export const wizardMention = (s: WizardStack, outcome: string): StackMention => ({ id: s.id, name: s.name, summary: s.titles[outcome] ?? NOT_APPLICABLE });
