import type { APIRoute } from 'astro';
import { outcomesJson } from '../decision/index.ts';
import { absolute } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) => Response.json(outcomesJson(absolute(site)));
