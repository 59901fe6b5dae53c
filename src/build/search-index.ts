/**
 * The full-text search index, written by Pagefind after every build (an Astro integration, so
 * `npm run build`, `npm start`, the sub-path build and the bench all get it). Pagefind indexes what a
 * page marks with data-pagefind-body (the main content of every page but the 404 page and the redirect
 * pages) and writes its static index and its small search library into <outDir>/pagefind/. Nothing runs
 * on a server; the browser fetches the index in pieces when someone searches.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { PAGES } from '../routes.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}${PAGES.searchBundle}` });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages for search`);
        await close();
      },
    },
  };
}
