// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { normalizeBase, PAGES } from './src/routes.ts';
import { REDIRECTS } from './src/site/redirects.ts';
import { cspConfig } from './src/site/csp.ts';
import { VIEW_IDS } from './src/flowchart/views.ts';
import { statusCss } from './src/site/status.ts';
import { searchIndex } from './src/build/search-index.ts';
import { statusHubs } from './src/build/status-hubs.ts';

/**
 * `SITE_URL` and `BASE_PATH` come from the environment so that one build serves a domain root or a
 * GitHub Pages project site (https://<user>.github.io/<repo>/).
 */
const base = normalizeBase(process.env.BASE_PATH);
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/** The base the build really uses: `astro build --base /x/` overrides the one above. */
let finalBase = base;
const readFinalBase = {
  name: 'final-base',
  hooks: {
    /** @param {{ config: { base: string } }} options */
    'astro:config:done': ({ config }) => {
      finalBase = normalizeBase(config.base);
    },
  },
};
/** Pages that are not content: the redirects and the 404 page stay out of the sitemap. */
const notContent = new Set([...Object.keys(REDIRECTS), PAGES.notFound.replace('.html', '/')]);
const isContent = (/** @type {string} */ page) => !notContent.has(new URL(page).pathname.slice(finalBase.length));

/** The status colours as a stylesheet that the build bundles and inlines like global.css. */
function statusStylesheet() {
  const id = 'virtual:status.css';
  return {
    name: 'status-stylesheet',
    /** @param {string} source */
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    /** @param {string} resolved */
    load: (resolved) => (resolved === `\0${id}` ? statusCss() : undefined),
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [readFinalBase, preact(), sitemap({ filter: isContent }), statusHubs(), searchIndex()],
  build: { inlineStylesheets: 'always' },
  // The Markdown content has no code blocks; the HTTP examples are highlighted by <Code> (HttpExample.astro).
  markdown: { syntaxHighlight: false },
  // Each flowchart view's committed SVG carries mermaid's theme in a <style> of its own: its hash goes in style-src.
  security: { csp: cspConfig(VIEW_IDS.map((view) => readFileSync(new URL(`./src/flowchart/${view}.svg`, import.meta.url), 'utf8'))) },
  devToolbar: { enabled: false },
  vite: {
    plugins: [statusStylesheet()],
    // The search page's script imports Pagefind's library at run time: it must stay a file, because
    // Vite's dynamic-import helper is left unresolved in the small scripts Astro inlines.
    build: { assetsInlineLimit: (/** @type {string} */ file) => (file.includes('search') ? false : undefined) },
  },
});
