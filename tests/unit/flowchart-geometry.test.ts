/**
 * The committed flowchart SVGs are readable: no edge runs through a box other than its two ends, and
 * no edge label covers a box. Checked on the geometry in the markup (node outlines, edge paths sampled
 * every few pixels, label backgrounds), with boxes shrunk by 2 px so that an edge may touch its end.
 * The same check finds the known faults of the old single dagre chart, kept as fixtures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VIEWS } from '../../src/flowchart/views.ts';
import { densify, findCollisions, readGeometry, samplePath } from '../../scripts/lib/svg-geometry.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('the committed flowchart views', () => {
  for (const view of VIEWS) {
    const geometry = readGeometry(read(`../../src/flowchart/${view.id}.svg`));

    it(`${view.id}: every edge and label is read`, () => {
      expect(geometry.nodes.size).toBeGreaterThan(view.questions.length);
      expect(geometry.edges.length).toBeGreaterThanOrEqual(geometry.nodes.size - 1);
      expect(geometry.labels).toHaveLength(geometry.edges.length);
      for (const e of geometry.edges) expect(e.points.length, e.dataId).toBeGreaterThan(10);
    });

    it(`${view.id}: no edge crosses a box, no label covers one`, () => {
      expect(findCollisions(geometry)).toEqual([]);
    });
  }
});

describe('the check itself', () => {
  it('finds the faults the issue names on the old chart (v1 graph, dagre)', () => {
    const found = findCollisions(readGeometry(read('../fixtures/flowchart-dagre-v1.svg')));
    // "blocked → 407", "invalid" under the 400 box, "public" through a question, "Permitted? no" on "Does the record exist?".
    expect(found).toEqual(
      expect.arrayContaining([
        'edge client_blocked → client_barred crosses proxy_authentication_required',
        'edge credentials_valid → invalid_credentials crosses malformed_credentials',
        'edge requires_auth → record_exists crosses reveal_existence',
        'edge permitted → reveal_existence crosses record_exists',
      ]),
    );
  });

  it('finds the faults of the single dagre chart of the v2 graph', () => {
    const found = findCollisions(readGeometry(read('../fixtures/flowchart-dagre-v2.svg')));
    expect(found.filter((f) => f.startsWith('edge ')).length).toBeGreaterThan(20);
    expect(found).toContain('edge route_exists → method_not_allowed crosses client_barred');
    expect(found).toContain('label "account suspended" (L_credentials_valid_account_barred_0) covers malformed_credentials');
  });

  it('samples straight runs and curves, absolute and relative', () => {
    expect(samplePath('M0,0L10,0', 4)).toEqual([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
    ]);
    expect(densify(samplePath('M0,0 l100,0'))).toHaveLength(26);
    const curve = samplePath('M0 0 C0 10, 10 10, 10 0', 2);
    expect(curve[1]).toEqual({ x: 5, y: 7.5 });
    expect(samplePath('M0,0 Q5,10 10,0', 2)[1]).toEqual({ x: 5, y: 5 });
    expect(samplePath('M0,0 H5 V5 Z').at(-1)).toEqual({ x: 0, y: 0 });
  });

  it('sees a straight edge that runs through a box with both ends outside it', () => {
    const svg = `<svg><g class="nodes">
      <g class="node" id="x-flowchart-a-0" transform="translate(0,0)"><rect x="-5" y="-5" width="10" height="10"/></g>
      <g class="node" id="x-flowchart-b-1" transform="translate(100,0)"><rect x="-5" y="-5" width="10" height="10"/></g>
      <g class="node" id="x-flowchart-c-2" transform="translate(50,0)"><polygon points="0,0 20,0 20,20 0,20" transform="translate(-10,-10)"/></g>
    </g><path d="M5,0L95,0" data-id="L_a_b_0"/></svg>`;
    expect(findCollisions(readGeometry(svg))).toEqual(['edge a → b crosses c']);
  });
});
