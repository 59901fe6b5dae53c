/**
 * Geometry of a rendered mermaid flowchart, read from the SVG markup alone: the box of every node, a
 * polyline sampled along every edge, and the box of every edge label. Used by the test that proves no
 * edge passes through a box other than its two ends and no label covers a box.
 */
import { parse, type HTMLElement } from 'node-html-parser';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface Point {
  x: number;
  y: number;
}

export interface Geometry {
  /** Node boxes by the mermaid id of the node (the part between "-flowchart-" and the counter). */
  nodes: Map<string, Box>;
  edges: { dataId: string; from: string; to: string; points: Point[] }[];
  labels: { dataId: string; text: string; box: Box }[];
}

/** The sum of the translate() transforms of an element and its ancestors (mermaid uses no other kind). */
function offset(el: HTMLElement | null): Point {
  let x = 0;
  let y = 0;
  for (let e = el; e; e = e.parentNode as HTMLElement | null) {
    const t = e.getAttribute?.('transform');
    if (!t) continue;
    for (const m of t.matchAll(/(\w+)\(([^)]*)\)/g)) {
      const [a = 0, b = 0] = m[2]!.split(/[\s,]+/).filter(Boolean).map(Number);
      if (m[1] === 'translate') {
        x += a;
        y += b;
      } else if (m[1] !== 'scale' || a !== 1 || (b !== 0 && b !== 1)) throw new Error(`unsupported transform ${t}`);
    }
  }
  return { x, y };
}

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/** Points along an SVG path: every vertex, and `steps` points along each curve. Absolute and relative M L H V C S Q T Z. */
export function samplePath(d: string, steps = 12): Point[] {
  const out: Point[] = [];
  let cur = { x: 0, y: 0 };
  let start = { x: 0, y: 0 };
  for (const [, cmd, args] of d.matchAll(/([MLHVCSQTAZmlhvcsqtaz])([^MLHVCSQTAZmlhvcsqtaz]*)/g)) {
    const n = (args!.match(NUMBER) ?? []).map(Number);
    const rel = cmd === cmd!.toLowerCase() && cmd !== 'z' ? 1 : 0;
    const C = cmd!.toUpperCase();
    const abs = (i: number, axis: 'x' | 'y') => n[i]! + (rel ? cur[axis] : 0);
    const bezier = (pts: Point[]) => {
      for (let s = 1; s <= steps; s++) {
        const t = s / steps;
        let level = pts;
        while (level.length > 1) level = level.slice(1).map((p, i) => ({ x: level[i]!.x + (p.x - level[i]!.x) * t, y: level[i]!.y + (p.y - level[i]!.y) * t }));
        out.push(level[0]!);
      }
    };
    if (C === 'Z') {
      cur = start;
      out.push(cur);
      continue;
    }
    const arity = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7 }[C]!;
    for (let i = 0; i + arity <= n.length; i += arity) {
      if (C === 'M' || C === 'L' || C === 'T') {
        cur = { x: abs(i, 'x'), y: abs(i + 1, 'y') };
        if (C === 'M' && i === 0) start = cur;
        out.push(cur);
      } else if (C === 'H') out.push((cur = { x: abs(i, 'x'), y: cur.y }));
      else if (C === 'V') out.push((cur = { x: cur.x, y: abs(i, 'y') }));
      else if (C === 'C') {
        const pts = [cur, { x: abs(i, 'x'), y: abs(i + 1, 'y') }, { x: abs(i + 2, 'x'), y: abs(i + 3, 'y') }, { x: abs(i + 4, 'x'), y: abs(i + 5, 'y') }];
        bezier(pts);
        cur = pts[3]!;
      } else if (C === 'Q' || C === 'S') {
        const pts = [cur, { x: abs(i, 'x'), y: abs(i + 1, 'y') }, { x: abs(i + 2, 'x'), y: abs(i + 3, 'y') }];
        bezier(pts);
        cur = pts[2]!;
      } else {
        cur = { x: abs(i + 5, 'x'), y: abs(i + 6, 'y') };
        out.push(cur);
      }
    }
  }
  return out;
}

/** The polyline with extra points, at most `step` apart, so that a straight run through a box is caught. */
export function densify(points: Point[], step = 4): Point[] {
  const out: Point[] = points.slice(0, 1);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / step));
    for (let s = 1; s <= n; s++) out.push({ x: a.x + ((b.x - a.x) * s) / n, y: a.y + ((b.y - a.y) * s) / n });
  }
  return out;
}

function boxOf(points: Point[]): Box {
  return {
    x1: Math.min(...points.map((p) => p.x)),
    y1: Math.min(...points.map((p) => p.y)),
    x2: Math.max(...points.map((p) => p.x)),
    y2: Math.max(...points.map((p) => p.y)),
  };
}

/** The box of a node's outline: its rect, polygon or path, wherever mermaid put the translation. */
function shapeBox(shape: HTMLElement): Box {
  const o = offset(shape);
  let pts: Point[];
  if (shape.tagName === 'RECT') {
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(shape.getAttribute(a) ?? 0)) as [number, number, number, number];
    pts = [
      { x, y },
      { x: x + w, y: y + h },
    ];
  } else if (shape.tagName === 'POLYGON') {
    const n = (shape.getAttribute('points')!.match(NUMBER) ?? []).map(Number);
    pts = [];
    for (let i = 0; i + 1 < n.length; i += 2) pts.push({ x: n[i]!, y: n[i + 1]! });
  } else pts = samplePath(shape.getAttribute('d')!, 2);
  const b = boxOf(pts);
  return { x1: b.x1 + o.x, y1: b.y1 + o.y, x2: b.x2 + o.x, y2: b.y2 + o.y };
}

export function readGeometry(svg: string): Geometry {
  const root = parse(svg);
  const nodes = new Map<string, Box>();
  for (const g of root.querySelectorAll('g.node')) {
    const m = /-flowchart-(.+)-\d+$/.exec(g.id);
    if (!m) continue;
    const shapes = g.querySelectorAll('rect, polygon, path').filter((s) => !s.closest('g.label'));
    if (!shapes.length) throw new Error(`node ${g.id} has no outline`);
    const boxes = shapes.map(shapeBox);
    nodes.set(m[1]!, { x1: Math.min(...boxes.map((b) => b.x1)), y1: Math.min(...boxes.map((b) => b.y1)), x2: Math.max(...boxes.map((b) => b.x2)), y2: Math.max(...boxes.map((b) => b.y2)) });
  }
  const ends = (dataId: string): [string, string] => {
    for (const from of nodes.keys()) {
      const prefix = `L_${from}_`;
      if (!dataId.startsWith(prefix)) continue;
      const to = dataId.slice(prefix.length).replace(/_\d+$/, '');
      if (nodes.has(to)) return [from, to];
    }
    throw new Error(`edge ${dataId} joins no two known nodes`);
  };
  const edges = root.querySelectorAll('path[data-id]').map((p) => {
    const dataId = p.getAttribute('data-id')!;
    const o = offset(p);
    const [from, to] = ends(dataId);
    return { dataId, from, to, points: densify(samplePath(p.getAttribute('d')!)).map((q) => ({ x: q.x + o.x, y: q.y + o.y })) };
  });
  const labels = root
    .querySelectorAll('g.edgeLabel g.label[data-id]')
    .map((g) => {
      const rect = g.querySelector('rect');
      const text = g.textContent.trim();
      if (!rect || !text) return undefined;
      return { dataId: g.getAttribute('data-id')!, text, box: shapeBox(rect) };
    })
    .filter((l) => l !== undefined);
  return { nodes, edges, labels };
}

const inside = (p: Point, b: Box, margin: number) => p.x > b.x1 + margin && p.x < b.x2 - margin && p.y > b.y1 + margin && p.y < b.y2 - margin;
const overlaps = (a: Box, b: Box, margin: number) => a.x1 < b.x2 - margin && a.x2 > b.x1 + margin && a.y1 < b.y2 - margin && a.y2 > b.y1 + margin;

/** Each edge that passes through a box other than its ends, and each label that covers a box. */
export function findCollisions(g: Geometry, margin = 2): string[] {
  const found: string[] = [];
  for (const e of g.edges)
    for (const [id, box] of g.nodes) {
      if (id === e.from || id === e.to) continue;
      if (e.points.some((p) => inside(p, box, margin))) found.push(`edge ${e.from} → ${e.to} crosses ${id}`);
    }
  for (const l of g.labels) for (const [id, box] of g.nodes) if (overlaps(l.box, box, margin)) found.push(`label "${l.text}" (${l.dataId}) covers ${id}`);
  return found;
}
