import type { APIRoute } from 'astro';
import { testVectorsSchema } from '../decision/index.ts';
import { PAGES } from '../routes.ts';
import { absolute } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) => Response.json(testVectorsSchema(absolute(site, PAGES.testVectorsSchema)));
