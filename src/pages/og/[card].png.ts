/** One preview image per outcome (og/<slug>.png) and one for every other page (og/site.png). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { outcomes } from '../../decision/index.ts';
import { renderOgImage, type OgCard } from '../../build/og-image.ts';
import { accentFor, SITE_ACCENT } from '../../site/status.ts';

export const getStaticPaths = (() => [
  ...outcomes.map((o) => ({
    params: { card: o.slug },
    props: { headline: String(o.status), subhead: o.reason, body: o.verdict, accent: accentFor(o.status) } satisfies OgCard,
  })),
  {
    params: { card: 'site' },
    props: { headline: '401', subhead: 'or 403?', body: 'Answer a few questions, get the right HTTP status and the RFC text that proves it.', accent: SITE_ACCENT } satisfies OgCard,
  },
]) satisfies GetStaticPaths;

export const GET: APIRoute<OgCard> = async ({ props }) =>
  new Response(new Uint8Array(await renderOgImage(props)), { headers: { 'Content-Type': 'image/png' } });
