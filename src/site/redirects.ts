/**
 * Every address that moved, as site paths without the base: old -> new. src/pages/[...moved].astro
 * turns each into a static page that redirects (meta refresh + canonical link) under the build's base
 * path, so old links keep working on any host. An outcome slug that is renamed goes into
 * RETIRED_SLUGS in the decision module and lands here.
 */
import { RETIRED_QUESTIONS, RETIRED_SLUGS } from '../decision/index.ts';
import { outcomePath, PAGES, questionPath } from '../routes.ts';

/** Addresses people guess or that earlier drafts used. */
const ALIASES: Record<string, string> = {
  'wizard/': PAGES.home,
  'diagram/': PAGES.flowchart,
  'rfcs/': PAGES.library,
};

export const REDIRECTS: Readonly<Record<string, string>> = {
  ...ALIASES,
  ...Object.fromEntries(Object.entries(RETIRED_SLUGS).map(([from, to]) => [outcomePath(from), outcomePath(to)])),
  ...Object.fromEntries(Object.entries(RETIRED_QUESTIONS).map(([from, to]) => [questionPath(from), questionPath(to)])),
};
