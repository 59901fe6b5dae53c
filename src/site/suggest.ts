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

/** Most exact matches listed (a status code shared by many outcomes). */
export const MAX_EXACT = 8;

/**
 * Up to `limit` candidates close to the pathname's last segment, closest first (ties keep their
 * order). `aliases` are other names a candidate answers to exactly: an outcome's status code and reason
 * phrase ("401", "unauthorized", "not-found"); every candidate an alias names exactly is listed, up to
 * MAX_EXACT, even past `limit`.
 */
export function suggest(
  pathname: string,
  candidates: readonly string[],
  limit = 3,
  aliases: ReadonlyMap<string, readonly string[]> = new Map(),
): string[] {
  const segment = lastSegment(pathname);
  if (!segment) return [];
  const within = Math.max(3, Math.floor(segment.length / 3));
  const ranked = candidates
    .filter((id) => id !== '')
    .map((id) => {
      if (aliases.get(id)?.includes(segment)) return { id, d: -1 };
      // A shared prefix ("forbid", "invalid-credential") is closest; containment ("forbidden" in
      // "proxy-forbidden") next; then the edit distance.
      const d = id.startsWith(segment) || segment.startsWith(id) ? 0 : id.includes(segment) ? 0.5 : distance(segment, id);
      return { id, d };
    })
    .filter(({ d }) => d <= within)
    .sort((x, y) => x.d - y.d);
  const exact = ranked.filter(({ d }) => d < 0).length;
  return ranked.slice(0, Math.min(Math.max(limit, exact), MAX_EXACT)).map(({ id }) => id);
}

/** The names an outcome answers to besides its slug: "401", "unauthorized", "proxy-authentication-required". */
export function statusAliases(status: number, reason: string): string[] {
  return [String(status), reason.toLowerCase().replace(/[^a-z0-9]+/g, '-'), reason.toLowerCase().replace(/[^a-z0-9]+/g, '')];
}
