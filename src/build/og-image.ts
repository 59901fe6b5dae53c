/**
 * Link-preview images, made at build time with satori (layout to SVG, text as paths) and resvg
 * (SVG to PNG): no browser and no network, so `npm start` works on a bare machine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) => readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

export interface OgCard {
  /** Large text: a status code, or the site's question. */
  headline: string;
  /** The line under it (reason phrase or tagline). */
  subhead: string;
  /** The one-line verdict. */
  body: string;
  /** Accent colour of the headline band. */
  accent: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node[] | string } };
const el = (type: string, style: Record<string, unknown>, children: Node[] | string): Node => ({ type, props: { style, children } });

export async function renderOgImage(card: OgCard): Promise<Buffer> {
  fonts ??= [
    { name: 'Inter', data: font(400), weight: 400, style: 'normal' },
    { name: 'Inter', data: font(700), weight: 700, style: 'normal' },
  ];
  const tree = el('div', { width: OG_WIDTH, height: OG_HEIGHT, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', background: '#121417', color: '#e6e8eb', fontFamily: 'Inter', padding: '56px 64px' }, [
    el('div', { display: 'flex', alignItems: 'baseline', gap: '28px' }, [
      el('div', { fontSize: 150, fontWeight: 700, color: card.accent, lineHeight: 1 }, card.headline),
      el('div', { fontSize: 54, fontWeight: 700, lineHeight: 1.1 }, card.subhead),
    ]),
    el('div', { display: 'flex', width: OG_WIDTH - 128, fontSize: 40, lineHeight: 1.35, marginTop: '36px', color: '#e6e8eb' }, card.body),
    el('div', { display: 'flex', width: OG_WIDTH - 128, marginTop: 'auto', fontSize: 30, color: '#a7b0ba', justifyContent: 'space-between', borderTop: '2px solid #3a424c', paddingTop: '20px' }, [
      el('div', { display: 'flex' }, '401 or 403? The HTTP status decision guide'),
      el('div', { display: 'flex', color: '#ffe08a' }, 'RFC 9110'),
    ]),
  ]);
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng();
}
