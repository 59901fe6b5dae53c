/**
 * How a status code looks: one palette for the badges, the flowchart's outcome boxes and the link-
 * preview images. The page CSS is generated from it (statusCss, served as the virtual stylesheet
 * `virtual:status.css`, see astro.config.mjs), so no colour is written twice.
 */
import type { StatusCode } from '../decision/index.ts';

interface Tone {
  /** Badge and box fill on the light theme. */
  light: string;
  /** The same on the dark theme. */
  dark: string;
  /** Headline colour on the (dark) preview image. */
  accent: string;
}

/** Colour families, by what the status tells the client. */
const TONES = {
  success: { light: '#d8f5dd', dark: '#17391f', accent: '#7ee2a8' },
  redirect: { light: '#d6eefa', dark: '#123246', accent: '#8ecdf5' },
  malformed: { light: '#ece4fb', dark: '#2f2450', accent: '#c7b3ff' },
  authenticate: { light: '#fde8c8', dark: '#4a3210', accent: '#ffc46b' },
  refused: { light: '#fbd9d7', dark: '#4d1c1a', accent: '#ff9b93' },
  missing: { light: '#e6e9ee', dark: '#2c323b', accent: '#c9d1d9' },
  later: { light: '#fff3b8', dark: '#3f3808', accent: '#f2dc5d' },
} as const satisfies Record<string, Tone>;
export type ToneName = keyof typeof TONES;

/** Every code the decision uses has a tone; a new code fails the type check until it gets one. */
const STATUS_TONE = {
  200: 'success',
  204: 'success',
  302: 'redirect',
  400: 'malformed',
  401: 'authenticate',
  402: 'refused',
  403: 'refused',
  404: 'missing',
  405: 'malformed',
  407: 'authenticate',
  410: 'missing',
  // Come back later: the same request will succeed.
  429: 'later',
} as const satisfies Record<StatusCode, ToneName>;

export function toneOf(status: StatusCode): ToneName {
  return STATUS_TONE[status];
}

/**
 * The class that carries a status's colour, on badges and on the flowchart's outcome boxes
 * (the class names are part of the committed flowchart source: 2xx and 3xx share one each).
 */
export function statusClass(status: StatusCode): string {
  if (status < 300) return 'st-2xx';
  if (status < 400) return 'st-3xx';
  return `st-${status}`;
}

/** Headline colour of a preview image. */
export function accentFor(status: StatusCode): string {
  return TONES[toneOf(status)].accent;
}

/** The site's own accent, for the preview image of pages that are not an outcome. */
export const SITE_ACCENT = TONES.authenticate.accent;

/**
 * CSS custom properties for the tones (light, and dark under prefers-color-scheme) and, per status
 * class, `--status-bg`, which global.css paints on badges and flowchart boxes. `dark: false` leaves
 * out the dark theme (for the flowchart SVG opened on its own, which has a light background).
 */
export function statusCss({ dark = true } = {}): string {
  const tones = Object.entries(TONES) as [ToneName, Tone][];
  const vars = (scheme: 'light' | 'dark') => tones.map(([name, t]) => `--tone-${name}: ${t[scheme]};`).join(' ');
  const classes = new Map<string, ToneName>();
  for (const [status, tone] of Object.entries(STATUS_TONE)) classes.set(statusClass(Number(status) as StatusCode), tone);
  return [
    `:root { ${vars('light')} }`,
    ...(dark ? [`@media (prefers-color-scheme: dark) { :root { ${vars('dark')} } }`] : []),
    ...[...classes].map(([cls, tone]) => `.${cls} { --status-bg: var(--tone-${tone}); }`),
    '',
  ].join('\n');
}
