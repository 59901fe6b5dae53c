/**
 * Outcome pages' script (no framework): copy buttons for the share snippets, links in them that
 * use this page's origin, "how you got here" when the page was opened from a wizard result link
 * that carries the answers, and the stack the picker shows (stack-picker.ts) in the link and the
 * review comment.
 */
import { copySnippet } from './clipboard.ts';
import { atOrigin } from '../site/origin.ts';
// The page's other script, bundled into this one: one file gzips a few hundred bytes smaller than two.
import './stack-picker.ts';
import type { StackId } from '../stacks/types.ts';
import { mentionLine, parseStackParam, reviewTail, STACK_EVENT, stackAnchor, withStackParam } from '../view/stack-link.ts';

const panel = document.querySelector<HTMLElement>('[data-share]');

/** The settings' keys: they pick a variant below, and do not name a path. */
const SETTING_KEYS = ['scheme', 'client'];

/** Answers compared as a set: a link's parameters may come in any order, and the settings do not count. */
const key = (query: string) =>
  [...new URLSearchParams(query)]
    .filter(([k]) => !SETTING_KEYS.includes(k))
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join('&');

/** A link that carries a scheme marks that scheme's variant of the outcome (#scheme-basic). */
function markScheme() {
  const scheme = new URLSearchParams(location.search).get('scheme');
  const variant = scheme ? document.getElementById(`scheme-${scheme}`) : null;
  if (!variant?.classList.contains('variant')) return;
  variant.classList.add('chosen');
  variant.querySelector('h3')?.insertAdjacentText('beforeend', ' (your setting)');
}
markScheme();

function showRoute(): string {
  // The stack is no answer: the route is read without it, and the snippets add the one shown.
  const query = parseStackParam(location.search, []).rest;
  const section = document.getElementById('how-you-got-here');
  if (!section || new URLSearchParams(query).size === 0) return '';
  section.hidden = false;
  const match = [...section.querySelectorAll<HTMLElement>('[data-answers]')].find((el) => key(el.dataset.answers ?? '') === key(query));
  if (match) {
    match.hidden = false;
    return query;
  }
  const mismatch = section.querySelector<HTMLElement>('[data-mismatch]');
  const link = mismatch?.querySelector<HTMLAnchorElement>('a');
  if (mismatch && link) {
    mismatch.hidden = false;
    link.search = query;
  }
  return '';
}

const answers = showRoute();
if (panel) {
  // The snippets were written with the canonical URL (SITE_URL); copies point where the page is read,
  // with the answers, and with the stack the picker shows (named in the review comment too).
  const canonical = panel.dataset.canonical ?? '';
  const here = `${atOrigin(canonical, location.origin)}${answers}`;
  const fields = [...panel.querySelectorAll<HTMLTextAreaElement>('textarea[data-snippet]')];
  const built = fields.map((ta) => ta.value);
  const picker = document.querySelector<HTMLElement>('[data-stack-picker]');
  const render = () => {
    // The picker only ever chooses a stack that has a section here (or none: '').
    const stack = (picker?.dataset.chosen || null) as StackId | null;
    const data = stack ? document.getElementById(stackAnchor(stack))?.dataset : undefined;
    const link = withStackParam(here, stack);
    const line = stack && data ? mentionLine({ id: stack, name: data.stackName ?? stack, summary: data.stackSummary ?? '' }, link) : undefined;
    fields.forEach((ta, i) => {
      if (canonical) ta.value = built[i]!.replaceAll(canonical, link).replace(reviewTail(link), reviewTail(link, line));
    });
  };
  render();
  document.addEventListener(STACK_EVENT, render);
}
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const target = document.getElementById(button.dataset.copy ?? '');
    if (!target) return;
    const message = await copySnippet(target, button.dataset.label ?? 'Text');
    const statusLine = button.closest('[data-copy-group]')?.querySelector('[data-share-status]');
    if (statusLine) statusLine.textContent = message;
  });
}
