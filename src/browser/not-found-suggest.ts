/**
 * The 404 page's only script: guesses what a mistyped or outdated link meant, by edit distance
 * between the address's last segment and every outcome slug and question id listed on the page.
 */
import { distance } from 'fastest-levenshtein';

const box = document.querySelector<HTMLElement>('[data-suggestions]');
const candidates = [...document.querySelectorAll<HTMLAnchorElement>('a[data-candidate]')];
const segment = decodeURIComponent(location.pathname).split('/').filter(Boolean).at(-1)?.toLowerCase() ?? '';

if (box && segment) {
  const ranked = candidates
    .map((a) => {
      const id = a.dataset.candidate ?? '';
      // A shared prefix or containment ("forbid", "invalid-credential") counts as close.
      const d = id.startsWith(segment) || segment.startsWith(id) || id.includes(segment) ? 0 : distance(segment, id);
      return { a, d };
    })
    .filter(({ d }) => d <= Math.max(3, Math.floor(segment.length / 3)))
    .sort((x, y) => x.d - y.d)
    .slice(0, 3);
  const list = box.querySelector('ul');
  if (ranked.length > 0 && list) {
    for (const { a } of ranked) {
      const li = document.createElement('li');
      li.append(a.cloneNode(true));
      list.append(li);
    }
    box.hidden = false;
  }
}
