/**
 * Every address of the site, in one place (Starlight's habit). Paths are relative to the site's base
 * and end in a slash when they name a page; `withBase` and `absoluteUrl` put them under a base path or
 * an origin. No other file builds a page path by hand (a unit test checks it), so a route changes here
 * or nowhere. Pure functions: the pages, the wizard, the exports, the redirects, the 404 suggestions and
 * the flowchart links all use them, in Node and in the browser alike.
 */
import { isQuestionId, type NodeId, type OutcomeSlug, type QuestionId } from './decision/index.ts';

/** Pages and files at fixed addresses. */
export const PAGES = {
  home: '',
  flowchart: 'flowchart/',
  questions: 'questions/',
  outcomes: 'outcomes/',
  library: 'rfc/',
  history: 'history/',
  claims: 'claims/',
  license: 'license/',
  stacks: 'stacks/',
  policies: 'policies/',
  check: 'check/',
  testVectors: 'test-vectors.json',
  testVectorsSchema: 'test-vectors.schema.json',
  search: 'search/',
  /** Pagefind's bundle (index and library), written after the build. */
  searchBundle: 'pagefind/',
  notFound: '404.html',
  decisionTree: 'decision-tree.json',
  outcomesJson: 'outcomes.json',
  sitemap: 'sitemap-index.xml',
  favicon: 'favicon.svg',
} as const;

/** A question's page; takes any string so that retired question ids get their (redirecting) address too. */
export const questionPath = (id: QuestionId | (string & {})): string => `${PAGES.questions}${id}/`;

/** An outcome's page; takes any string so that retired slugs get their (redirecting) address too. */
export const outcomePath = (slug: OutcomeSlug | (string & {})): string => `${PAGES.outcomes}${slug}/`;

/** A stack's page ("In your stack"), e.g. stacks/spring/. */
export const stackPath = (id: string): string => `${PAGES.stacks}${id}/`;

/** A policy preset's page, e.g. policies/conceal/. */
export const policyPath = (id: string): string => `${PAGES.policies}${id}/`;

/** One response-checker rule's page, e.g. check/rules/401-without-challenge/. */
export const checkRulePath = (id: string): string => `${PAGES.check}rules/${id}/`;

/** The page of a node of the decision: a question or an outcome. */
export const nodePath = (id: NodeId): string => (isQuestionId(id) ? questionPath(id) : outcomePath(id));

/** A status code's hub: every outcome that answers with it, e.g. 401/. */
export const statusPath = (status: number): string => `${status}/`;

/**
 * Where a hub is rendered before the build moves it to statusPath: Astro keeps the route /404 for the
 * site's 404 page, so no page can be built at 404/ directly (src/build/status-hubs.ts moves them all).
 */
export const statusHubStagingPath = (status: number | string): string => `hubs/${status}/`;

/** An RFC's page in the library, e.g. rfc/9110/. */
export const rfcPath = (rfc: number): string => `${PAGES.library}${rfc}/`;

/** An excerpt's page, e.g. rfc/9110/15.5.4/. */
export const excerptPath = (rfc: number, section: string): string => `${rfcPath(rfc)}${section}/`;

/** The same, from an excerpt id (`rfc9110-15.5.4`). */
export function excerptPathFromId(id: string): string {
  const m = /^rfc(\d+)-([\d.]+)$/.exec(id);
  if (!m) throw new Error(`not an excerpt id: ${id}`);
  return excerptPath(Number(m[1]), m[2]!);
}

export const historyPath = (topic: string): string => `${PAGES.history}${topic}/`;

/** A link-preview image: an outcome slug, or `site` for every other page. */
export const ogPath = (card: string): string => `og/${card}.png`;

/** A site path with a share-URL query (`?checked-by=origin…`, or '' for none). */
export const withQuery = (path: string, query: string): string => `${path}${query && !query.startsWith('?') ? '?' : ''}${query}`;

/** A base path as every function here expects it: leading and trailing slash ('/', '/repo/'). */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A site path under a base: withBase('/repo/', 'outcomes/forbidden/') -> '/repo/outcomes/forbidden/'. */
export function withBase(base: string, path = ''): string {
  return `${normalizeBase(base)}${path.replace(/^\//, '')}`;
}

/** The absolute URL of a site path, for canonical links, previews and exports. */
export function absoluteUrl(origin: string | URL, base: string, path = ''): string {
  return new URL(withBase(base, path), origin).href;
}
