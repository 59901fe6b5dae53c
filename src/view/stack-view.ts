/**
 * The stacks' data as the pages show it ("In your stack" on the outcome pages, the stack pages) and as
 * the wizard gets it: pure functions over src/stacks/ and the decision, no markup. Build-time only: it
 * imports every stack's data, so no browser script may import it (the wizard gets wizardStacks() as props).
 */
import { advisedFor, OUTCOME_SLUGS, OUTCOMES, type Outcome, type OutcomeSlug, type Scheme } from '../decision/index.ts';
import { cellOf, STACKS, type Fact, type Recipe, type StackData } from '../stacks/index.ts';
import { sourceLabel, sourceUrl } from '../stacks/sources.ts';
import type { StackMention } from './stack-link.ts';
import { NOT_APPLICABLE, type WizardStack } from './wizard-stacks.ts';
import { byStatus, listing } from './view-model.ts';

/** A stack's answer for an outcome, in the words a review comment and the wizard use. */
export function stackMention(stack: StackData, slug: OutcomeSlug): StackMention {
  const cell = cellOf(stack, slug);
  return { id: stack.id, name: stack.name, summary: 'recipe' in cell ? cell.recipe.title : NOT_APPLICABLE };
}

/** Every stack for the wizard's props: ids, names and recipe titles only (no facts, no code). */
export function wizardStacks(): WizardStack[] {
  return STACKS.map((stack) => {
    const titles: string[] = [];
    const cells = OUTCOME_SLUGS.map((slug) => {
      const cell = cellOf(stack, slug);
      if (!('recipe' in cell)) return -1;
      if (!titles.includes(cell.recipe.title)) titles.push(cell.recipe.title);
      return titles.indexOf(cell.recipe.title);
    });
    return { id: stack.id, name: stack.name, titles, cells };
  });
}

/** A fact as pages show it: its text, the version it holds since, and its sources as links. */
export function factView(fact: Fact): { text: string; since: string | null; sources: { label: string; url: string }[] } {
  return { text: fact.text, since: fact.since ?? null, sources: fact.sources.map((s) => ({ label: sourceLabel(s), url: sourceUrl(s) })) };
}

/** The header fields an outcome requires (MUST) with a scheme: what a recipe's `headersBy` part writes. */
export function requiredFields(o: Outcome, scheme: Scheme): string[] {
  // The fields the example response carries with this scheme (advisedFor), at MUST level.
  return advisedFor(o, scheme).filter((h) => h.requirement === 'MUST').map((h) => h.name);
}

/**
 * Which part of the stack writes the required fields: the data's own sentence (the data rules want one
 * that names the part and what it writes), ended with a full stop, and the fields it covers.
 */
export function headersByText(recipe: Recipe, o: Outcome, scheme: Scheme): string | null {
  if (!recipe.headersBy) return null;
  const sentence = /[.!?]$/.test(recipe.headersBy) ? recipe.headersBy : `${recipe.headersBy}.`;
  const fields = requiredFields(o, scheme);
  return fields.length === 0 ? sentence : `${sentence} (Required here: ${listing(fields)}.)`;
}

/** One row of a stack page's "Defaults against the spec": a recipe and the outcomes that use it. */
export interface DefaultRow {
  key: string;
  recipe: Recipe;
  /** The outcomes whose cell is this recipe, in the order every list uses (by status). */
  outcomes: Outcome[];
}

/**
 * A stack's recipes against the spec, traps first (what the stack gets wrong by default is what a reader
 * came for), then in the order of their first outcome's status. Recipes no cell uses are left out.
 */
export function defaultsOf(stack: StackData): DefaultRow[] {
  const ordered = byStatus(OUTCOME_SLUGS.map((slug) => OUTCOMES[slug]));
  const rows = Object.entries(stack.recipes as Record<string, Recipe>)
    .map(([key, recipe]) => ({ key, recipe, outcomes: ordered.filter((o) => stack.cells[o.slug] === key) }))
    .filter((row) => row.outcomes.length > 0);
  const first = (row: DefaultRow) => ordered.indexOf(row.outcomes[0]!);
  return rows.sort((a, b) => Number(b.recipe.trap) - Number(a.recipe.trap) || first(a) - first(b));
}
