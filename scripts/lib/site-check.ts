/**
 * Checks over a built site (a dist folder): every internal link and #fragment resolves, and every
 * registered public URL still leads to a page or to a redirect to its successor.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface SiteOptions {
  dist: string;
  /** Base path the site was built for, with slashes: "/" or "/http-401-vs-403/". */
  base: string;
  /** Origin and base as absolute URL, for canonical and preview links ("https://x.github.io/repo/"). */
  siteUrl?: string;
}

const pageCache = new Map<string, HTMLElement>();
function page(file: string): HTMLElement {
  let root = pageCache.get(file);
  if (!root) {
    root = parse(readFileSync(file, 'utf8'));
    pageCache.set(file, root);
  }
  return root;
}

/** Every HTML file, as its site path under the base ("", "outcomes/forbidden/", "404.html"). */
export function sitePages(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replaceAll('\\', '/').replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** The file a site path is served from, or undefined. */
export function fileFor(dist: string, sitePath: string): string | undefined {
  const clean = decodeURIComponent(sitePath);
  const candidates = clean === '' || clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile());
}

/** Where a redirect page sends the browser (its meta refresh target), or undefined if it is not one. */
export function redirectTarget(file: string): string | undefined {
  if (!file.endsWith('.html')) return undefined;
  const meta = page(file).querySelector('meta[http-equiv="refresh"]');
  return meta?.getAttribute('content')?.replace(/^\s*\d+\s*;\s*url=/i, '').trim();
}

export function hasId(file: string, id: string): boolean {
  return page(file).getElementById(id) !== null;
}

/** Turns a link found on `fromPath` into a site path and fragment, or undefined when it is external. */
function internal(href: string, fromPath: string, opts: SiteOptions): { path: string; fragment: string } | { error: string } | undefined {
  if (/^(mailto|tel|data|javascript):/i.test(href)) return undefined;
  const here = new URL(`${opts.base}${fromPath}`, 'http://site.invalid');
  let url: URL;
  if (opts.siteUrl && href.startsWith(opts.siteUrl)) url = new URL(href.slice(opts.siteUrl.length), new URL(opts.base, 'http://site.invalid'));
  else if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return undefined; // another origin
  else url = new URL(href, here);
  if (url.origin !== 'http://site.invalid') return undefined;
  if (!url.pathname.startsWith(opts.base)) return { error: `${href} leaves the base path ${opts.base}` };
  return { path: url.pathname.slice(opts.base.length), fragment: decodeURIComponent(url.hash.slice(1)) };
}

const LINK_ATTRIBUTES: [string, string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['astro-island[component-url]', 'component-url'],
  ['astro-island[renderer-url]', 'renderer-url'],
  ['meta[property="og:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

/** Every broken internal link of the site, as "page: link (why)". */
export function checkLinks(opts: SiteOptions): string[] {
  const problems: string[] = [];
  for (const from of sitePages(opts.dist)) {
    const root = page(join(opts.dist, from.endsWith('.html') || from === '' ? from || 'index.html' : `${from}index.html`));
    const links: string[] = [];
    for (const [selector, attribute] of LINK_ATTRIBUTES) for (const el of root.querySelectorAll(selector)) links.push(el.getAttribute(attribute)!);
    // Links inside the inline SVG use xlink:href.
    for (const el of root.querySelectorAll('a')) if (el.getAttribute('xlink:href')) links.push(el.getAttribute('xlink:href')!);
    const refresh = root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')?.replace(/^\s*\d+\s*;\s*url=/i, '');
    if (refresh) links.push(refresh);
    for (const href of links) {
      const target = internal(href, from.endsWith('.html') ? '' : from, opts);
      if (!target) continue;
      if ('error' in target) {
        problems.push(`/${from}: ${target.error}`);
        continue;
      }
      const file = fileFor(opts.dist, target.path);
      if (!file) problems.push(`/${from}: ${href} (no such file)`);
      else if (target.fragment && file.endsWith('.html') && !hasId(file, target.fragment)) problems.push(`/${from}: ${href} (no element with id "${target.fragment}")`);
    }
  }
  return problems;
}

/**
 * Whether a registered URL ("rfc/9110/15.5.4/#p-3") still resolves: to a page holding the fragment, or
 * to a redirect whose successor does. Returns the problem, or undefined when it resolves.
 */
export function checkRegistered(entry: string, opts: SiteOptions, hops = 0): string | undefined {
  const [path = '', fragment = ''] = entry.replace(/^\//, '').split('#');
  const file = fileFor(opts.dist, path);
  if (!file) return `${entry}: no page`;
  const to = redirectTarget(file);
  if (to !== undefined) {
    if (hops > 5) return `${entry}: redirect loop`;
    const next = internal(to, path, opts);
    if (!next || 'error' in next) return `${entry}: redirects outside the site (${to})`;
    return checkRegistered(`/${next.path}${fragment ? `#${fragment}` : ''}`, opts, hops + 1);
  }
  if (fragment && !hasId(file, fragment)) return `${entry}: the page has no element with id "${fragment}"`;
  return undefined;
}

/** The public URLs a build publishes, as "/"-prefixed site paths: pages, exports, RFC paragraph and claim anchors, flowchart charts. */
export function publishedUrls(dist: string): string[] {
  return publishedSitePaths(dist).map((p) => `/${p}`);
}

function publishedSitePaths(dist: string): string[] {
  const urls = new Set<string>();
  for (const p of sitePages(dist)) {
    if (p === '404.html') continue;
    urls.add(p);
    const root = page(join(dist, p, 'index.html'));
    if (p.startsWith('rfc/') && p.split('/').length === 4) for (const el of root.querySelectorAll('blockquote.rfc > [id]')) urls.add(`${p}#${el.id}`);
    if (p === 'claims/') for (const el of root.querySelectorAll('section.claim[id]')) urls.add(`${p}#${el.id}`);
    // Each scheme's variant of an outcome (#scheme-basic): links from reviews point at them.
    if (p.startsWith('outcomes/')) for (const el of root.querySelectorAll('section.variant[id]')) urls.add(`${p}#${el.id}`);
    // Each chart of the flowchart (#chart-request): the boxes that link one chart to another point at them.
    if (p === 'flowchart/') for (const el of root.querySelectorAll('figure[id]')) urls.add(`${p}#${el.id}`);
  }
  // Each chart opened full size.
  for (const f of existsSync(join(dist, 'flowchart')) ? readdirSync(join(dist, 'flowchart')) : []) if (f.endsWith('.svg')) urls.add(`flowchart/${f}`);
  for (const f of readdirSync(dist)) if (/\.(json|txt|xml)$/.test(f)) urls.add(f);
  for (const f of existsSync(join(dist, 'og')) ? readdirSync(join(dist, 'og')) : []) urls.add(`og/${f}`);
  return [...urls].sort();
}

/** Reads the registry: one "/"-prefixed site path per line; blank lines and "# " comments ignored. */
export function readRegistry(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('# '));
}

/**
 * The JavaScript a built page loads: its inline scripts, and every file reached from a script tag, an
 * island's component and renderer, or an import inside any of them (absolute paths are under `base`).
 */
export function pageScripts(dist: string, base: string, html: string, pageDir: string): { inline: string[]; files: Set<string> } {
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const resolve = (src: string, from: string) => (src.startsWith('/') ? join(dist, src.slice(base.length)) : join(from, src));
  const imports = /(?:import|from)\s*\(?\s*["']((?:\.{1,2})?\/[^"']+\.js)["']/g;
  const queue = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => resolve(m[1]!, pageDir)),
    ...[...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => resolve(m[1]!, pageDir)),
    ...inline.flatMap((code) => [...code.matchAll(imports)].map((m) => resolve(m[1]!, pageDir))),
  ];
  const files = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(imports)) queue.push(resolve(m[1]!, dirname(file)));
  }
  return { inline, files };
}
