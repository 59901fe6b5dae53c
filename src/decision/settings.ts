/**
 * The settings, asked once before the questions: how callers authenticate (the scheme), who sends the
 * request (code or a person's browser loading a page), and the team's policy for refusals. They do not add
 * questions; they pick where a few answers lead (routes in flow.ts), which challenge a response carries
 * and how the example reads, and a policy answers some questions for every resource (policies.ts). Share
 * URLs carry them as ordinary query keys, written before the answers.
 *
 * Values are public (share-URL values, page anchors such as #scheme-basic): never rename one.
 */
import { prose } from './prose.ts';

export const SETTINGS = {
  scheme: ['bearer', 'basic', 'digest', 'api-key', 'cookie', 'mtls'],
  client: ['programmatic', 'navigation'],
  /** `none`: no team-wide policy, each hiding question is answered per resource (how every link before policies read). */
  policy: ['none', 'strict', 'conceal', 'always-403'],
} as const;

export type SettingId = keyof typeof SETTINGS;
export type Scheme = (typeof SETTINGS.scheme)[number];
export type ClientKind = (typeof SETTINGS.client)[number];
export type Policy = (typeof SETTINGS.policy)[number];
export type SettingValue<S extends SettingId = SettingId> = S extends SettingId ? (typeof SETTINGS)[S][number] : never;

export type Settings = { [S in SettingId]: SettingValue<S> };

/** v1 links meant these: its examples were Bearer, and its "challenge" answer meant API clients. */
export const DEFAULT_SETTINGS: Readonly<Settings> = { scheme: 'bearer', client: 'programmatic', policy: 'none' };

/**
 * Settings a share URL carries only when they differ from the default, so that links made before they
 * existed read exactly as before (scheme and client are always written: they were from the start).
 */
export const OPTIONAL_SETTINGS: readonly SettingId[] = ['policy'];

/** What an example response depends on: the policy changes which outcome is reached, never how one reads. */
export type ExampleSettings = Pick<Settings, 'scheme' | 'client'>;

export const SETTING_IDS = Object.keys(SETTINGS) as SettingId[];

export interface SettingValueText {
  /** A word or two, for the flowchart's conditional edges and the setup summary. */
  short: string;
  label: string;
  hint: string;
}

export interface SettingText<S extends SettingId = SettingId> {
  short: string;
  prompt: string;
  hint: string;
  values: { readonly [V in SettingValue<S>]: SettingValueText };
}

export const SETTING_TEXT = {
  scheme: {
    short: 'How callers authenticate',
    prompt: 'How do callers of this resource authenticate?',
    hint: prose`
      Pick the scheme your server expects. It decides the challenge in every 401, the Bearer error codes,
      and whether a missing credential is refused in the TLS handshake. If you accept several, pick the one
      you want to see; the challenge line lists the others.
    `,
    values: {
      bearer: {
        short: 'Bearer',
        label: 'OAuth 2.0 access tokens (Authorization: Bearer …)',
        hint: 'JWTs or opaque tokens from an authorization server (RFC 6750).',
      },
      basic: {
        short: 'Basic',
        label: 'Basic (user name and password)',
        hint: 'Authorization: Basic …; browsers show their own login dialog (RFC 7617).',
      },
      digest: {
        short: 'Digest',
        label: 'Digest',
        hint: 'Challenge with a nonce; WebDAV shares, older devices (RFC 7616).',
      },
      'api-key': {
        short: 'API key',
        label: 'API key in a request header',
        hint: 'X-API-Key: … or similar; no registered HTTP scheme.',
      },
      cookie: {
        short: 'cookie',
        label: 'Session cookie after a sign-in form',
        hint: 'The browser sends the cookie by itself; no registered HTTP scheme.',
      },
      mtls: {
        short: 'mTLS',
        label: 'Mutual TLS client certificates',
        hint: prose`
          The credential is checked in the TLS handshake, before HTTP. Certificate-bound OAuth tokens (RFC 8705) are
          Bearer: pick Bearer for them, so that a token presented with the wrong certificate gets 401 invalid_token.
        `,
      },
    },
  },
  client: {
    short: 'Who is calling',
    prompt: 'Who sends this request?',
    hint: prose`
      A page load is a person’s browser navigating (link, address bar, form post): it can follow a redirect
      to a sign-in page. Code (fetch/XHR in a single-page app, a mobile app, an API client, a script) needs a
      status and a challenge it can act on; a redirect hands it an HTML login page instead of JSON.
    `,
    values: {
      programmatic: {
        short: 'code',
        label: 'Code: fetch/XHR from a single-page app, mobile app, API client, script',
        hint: 'Expects JSON and status codes.',
      },
      navigation: {
        short: 'page load',
        label: 'A person’s browser loading a page',
        hint: prose`
          Link, address bar, HTML form post. Only cookie sessions change the status (redirects); for other
          schemes only the example body changes (HTML). A page load cannot attach a Bearer token or an API
          key: with those schemes a “page” is a single-page app calling the API, that is, code.
        `,
      },
    },
  },
  policy: {
    short: 'Team policy',
    prompt: 'Does your team follow one policy for refusals?',
    hint: prose`
      A policy answers the hiding questions once for every resource, so that an API refuses the same way
      everywhere. Each has its own page with the trade-offs; “none” decides per resource.
    `,
    values: {
      none: {
        short: 'no policy',
        label: 'No: decide per resource',
        hint: 'You are asked whether to hide each resource.',
      },
      strict: {
        short: 'strict',
        label: 'Strict RFC 9110: 401 with a challenge, 403 for known-but-refused',
        hint: 'Never hides: anonymous callers are challenged, refused ones told why.',
      },
      conceal: {
        short: 'conceal',
        label: 'Conceal: 404 for anything the caller may not know exists',
        hint: 'Anonymous and refused callers get the same 404 as a missing resource.',
      },
      'always-403': {
        short: 'always 403',
        label: 'Always 403 for anonymous callers',
        hint: 'No credentials: 403 without a 401 challenge (Bearer keeps its challenge).',
      },
    },
  },
} as const satisfies { [S in SettingId]: SettingText<S> };

export function isSettingId(key: string): key is SettingId {
  return Object.hasOwn(SETTINGS, key);
}

export function isSettingValue<S extends SettingId>(id: S, value: string): value is SettingValue<S> {
  return (SETTINGS[id] as readonly string[]).includes(value);
}

/** The words of one setting's value. */
export function settingValueText<S extends SettingId>(id: S, value: SettingValue<S>): SettingValueText {
  return (SETTING_TEXT[id].values as Readonly<Record<string, SettingValueText>>)[value]!;
}

/** "Bearer · code", "Bearer · code · conceal": the settings in a few words (an optional one only when set). */
export function settingsSummary(s: Settings): string {
  return SETTING_IDS.filter((id) => !OPTIONAL_SETTINGS.includes(id) || s[id] !== DEFAULT_SETTINGS[id])
    .map((id) => settingValueText(id, s[id]).short)
    .join(' · ');
}

export const sameSettings = (a: Settings, b: Settings): boolean => SETTING_IDS.every((id) => a[id] === b[id]);

/** Every combination, defaults first: what the tests and allPaths() enumerate. */
export const ALL_SETTINGS: readonly Settings[] = [
  DEFAULT_SETTINGS,
  ...SETTINGS.policy.flatMap((policy) =>
    SETTINGS.scheme.flatMap((scheme) => SETTINGS.client.map((client): Settings => ({ scheme, client, policy }))),
  ),
].filter((s, i, all) => all.findIndex((t) => sameSettings(s, t)) === i);
