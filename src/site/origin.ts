/**
 * Links that visitors copy (the share link, the review comment) point at the origin the page is read
 * at, so that a copy of the site served anywhere (a preview, a mirror, localhost) hands out links that
 * work there. Canonical and Open Graph URLs stay absolute from SITE_URL and never go through here.
 * No imports: the outcome pages' tiny script uses it too.
 */

/**
 * A URL of the built site moved to another origin: same path (base included), query and fragment.
 * Without a usable origin (at build time, or "null" for file: pages) the URL comes back unchanged.
 */
export function atOrigin(url: string, origin: string | undefined): string {
  if (!origin || !URL.canParse(url) || !URL.canParse(origin)) return url;
  const u = new URL(url);
  return `${new URL(origin).origin}${u.pathname}${u.search}${u.hash}`;
}
