/**
 * The 404 page's only script: offers the outcome and question pages listed on the page whose ids are
 * closest to the address (src/site/suggest.ts decides; this file only reads and writes the page).
 */
import { lastSegment, suggest } from '../site/suggest.ts';

const box = document.querySelector<HTMLElement>('[data-suggestions]');
const list = box?.querySelector('ul');
const anchors = [...document.querySelectorAll<HTMLAnchorElement>('a[data-candidate]')];
const links = new Map(anchors.map((a) => [a.dataset.candidate ?? '', a]));
const aliases = new Map(anchors.map((a) => [a.dataset.candidate ?? '', (a.dataset.aliases ?? '').split(' ').filter(Boolean)]));
const ids = suggest(location.pathname, [...links.keys()], 3, aliases);

// Whatever the address, offer to search for its last word.
const search = document.querySelector<HTMLAnchorElement>('a[data-search-for]');
const words = lastSegment(location.pathname).replace(/[-_]+/g, ' ').trim();
if (search && words) {
  search.search = `?q=${encodeURIComponent(words)}`;
  search.textContent = `Search the guide for “${words}”`;
}

if (box && list && ids.length > 0) {
  for (const id of ids) {
    const li = document.createElement('li');
    li.append(links.get(id)!.cloneNode(true));
    list.append(li);
  }
  box.hidden = false;
}
