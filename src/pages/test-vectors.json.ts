import type { APIRoute } from 'astro';
import { testVectors } from '../decision/index.ts';
import { outcomePath, PAGES } from '../routes.ts';
import { absolute } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) =>
  Response.json(testVectors({ schemaUrl: absolute(site, PAGES.testVectorsSchema), pageUrl: (slug) => absolute(site, outcomePath(slug)) }));
