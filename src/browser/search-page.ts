/**
 * The search page's script: reads the query from the address (so the header's search box, a plain
 * form, works from every page), loads Pagefind on first use and lists the results. Results are built
 * as DOM nodes from text; Pagefind's excerpt markup is parsed and only its <mark> elements are kept.
 */
const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const statusLine = document.querySelector<HTMLElement>('[data-search-status]');

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | undefined;
function load(bundle: string, base: string): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (p: Pagefind) => {
    await p.options({ baseUrl: base });
    return p;
  });
  return pagefind;
}

/** The excerpt as text with its highlighted words marked, never as markup. */
function excerpt(html: string): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const node of new DOMParser().parseFromString(html, 'text/html').body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else out.append(node.textContent ?? '');
  }
  return out;
}

let latest = 0;
async function run(query: string) {
  if (!list || !statusLine) return;
  const q = query.trim().slice(0, 200);
  const ticket = ++latest;
  list.replaceChildren();
  if (!q) return;
  statusLine.textContent = 'Searching…';
  try {
    const engine = await load(list.dataset.bundle ?? '/pagefind/', list.dataset.base ?? '/');
    const { results } = await engine.search(q);
    const top = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    if (ticket !== latest) return;
    for (const r of top) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      a.textContent = r.meta.title ?? r.url;
      const p = document.createElement('p');
      p.append(excerpt(r.excerpt));
      li.append(a, p);
      list.append(li);
    }
    statusLine.textContent = top.length === 0 ? `Nothing found for “${q}”.` : `${results.length} result${results.length === 1 ? '' : 's'} for “${q}”.`;
  } catch {
    if (ticket === latest) statusLine.textContent = 'The search index could not be loaded. Browse the outcomes, questions or RFC library instead.';
  }
}

const initial = new URLSearchParams(location.search).get('q') ?? '';
if (input) input.value = initial;
void run(initial);
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = input?.value ?? '';
  history.replaceState(null, '', `${location.pathname}${q ? `?q=${encodeURIComponent(q)}` : ''}`);
  void run(q);
});
