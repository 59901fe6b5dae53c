/**
 * The 404 page's only script: offers the outcome and question pages listed on the page whose ids are
 * closest to the address (src/site/suggest.ts decides; this file only reads and writes the page).
 */
import { suggest } from '../site/suggest.ts';

const box = document.querySelector<HTMLElement>('[data-suggestions]');
const list = box?.querySelector('ul');
const links = new Map([...document.querySelectorAll<HTMLAnchorElement>('a[data-candidate]')].map((a) => [a.dataset.candidate ?? '', a]));
const ids = suggest(location.pathname, [...links.keys()]);

if (box && list && ids.length > 0) {
  for (const id of ids) {
    const li = document.createElement('li');
    li.append(links.get(id)!.cloneNode(true));
    list.append(li);
  }
  box.hidden = false;
}
