/** Names of excerpts and links beside them; pure functions shared by pages and tests (site paths: src/routes.ts). */
import { RFCS, type RfcNumber } from '../decision/index.ts';

export function excerptId(rfc: number, section: string): string {
  return `rfc${rfc}-${section}`;
}

export function httpwgUrl(rfc: RfcNumber, anchor: string | undefined): string | undefined {
  const base = RFCS[rfc].httpwg;
  return base && anchor ? `${base}#${anchor}` : undefined;
}

/**
 * Only RFCs published in the RFC Editor's v3 HTML format number their paragraphs
 * (#section-15.5.4-3); older ones are plain text with section anchors only.
 */
export function hasParagraphAnchors(rfc: number): boolean {
  return rfc >= 8650;
}

/** Orders RFCs newest first, sections numerically (15.5.10 after 15.5.9). */
export function compareExcerpts(a: { rfc: number; section: string }, b: { rfc: number; section: string }): number {
  if (a.rfc !== b.rfc) return b.rfc - a.rfc;
  const pa = a.section.split('.').map(Number);
  const pb = b.section.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
