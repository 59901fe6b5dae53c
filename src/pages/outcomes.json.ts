import type { APIRoute } from 'astro';
import { outcomesJson } from '../decision/index.ts';
import { nodePath } from '../routes.ts';
import { absolute } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) => Response.json(outcomesJson((id) => absolute(site, nodePath(id))));
