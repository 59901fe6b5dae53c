// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

/**
 * `SITE_URL` and `BASE_PATH` come from the environment so that one build serves a domain root or a
 * GitHub Pages project site (https://<user>.github.io/<repo>/).
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: base.endsWith('/') ? base : `${base}/`,
  trailingSlash: 'always',
  output: 'static',
  integrations: [react()],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
