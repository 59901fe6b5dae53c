import type { APIRoute, GetStaticPaths } from 'astro';
import { standaloneSvg } from '../../flowchart/svg.ts';
import { VIEWS, type View } from '../../flowchart/views.ts';
import { BASE } from '../../site/urls.ts';

/** Each view of the flowchart as an SVG file of its own ("Open full size"). */
export const getStaticPaths = (() => VIEWS.map((view) => ({ params: { view: view.id }, props: { view } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: View }> = ({ props }) =>
  new Response(standaloneSvg(props.view, BASE), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
