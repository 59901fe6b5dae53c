/**
 * The specifications the site cites, and the sections it cites from them.
 * Citations are data: outcomes and questions point at a {@link SectionId}; pages, exports and the
 * verbatim check all read this one catalogue.
 */

export const RFC_NUMBERS = [9110, 7235, 7231, 2616, 2617, 7617, 6750] as const;
export type RfcNumber = (typeof RFC_NUMBERS)[number];

export interface RfcInfo {
  title: string;
  published: string;
  /** The RFCs that obsoleted this one, as their own headers say ("Obsoletes: …"); empty when current. */
  obsoletedBy: readonly RfcNumber[];
  /** The standing of the document, in a few words. */
  status: string;
  /** Base of the HTTP WG's readable copy, where one exists. */
  httpwg: string | null;
}

export const RFCS = {
  9110: { title: 'HTTP Semantics', published: 'June 2022', obsoletedBy: [], status: 'Internet Standard (STD 97), current', httpwg: 'https://httpwg.org/specs/rfc9110.html' },
  7235: { title: 'Hypertext Transfer Protocol (HTTP/1.1): Authentication', published: 'June 2014', obsoletedBy: [9110], status: 'Obsoleted by RFC 9110', httpwg: 'https://httpwg.org/specs/rfc7235.html' },
  7231: { title: 'Hypertext Transfer Protocol (HTTP/1.1): Semantics and Content', published: 'June 2014', obsoletedBy: [9110], status: 'Obsoleted by RFC 9110', httpwg: 'https://httpwg.org/specs/rfc7231.html' },
  2616: { title: 'Hypertext Transfer Protocol -- HTTP/1.1', published: 'June 1999', obsoletedBy: [7231, 7235], status: 'Obsoleted in 2014 by RFC 7230 to 7235 (RFC 7231 and 7235 for the parts quoted here); RFC 7231 and 7235 were in turn obsoleted by RFC 9110', httpwg: null },
  2617: { title: 'HTTP Authentication: Basic and Digest Access Authentication', published: 'June 1999', obsoletedBy: [7617], status: 'Obsoleted by RFC 7617 for Basic; its framework was updated by RFC 7235 and now lives in RFC 9110 §11', httpwg: null },
  7617: { title: "The 'Basic' HTTP Authentication Scheme", published: 'September 2015', obsoletedBy: [], status: 'Proposed Standard, current', httpwg: null },
  6750: { title: 'The OAuth 2.0 Authorization Framework: Bearer Token Usage', published: 'October 2012', obsoletedBy: [], status: 'Proposed Standard, current', httpwg: null },
} as const satisfies Record<RfcNumber, RfcInfo>;

export interface SectionInfo {
  rfc: RfcNumber;
  /** Section number as the RFC prints it, without the trailing dot. */
  section: string;
  title: string;
}

/** Every section the decision cites. Ids read `rfc<number>-<section>`. */
export const SECTIONS = {
  'rfc9110-11.3': { rfc: 9110, section: '11.3', title: 'Challenge and Response' },
  'rfc9110-11.4': { rfc: 9110, section: '11.4', title: 'Credentials' },
  'rfc9110-11.6.1': { rfc: 9110, section: '11.6.1', title: 'WWW-Authenticate' },
  'rfc9110-11.7.1': { rfc: 9110, section: '11.7.1', title: 'Proxy-Authenticate' },
  'rfc9110-15.3.1': { rfc: 9110, section: '15.3.1', title: '200 OK' },
  'rfc9110-15.4.3': { rfc: 9110, section: '15.4.3', title: '302 Found' },
  'rfc9110-15.4.4': { rfc: 9110, section: '15.4.4', title: '303 See Other' },
  'rfc9110-15.5.1': { rfc: 9110, section: '15.5.1', title: '400 Bad Request' },
  'rfc9110-15.5.2': { rfc: 9110, section: '15.5.2', title: '401 Unauthorized' },
  'rfc9110-15.5.4': { rfc: 9110, section: '15.5.4', title: '403 Forbidden' },
  'rfc9110-15.5.5': { rfc: 9110, section: '15.5.5', title: '404 Not Found' },
  'rfc9110-15.5.8': { rfc: 9110, section: '15.5.8', title: '407 Proxy Authentication Required' },
  'rfc7235-3.1': { rfc: 7235, section: '3.1', title: '401 Unauthorized' },
  'rfc7235-3.2': { rfc: 7235, section: '3.2', title: '407 Proxy Authentication Required' },
  'rfc7231-6.5.3': { rfc: 7231, section: '6.5.3', title: '403 Forbidden' },
  'rfc2616-10.4.4': { rfc: 2616, section: '10.4.4', title: '403 Forbidden' },
  'rfc6750-3': { rfc: 6750, section: '3', title: 'The WWW-Authenticate Response Header Field' },
  'rfc6750-3.1': { rfc: 6750, section: '3.1', title: 'Error Codes' },
} as const satisfies Record<string, SectionInfo>;

export type SectionId = keyof typeof SECTIONS;
export const SECTION_IDS = Object.keys(SECTIONS) as SectionId[];

/**
 * Official RFC Editor link to a section, or to one of its paragraphs:
 * https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4 (paragraph 3: …#section-15.5.4-3).
 */
export function sectionUrl(rfc: number, section: string, paragraph?: number): string {
  return `https://www.rfc-editor.org/rfc/rfc${rfc}#section-${section}${paragraph ? `-${paragraph}` : ''}`;
}

/** Official RFC Editor link to a catalogued section. */
export function rfcEditorUrl(id: SectionId): string {
  const { rfc, section } = SECTIONS[id];
  return sectionUrl(rfc, section);
}

/** Short human label of any section, e.g. "RFC 9110 §15.5.4". */
export function rfcSectionLabel(rfc: number, section: string): string {
  return `RFC ${rfc} §${section}`;
}

/** The same for a catalogued section. */
export function sectionLabel(id: SectionId): string {
  const { rfc, section } = SECTIONS[id];
  return rfcSectionLabel(rfc, section);
}

/**
 * A cited section together with the exact words that decide the point.
 * `quote` is verbatim (a test compares it with the reference text); `supports` says, in our words,
 * what the quote establishes for this outcome.
 */
export interface Citation {
  ref: SectionId;
  quote: string;
  supports: string;
}
