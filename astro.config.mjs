// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { absoluteUrl, normalizeBase, PAGES } from './src/routes.ts';
import { astroRedirects, REDIRECTS } from './src/site/redirects.ts';
import { statusCss } from './src/site/status.ts';

/**
 * `SITE_URL` and `BASE_PATH` come from the environment so that one build serves a domain root or a
 * GitHub Pages project site (https://<user>.github.io/<repo>/).
 */
const base = normalizeBase(process.env.BASE_PATH);
const site = process.env.SITE_URL ?? 'http://localhost:4321';
/** Pages that are not content: the redirects and the 404 page stay out of the sitemap. */
const notContent = new Set([...Object.keys(REDIRECTS), PAGES.notFound.replace('.html', '/')].map((path) => absoluteUrl(site, base, path)));

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
  redirects: astroRedirects(base),
  integrations: [react(), sitemap({ filter: (page) => !notContent.has(page) })],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: { plugins: [statusStylesheet()] },
});
