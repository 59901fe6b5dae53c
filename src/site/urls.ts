/** Links that respect the base path the site is built for (e.g. /http-401-vs-403/). */
export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A site path (no leading slash) under the base: href('outcomes/forbidden/'). */
export function href(path = ''): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}

/** The absolute URL of a site path, for canonical links and exports. */
export function absolute(site: URL | undefined, path = ''): string {
  return new URL(href(path), site ?? 'http://localhost:4321').href;
}
