import type { APIRoute } from 'astro';
import { PAGES } from '../routes.ts';
import { absolute } from '../site/urls.ts';

/** Crawlers may read everything; the sitemap lists the pages (redirects and the 404 page left out). */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(site, PAGES.sitemap)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
