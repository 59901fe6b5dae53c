/**
 * The routes of src/routes.ts under this build's base path (Astro's BASE_URL) and site (SITE_URL):
 * what pages and endpoints call to link anywhere. The base is read here, once.
 */
import { absoluteUrl, normalizeBase, withBase } from '../routes.ts';

export const BASE = normalizeBase(import.meta.env.BASE_URL);

/** A site path (from src/routes.ts) under the base: href(outcomePath('forbidden')). */
export function href(path = ''): string {
  return withBase(BASE, path);
}

/** The absolute URL of a site path, for canonical links and exports. */
export function absolute(site: URL | undefined, path = ''): string {
  return absoluteUrl(site ?? 'http://localhost:4321', BASE, path);
}
