/**
 * "In your stack" on outcome pages: shows one stack's section and hides the others. Without this
 * script every section shows and the select stays hidden. The stack comes from, in order: a #stack-<id>
 * anchor in the address, ?stack=<id>, the last choice (localStorage); a value naming no section on the
 * page is ignored. A choice in the select is remembered, and written into the address as ?stack=, so a
 * reload or a copied address keeps it. A #stack-<id> link (clicked, or typed into the address) shows its
 * stack. The share snippets follow through STACK_EVENT (src/browser/share-page.ts).
 */
import type { StackId } from '../stacks/types.ts';
import { parseStackParam, STACK_EVENT, STACK_STORAGE_KEY, stackAnchor, stackFromAnchor, withStackParam } from '../view/stack-link.ts';

const root = document.querySelector<HTMLElement>('[data-stack-picker]');
const select = root?.querySelector('select');

if (root && select) {
  const sections = [...root.querySelectorAll<HTMLElement>('[data-stack]')];
  const known = sections.map((s) => s.dataset.stack as StackId);
  const pick = (value: string | null) => known.find((id) => id === value) ?? null;
  /** Shows one stack (null: every one), and remembers it when the visitor chose it here. */
  const show = (id: StackId | null, remember?: boolean) => {
    select.value = root.dataset.chosen = id ?? '';
    for (const s of sections) s.hidden = !!id && s.dataset.stack !== id;
    try {
      if (remember) localStorage.setItem(STACK_STORAGE_KEY, id ?? '');
    } catch {
      /* storage disabled: no memory, the page still works */
    }
    document.dispatchEvent(new Event(STACK_EVENT));
  };
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STACK_STORAGE_KEY);
  } catch {
    /* storage disabled */
  }
  root.querySelector<HTMLElement>('[data-picker]')!.hidden = false;
  show(stackFromAnchor(location.hash, known) ?? parseStackParam(location.search, known).stack ?? pick(stored));

  select.addEventListener('change', () => {
    const id = pick(select.value);
    show(id, true);
    // The address follows the select (a #stack- anchor would choose the old stack again on reload).
    const url = withStackParam(location.pathname + parseStackParam(location.search, known).rest, id);
    history.replaceState(history.state, '', url + (stackFromAnchor(location.hash, known) ? '' : location.hash));
  });
  // A #stack-<id> link clicked or typed into the address (the browser could not scroll to a hidden section).
  addEventListener('hashchange', () => {
    const id = stackFromAnchor(location.hash, known);
    if (id) {
      show(id);
      document.getElementById(stackAnchor(id))?.scrollIntoView();
    }
  });
}
