import type { APIRoute } from 'astro';
import { decisionTreeJson } from '../decision/index.ts';
import { nodePath } from '../routes.ts';
import { absolute } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) => Response.json(decisionTreeJson((id) => absolute(site, nodePath(id))));
