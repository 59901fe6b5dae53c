/**
 * Renders the decision module's mermaid source to src/flowchart/flowchart.svg (committed), and
 * records the hash of the source it came from in flowchart.json. Needs a browser, so it runs when the
 * decision changes (`npm run diagram`), never during `npm start`; a unit test fails while the
 * committed SVG is stale.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createMermaidRenderer } from 'mermaid-isomorphic';
import { mermaidSource, SVG_ID } from '../src/flowchart/mermaid.ts';
import { launchOptions } from './chromium.ts';

const source = mermaidSource();
const render = createMermaidRenderer({ launchOptions: launchOptions() });
const started = performance.now();
const [result] = await render([source], {
  prefix: SVG_ID,
  mermaidConfig: {
    theme: 'base',
    handDrawnSeed: 1,
    securityLevel: 'loose',
    flowchart: { htmlLabels: false, curve: 'basis', nodeSpacing: 24, rankSpacing: 36, wrappingWidth: 170 },
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  },
});
if (!result || result.status !== 'fulfilled') throw result?.status === 'rejected' ? result.reason : new Error('no result');

const out = new URL('../src/flowchart/', import.meta.url);
writeFileSync(new URL('flowchart.svg', out), `${result.value.svg}\n`);
writeFileSync(
  new URL('flowchart.json', out),
  `${JSON.stringify({ sourceSha256: createHash('sha256').update(source).digest('hex'), width: result.value.width, height: result.value.height }, null, 2)}\n`,
);
console.log(`flowchart.svg: ${result.value.svg.length} bytes, ${Math.round(performance.now() - started)} ms`);
