/**
 * The committed SVG of each view (build time only: pages inline it, and /flowchart/<view>.svg serves
 * it whole for "Open full size").
 */
import { statusCss } from '../site/status.ts';
import { PAGES } from '../routes.ts';
import { BASE_PLACEHOLDER } from './mermaid.ts';
import type { View } from './views.ts';

const FILES = import.meta.glob<string>('./*.svg', { query: '?raw', import: 'default', eager: true });

export function svgMarkup(view: View): string {
  const svg = FILES[`./${view.id}.svg`];
  if (!svg) throw new Error(`no committed SVG for the flowchart view ${view.id} (run npm run diagram)`);
  return svg;
}

/** Where a view's SVG is served on its own. */
export function fullSizePath(view: View): string {
  return `${PAGES.flowchart}${view.id}.svg`;
}

/**
 * Colours for the SVG opened on its own, where the site's stylesheet does not reach: a light page,
 * status colours on the outcomes, the question colour, dashed boxes for the links to other charts.
 */
const STANDALONE_CSS = [
  statusCss({ dark: false }),
  'svg { background: #ffffff; }',
  '.node.outcome > * { fill: var(--status-bg) !important; }',
  '.node.question > * { fill: #fff4dd !important; stroke: #b7791f !important; }',
  '.node > :is(rect, polygon, path) { stroke-width: 1.5px !important; }',
  '.node.stub > * { fill: #ffffff !important; stroke: #7a8796 !important; stroke-dasharray: 6 4; }',
  '.flowchart-link { stroke-width: 2px !important; }',
].join('\n');

/** A view's SVG as a file of its own: links under this build's base, and its colours. */
export function standaloneSvg(view: View, base: string): string {
  return svgMarkup(view)
    .replaceAll(BASE_PLACEHOLDER, base)
    .replace(/<\/svg>\s*$/, `<style>${STANDALONE_CSS}</style></svg>\n`);
}
