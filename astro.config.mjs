// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { astroRedirects, REDIRECTS } from './src/site/redirects.ts';

/**
 * `SITE_URL` and `BASE_PATH` come from the environment so that one build serves a domain root or a
 * GitHub Pages project site (https://<user>.github.io/<repo>/).
 */
const rawBase = process.env.BASE_PATH ?? '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
const site = process.env.SITE_URL ?? 'http://localhost:4321';
/** Pages that are not content: the redirects and the 404 page stay out of the sitemap. */
const notContent = new Set([...Object.keys(REDIRECTS), '404/'].map((path) => new URL(`${base}${path}`, site).href));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  redirects: astroRedirects(base),
  integrations: [react(), sitemap({ filter: (page) => !notContent.has(page) })],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
