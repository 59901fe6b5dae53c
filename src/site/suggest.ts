/**
 * "Did you mean": guesses what a mistyped or outdated address meant, by edit distance between its
 * last path segment and each candidate id (outcome slugs and question ids). Pure and total: any
 * pathname, however malformed or long, gives a list (maybe empty) and never an exception.
 */
import { distance } from 'fastest-levenshtein';

/** Longer segments are cut: no id is near that long, and the distance costs length × length. */
export const MAX_SEGMENT_LENGTH = 200;

/** Decodes percent-encoding where it is valid and keeps the rest as typed (`%zz`, a cut `%E0%A4`). */
export function decodeLeniently(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** The last non-empty segment of a pathname, decoded and lower-cased ("" for "/"). */
export function lastSegment(pathname: string): string {
  const raw = pathname.split('/').filter(Boolean).at(-1) ?? '';
  return decodeLeniently(raw.slice(0, MAX_SEGMENT_LENGTH * 3)).toLowerCase().slice(0, MAX_SEGMENT_LENGTH);
}

/** Up to `limit` candidates close to the pathname's last segment, closest first (ties keep their order). */
export function suggest(pathname: string, candidates: readonly string[], limit = 3): string[] {
  const segment = lastSegment(pathname);
  if (!segment) return [];
  const within = Math.max(3, Math.floor(segment.length / 3));
  return candidates
    .filter((id) => id !== '')
    .map((id) => {
      // A shared prefix or containment ("forbid", "invalid-credential") counts as close.
      const d = id.startsWith(segment) || segment.startsWith(id) || id.includes(segment) ? 0 : distance(segment, id);
      return { id, d };
    })
    .filter(({ d }) => d <= within)
    .sort((x, y) => x.d - y.d)
    .slice(0, limit)
    .map(({ id }) => id);
}
