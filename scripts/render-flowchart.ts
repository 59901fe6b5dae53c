/**
 * Renders each view's mermaid source (src/flowchart/mermaid.ts) to src/flowchart/<view>.svg
 * (committed), and records the hash of the sources they came from in flowchart.json. Needs a browser,
 * so it runs when the decision changes (`npm run diagram`), never during `npm start`; a unit test fails
 * while a committed SVG is stale.
 *
 * Mermaid itself runs in Chromium with the ELK layout (@mermaid-js/layout-elk), which routes edges
 * around boxes; mermaid-isomorphic cannot register a layout, so the page is set up here: a blank page
 * at a made-up origin whose only resources are mermaid's and layout-elk's ES modules, served from
 * node_modules by request interception (no network).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { mermaidSource, svgId } from '../src/flowchart/mermaid.ts';
import { VIEWS } from '../src/flowchart/views.ts';
import { launchOptions } from './chromium.ts';
import { readGeometry } from './lib/svg-geometry.ts';

const ORIGIN = 'http://mermaid.invalid';
const MODULES: Record<string, URL> = {
  '/mermaid/': new URL('../node_modules/mermaid/dist/', import.meta.url),
  '/layout-elk/': new URL('../node_modules/@mermaid-js/layout-elk/dist/', import.meta.url),
};

const started = performance.now();
const browser = await chromium.launch(launchOptions());
try {
  const page = await browser.newPage();
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><body></body></html>' });
    for (const [prefix, dir] of Object.entries(MODULES))
      if (url.pathname.startsWith(prefix)) return route.fulfill({ contentType: 'text/javascript', body: readFileSync(new URL(url.pathname.slice(prefix.length), dir)) });
    return route.fulfill({ status: 404 });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${ORIGIN}/`);

  const sources = VIEWS.map((view) => ({ id: svgId(view), source: mermaidSource(view) }));
  const rendered = await page.evaluate(async (diagrams) => {
    const { default: mermaid } = await import(`${location.origin}/mermaid/mermaid.esm.min.mjs`);
    const { default: elk } = await import(`${location.origin}/layout-elk/mermaid-layout-elk.esm.min.mjs`);
    mermaid.registerLayoutLoaders(elk);
    mermaid.initialize({
      startOnLoad: false,
      theme: 'base',
      securityLevel: 'loose',
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    });
    const out: { svg: string; x: number; y: number; width: number; height: number }[] = [];
    for (const { id, source } of diagrams) {
      const { svg } = await mermaid.render(id, source);
      const element = new DOMParser().parseFromString(svg, 'text/html').getElementsByTagName('svg')[0]!;
      const { x, y, width, height } = element.viewBox.baseVal;
      out.push({ svg: new XMLSerializer().serializeToString(element), x, y, width, height });
    }
    return out;
  }, sources);
  if (errors.length) throw new Error(errors.join('\n'));

  const dir = new URL('../src/flowchart/', import.meta.url);
  const meta: Record<string, { sourceSha256: string; width: number; height: number; centres: Record<string, [number, number]> }> = {};
  const fraction = (v: number) => Math.round(v * 10_000) / 10_000;
  VIEWS.forEach((view, i) => {
    const { svg, x, y, width, height } = rendered[i]!;
    writeFileSync(new URL(`${view.id}.svg`, dir), `${svg}\n`);
    // Where each box sits, as fractions of the chart's width and height: pages scroll the chart to
    // the current box without a script (Flowchart.astro).
    const centres: Record<string, [number, number]> = {};
    for (const [id, b] of readGeometry(svg).nodes) centres[id] = [fraction(((b.x1 + b.x2) / 2 - x) / width), fraction(((b.y1 + b.y2) / 2 - y) / height)];
    meta[view.id] = { sourceSha256: createHash('sha256').update(sources[i]!.source).digest('hex'), width: Math.ceil(width), height: Math.ceil(height), centres };
    console.log(`${view.id}.svg: ${svg.length} bytes, ${Math.round(width)} × ${Math.round(height)}`);
  });
  writeFileSync(new URL('flowchart.json', dir), `${JSON.stringify(meta, null, 2)}\n`);
  console.log(`${Math.round(performance.now() - started)} ms`);
} finally {
  await browser.close();
}
