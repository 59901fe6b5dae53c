/**
 * Answers <-> URL query. The settings come first, then each question id with its answer id, in the
 * order answered: ?scheme=bearer&client=programmatic&checked-by=origin&route-exists=yes. Parsing never
 * throws; see decide(). Links made before the settings existed are rewritten first (legacy.ts).
 */
import { decide, type Decision } from './decide.ts';
import type { Step } from './graph.ts';
import { legacyRewrite, publicRecordRewrite } from './legacy.ts';
import { DEFAULT_SETTINGS, OPTIONAL_SETTINGS, SETTING_IDS, type Settings } from './settings.ts';

/** Longer queries are cut before parsing; no real path needs more than a few hundred characters. */
export const MAX_QUERY_LENGTH = 2048;

/**
 * The query for a walk: '' for nothing chosen, else the settings first (scheme and client always, an
 * optional setting such as the policy only when it is not the default: that is how a current link reads).
 */
export function toQuery(path: readonly Step[], settings: Settings = DEFAULT_SETTINGS): string {
  const written = SETTING_IDS.filter((id) => !OPTIONAL_SETTINGS.includes(id) || settings[id] !== DEFAULT_SETTINGS[id]);
  if (path.length === 0 && written.every((id) => settings[id] === DEFAULT_SETTINGS[id])) return '';
  const params = new URLSearchParams(written.map((id) => [id, settings[id]]));
  for (const step of path) params.append(step.question, step.answer);
  return `?${params.toString()}`;
}

export function fromQuery(search: string): Decision {
  let pairs: [string, string][];
  try {
    pairs = [...new URLSearchParams(search.slice(0, MAX_QUERY_LENGTH)).entries()];
  } catch {
    pairs = [];
  }
  const legacy = legacyRewrite(publicRecordRewrite(pairs));
  const d = decide(legacy.pairs);
  return { ...d, ignored: [...legacy.ignored, ...d.ignored], notes: legacy.notes };
}
