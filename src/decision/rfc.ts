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
  /** Obsoleting documents we hold no reference text for (linked and paraphrased, never quoted). */
  obsoletedByExternal?: readonly ExternalSourceId[];
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
  2617: {
    title: 'HTTP Authentication: Basic and Digest Access Authentication',
    published: 'June 1999',
    obsoletedBy: [7617],
    obsoletedByExternal: ['rfc7616', 'rfc7615'],
    status: 'Obsoleted by RFC 7617 (Basic), RFC 7616 (Digest) and RFC 7615 (Authentication-Info, itself obsoleted by RFC 9110); its framework, updated by RFC 7235, now lives in RFC 9110 §11',
    httpwg: null,
  },
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
  'rfc9110-5.5': { rfc: 9110, section: '5.5', title: 'Field Values' },
  'rfc9110-9.3.2': { rfc: 9110, section: '9.3.2', title: 'HEAD' },
  'rfc9110-9.3.7': { rfc: 9110, section: '9.3.7', title: 'OPTIONS' },
  'rfc9110-10.2.1': { rfc: 9110, section: '10.2.1', title: 'Allow' },
  'rfc9110-10.2.3': { rfc: 9110, section: '10.2.3', title: 'Retry-After' },
  'rfc9110-11.1': { rfc: 9110, section: '11.1', title: 'Authentication Scheme' },
  'rfc9110-11.2': { rfc: 9110, section: '11.2', title: 'Authentication Parameters' },
  'rfc9110-11.3': { rfc: 9110, section: '11.3', title: 'Challenge and Response' },
  'rfc9110-11.4': { rfc: 9110, section: '11.4', title: 'Credentials' },
  'rfc9110-11.5': { rfc: 9110, section: '11.5', title: 'Establishing a Protection Space (Realm)' },
  'rfc9110-11.6.1': { rfc: 9110, section: '11.6.1', title: 'WWW-Authenticate' },
  'rfc9110-11.6.2': { rfc: 9110, section: '11.6.2', title: 'Authorization' },
  'rfc9110-11.7.1': { rfc: 9110, section: '11.7.1', title: 'Proxy-Authenticate' },
  'rfc9110-15.3.1': { rfc: 9110, section: '15.3.1', title: '200 OK' },
  'rfc9110-15.3.5': { rfc: 9110, section: '15.3.5', title: '204 No Content' },
  'rfc9110-15.4.3': { rfc: 9110, section: '15.4.3', title: '302 Found' },
  'rfc9110-15.4.4': { rfc: 9110, section: '15.4.4', title: '303 See Other' },
  'rfc9110-15.5.1': { rfc: 9110, section: '15.5.1', title: '400 Bad Request' },
  'rfc9110-15.5.2': { rfc: 9110, section: '15.5.2', title: '401 Unauthorized' },
  'rfc9110-15.5.3': { rfc: 9110, section: '15.5.3', title: '402 Payment Required' },
  'rfc9110-15.5.4': { rfc: 9110, section: '15.5.4', title: '403 Forbidden' },
  'rfc9110-15.5.5': { rfc: 9110, section: '15.5.5', title: '404 Not Found' },
  'rfc9110-15.5.6': { rfc: 9110, section: '15.5.6', title: '405 Method Not Allowed' },
  'rfc9110-15.5.8': { rfc: 9110, section: '15.5.8', title: '407 Proxy Authentication Required' },
  'rfc9110-15.5.11': { rfc: 9110, section: '15.5.11', title: '410 Gone' },
  'rfc9110-16.4.1': { rfc: 9110, section: '16.4.1', title: 'Authentication Scheme Registry' },
  'rfc9110-16.4.2': { rfc: 9110, section: '16.4.2', title: 'Considerations for New Authentication Schemes' },
  'rfc7235-3.1': { rfc: 7235, section: '3.1', title: '401 Unauthorized' },
  'rfc7235-3.2': { rfc: 7235, section: '3.2', title: '407 Proxy Authentication Required' },
  'rfc7231-6.5.3': { rfc: 7231, section: '6.5.3', title: '403 Forbidden' },
  'rfc2616-10.4.2': { rfc: 2616, section: '10.4.2', title: '401 Unauthorized' },
  'rfc2616-10.4.4': { rfc: 2616, section: '10.4.4', title: '403 Forbidden' },
  'rfc7617-2': { rfc: 7617, section: '2', title: "The 'Basic' Authentication Scheme" },
  'rfc7617-2.1': { rfc: 7617, section: '2.1', title: "The 'charset' auth-param" },
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

/**
 * Documents we cite without holding their text: RFC 9470 (step-up), 6585 (429), 8705 (certificate-bound
 * tokens), 8446 (TLS 1.3), 7616 (Digest), 7615, 7725 (451), 6265 (cookies), 2068, the Fetch standard, an
 * expired draft. They are never quoted (nothing could check the words): pages link them and mark our
 * summary "paraphrased, not quoted". Add a reference text and an excerpt to quote one.
 */
export interface ExternalSource {
  /** How pages name it: "RFC 9470 §3". */
  label: string;
  title: string;
  /** Its standing, in a few words. */
  status: string;
  url: string;
}

export const EXTERNAL_SOURCES = {
  'rfc9470-3': {
    label: 'RFC 9470 §3',
    title: 'OAuth 2.0 Step Up Authentication Challenge Protocol: Authentication Requirements Challenge',
    status: 'Proposed Standard, September 2023',
    url: sectionUrl(9470, '3'),
  },
  'rfc9470-4': {
    label: 'RFC 9470 §4',
    title: 'OAuth 2.0 Step Up Authentication Challenge Protocol: Authorization Request',
    status: 'Proposed Standard, September 2023',
    url: sectionUrl(9470, '4'),
  },
  'rfc9470-6': {
    label: 'RFC 9470 §6',
    title: 'OAuth 2.0 Step Up Authentication Challenge Protocol: Authentication Information Conveyed via Access Token',
    status: 'Proposed Standard, September 2023',
    url: sectionUrl(9470, '6'),
  },
  'rfc6585-4': {
    label: 'RFC 6585 §4',
    title: 'Additional HTTP Status Codes: 429 Too Many Requests',
    status: 'Proposed Standard, April 2012',
    url: sectionUrl(6585, '4'),
  },
  'rfc6585-7.2': {
    label: 'RFC 6585 §7.2',
    title: 'Additional HTTP Status Codes: Security Considerations, 429 Too Many Requests',
    status: 'Proposed Standard, April 2012',
    url: sectionUrl(6585, '7.2'),
  },
  'rfc7725-3': {
    label: 'RFC 7725 §3',
    title: 'An HTTP Status Code to Report Legal Obstacles: 451 Unavailable For Legal Reasons',
    status: 'Proposed Standard, February 2016',
    url: sectionUrl(7725, '3'),
  },
  'rfc6265-4.1': {
    label: 'RFC 6265 §4.1',
    title: 'HTTP State Management Mechanism: Set-Cookie',
    status: 'Proposed Standard, April 2011',
    url: sectionUrl(6265, '4.1'),
  },
  'rfc8705-3': {
    label: 'RFC 8705 §3',
    title: 'OAuth 2.0 Mutual-TLS Client Authentication and Certificate-Bound Access Tokens: Mutual-TLS Client Certificate-Bound Access Tokens',
    status: 'Proposed Standard, February 2020',
    url: sectionUrl(8705, '3'),
  },
  'rfc8446-4.4.2.4': {
    label: 'RFC 8446 §4.4.2.4',
    title: 'The Transport Layer Security (TLS) Protocol Version 1.3: Receiving a Certificate Message',
    status: 'Proposed Standard, August 2018',
    url: sectionUrl(8446, '4.4.2.4'),
  },
  'rfc7616-3.3': {
    label: 'RFC 7616 §3.3',
    title: 'HTTP Digest Access Authentication: The WWW-Authenticate Response Header Field',
    status: 'Proposed Standard, September 2015',
    url: sectionUrl(7616, '3.3'),
  },
  rfc7616: {
    label: 'RFC 7616',
    title: 'HTTP Digest Access Authentication',
    status: 'Proposed Standard, September 2015',
    url: 'https://www.rfc-editor.org/rfc/rfc7616',
  },
  rfc7615: {
    label: 'RFC 7615',
    title: 'HTTP Authentication-Info and Proxy-Authentication-Info Response Header Fields',
    status: 'Obsoleted by RFC 9110',
    url: 'https://www.rfc-editor.org/rfc/rfc7615',
  },
  'rfc2068-10.4.2': {
    label: 'RFC 2068 §10.4.2',
    title: 'Hypertext Transfer Protocol -- HTTP/1.1 (January 1997): 401 Unauthorized',
    status: 'Obsoleted by RFC 2616',
    url: sectionUrl(2068, '10.4.2'),
  },
  'fetch-cors-preflight': {
    label: 'Fetch Standard, CORS-preflight fetch',
    title: 'WHATWG Fetch Standard: CORS-preflight fetch',
    status: 'Living Standard',
    url: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
  },
  'fetch-ok-status': {
    label: 'Fetch Standard, ok status',
    title: 'WHATWG Fetch Standard: ok status',
    status: 'Living Standard',
    url: 'https://fetch.spec.whatwg.org/#ok-status',
  },
  'fetch-cors-credentials': {
    label: 'Fetch Standard, CORS protocol and credentials',
    title: 'WHATWG Fetch Standard: CORS protocol and credentials',
    status: 'Living Standard',
    url: 'https://fetch.spec.whatwg.org/#cors-protocol-and-credentials',
  },
  'rfc9111-3.5': {
    label: 'RFC 9111 §3.5',
    title: 'HTTP Caching: Storing Responses to Authenticated Requests',
    status: 'Internet Standard (STD 98), June 2022',
    url: sectionUrl(9111, '3.5'),
  },
  'rfc9112-5.2': {
    label: 'RFC 9112 §5.2',
    title: 'HTTP/1.1: Obsolete Line Folding',
    status: 'Internet Standard (STD 99), June 2022',
    url: sectionUrl(9112, '5.2'),
  },
  'fetch-cors-check': {
    label: 'Fetch Standard, CORS check',
    title: 'WHATWG Fetch Standard: CORS check, and the CORS-safelisted response-header names',
    status: 'Living Standard',
    url: 'https://fetch.spec.whatwg.org/#cors-check',
  },
  'django-csrf': {
    label: 'Django, Cross Site Request Forgery protection',
    title: 'Django documentation: Cross Site Request Forgery protection',
    status: 'Framework documentation',
    url: 'https://docs.djangoproject.com/en/stable/ref/csrf/',
  },
  'spring-security-csrf': {
    label: 'Spring Security, Cross Site Request Forgery (CSRF)',
    title: 'Spring Security reference: Cross Site Request Forgery (CSRF) for servlet applications',
    status: 'Framework documentation',
    url: 'https://docs.spring.io/spring-security/reference/servlet/exploits/csrf.html',
  },
  'cookie-auth-draft': {
    label: 'draft-broyer-http-cookie-auth-00',
    title: 'Cookie-based HTTP Authentication (Internet-Draft, January 2009, expired, never registered)',
    status: 'Expired Internet-Draft',
    url: 'https://datatracker.ietf.org/doc/html/draft-broyer-http-cookie-auth-00',
  },
} as const satisfies Record<string, ExternalSource>;

export type ExternalSourceId = keyof typeof EXTERNAL_SOURCES;
/** What a header advice may point at: a quoted section, or a document we only paraphrase. */
export type Ref = SectionId | ExternalSourceId;

export function isExternalRef(ref: string): ref is ExternalSourceId {
  return Object.hasOwn(EXTERNAL_SOURCES, ref);
}

/** A link to a section or an external source, with the label pages show. */
export function refLink(ref: Ref): { label: string; url: string; paraphrased: boolean } {
  if (isExternalRef(ref)) return { label: EXTERNAL_SOURCES[ref].label, url: EXTERNAL_SOURCES[ref].url, paraphrased: true };
  return { label: sectionLabel(ref), url: rfcEditorUrl(ref), paraphrased: false };
}

/** The label pages put on every paraphrase, so that nobody mistakes it for the source's words. */
export const PARAPHRASE_LABEL = 'paraphrased, not quoted';

/**
 * What a document we do not hold says, in our words. Never put in quotation marks: a unit test rejects
 * quotation marks here, since nothing could check the words.
 */
export interface Paraphrase {
  source: ExternalSourceId;
  paraphrase: string;
  supports: string;
}
