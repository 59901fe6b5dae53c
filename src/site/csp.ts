/**
 * The Content-Security-Policy every page carries, through Astro's `security.csp`: Astro writes it
 * into a <meta http-equiv="content-security-policy"> and adds the SHA-256 of each of its own scripts
 * (the island loader and directive, the 404 page's module) and inlined styles to script-src and
 * style-src. This file adds what Astro does not know about and closes everything else.
 *
 * - Scripts: files from this origin and Astro's hashes; never 'unsafe-inline' or 'unsafe-eval'.
 * - Style elements: files from this origin, Astro's hashes, and the hash of the <style> inside each
 *   committed flowchart view's SVG (mermaid's theme; one SVG per view, src/flowchart/views.ts). The
 *   highlighted walk on the charts is marked with attributes (src/flowchart/highlight.ts), so no page
 *   has a style of its own.
 * - Style attributes: 'unsafe-inline', in style-src-attr only. The mermaid SVG and a few headings
 *   carry style="" attributes; an attribute holds declarations, never a selector or a script, and
 *   the resources it could load are still bound by img-src and font-src.
 * - Forms: this origin (the header's search box goes to the search page).
 * - WebAssembly: only the search page allows it ('wasm-unsafe-eval', which lets a page compile
 *   WebAssembly and nothing else; never 'unsafe-eval'): Pagefind's index reader is a WASM module.
 * - Everything else: nothing, except images from this origin (the favicon) and connections to this
 *   origin. The site loads no font, frame, worker or manifest and its scripts make no request, but
 *   tools that read /robots.txt as the page (Lighthouse's SEO audit) are bound by connect-src.
 *
 * A <meta> policy cannot carry frame-ancestors, report-uri or sandbox (browsers ignore them there);
 * a host that can send headers may add frame-ancestors 'none'.
 */
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type Hash = `sha256-${string}`;

const sha256 = (text: string): Hash => `sha256-${createHash('sha256').update(text).digest('base64')}`;

export const DIRECTIVES: NonNullable<CspConfig['directives']> = [
  "default-src 'none'",
  "base-uri 'self'",
  "object-src 'none'",
  // The search box in every page's header submits to the search page (GET), on this origin only.
  "form-action 'self'",
  "img-src 'self'",
  "connect-src 'self'",
];

/** The hash of each <style> element inside an SVG, as the page carries it. */
export function svgStyleHashes(svg: string): Hash[] {
  return [...svg.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!));
}

/** The value of Astro's `security.csp`, for a site that inlines the given flowchart SVGs (one per view). */
export function cspConfig(flowchartSvgs: readonly string[]): CspConfig {
  return {
    algorithm: 'SHA-256',
    directives: [...DIRECTIVES],
    scriptDirective: { resources: ["'self'"] },
    // style-src keeps Astro's default 'self' (naming it here too would only draw a warning).
    styleDirective: {
      resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }],
      hashes: [...new Set(flowchartSvgs.flatMap(svgStyleHashes))],
    },
  };
}
