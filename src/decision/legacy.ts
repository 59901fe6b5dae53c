/**
 * Share links made before the settings existed (v1: no `scheme`, no `client`) keep working. Their
 * answers are rewritten to today's before decide() reads them, and every rewrite that changes a meaning
 * comes back as a note the page shows. A link that carries either setting is current and read as is.
 */
import { ignoredAnswer, type IgnoredAnswer } from './decide.ts';
import { DEFAULT_SETTINGS, SETTING_IDS, type Settings } from './settings.ts';

/** Question ids that no longer exist, and the question that now asks what they asked (pages redirect). */
export const RETIRED_QUESTIONS = { 'account-standing': 'credentials-valid' } as const;

/** Pairs as they come from a URL. */
type Pairs = readonly (readonly [string, string])[];

export interface Rewritten {
  pairs: [string, string][];
  ignored: IgnoredAnswer[];
  notes: string[];
}

/** True for a link made before the settings existed: answers, but neither setting. */
export function isLegacy(pairs: Pairs): boolean {
  return pairs.length > 0 && !pairs.some(([key]) => (SETTING_IDS as readonly string[]).includes(key));
}

const first = (pairs: Pairs, key: string) => pairs.find(([k]) => k === key)?.[1];

/** The design's §D rules, applied to a v1 link; a current link comes back unchanged. */
export function legacyRewrite(pairs: Pairs): Rewritten {
  if (!isLegacy(pairs)) return { pairs: pairs.map(([k, v]) => [k, v]), ignored: [], notes: [] };
  const notes = ['This link was made with an earlier version of this guide; it is read with today’s questions.'];
  const ignored: IgnoredAnswer[] = [];
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const valid = first(pairs, 'credentials-valid');
  const standing = first(pairs, 'account-standing');
  const out: [string, string][] = [];

  for (const [key, value] of pairs) {
    if (key === 'anonymous-caller' && value === 'login-page') {
      // The redirect now follows from the settings: a page load with a cookie session.
      settings.scheme = 'cookie';
      settings.client = 'navigation';
      out.push([key, 'challenge']);
      notes.push('“Send a person in a browser to the sign-in page” is now a setting: cookie session, page load.');
    } else if (key === 'credentials-valid' && value === 'valid') {
      // Good standing is now part of "valid"; a barred account has its own answer.
      if (standing === 'barred') {
        out.push([key, 'barred']);
        notes.push('A suspended or locked account now has its own outcome (account suspended), apart from blocked clients.');
      } else if (standing === 'good') out.push([key, value]);
      else notes.push('“Valid” now also means “in good standing”, so that question is asked again.');
    } else if (key === 'account-standing') {
      if (valid !== 'valid' || value !== standing) ignored.push(ignoredAnswer(key, value, 'not-on-path'));
    } else {
      out.push([key, value]);
      // v1 served public resources without asking about bad credentials.
      if (key === 'requires-auth' && value === 'no' && first(pairs, 'public-credentials') === undefined) out.push(['public-credentials', 'none']);
    }
  }
  return { pairs: [['scheme', settings.scheme], ['client', settings.client], ...out], ignored, notes };
}

/**
 * Links made before the public branch had its own record question (`public-record-exists`) answered
 * `record-exists` there: the answer moves to the new question, with the same answer id. Applied to every link.
 */
export function publicRecordRewrite(pairs: Pairs): [string, string][] {
  const out = pairs.map(([k, v]): [string, string] => [k, v]);
  if (first(pairs, 'requires-auth') !== 'no' || first(pairs, 'public-record-exists') !== undefined) return out;
  const at = out.findIndex(([k]) => k === 'record-exists');
  if (at >= 0) out[at] = ['public-record-exists', out[at]![1]];
  return out;
}

/** The shared beginnings of v1's answer sets, to keep the list below readable. */
const V1_ROUTED = 'checked-by=origin&client-blocked=no&route-exists=yes';
const V1_PRIVATE = `${V1_ROUTED}&requires-auth=yes`;
const V1_PARSED = `${V1_PRIVATE}&credentials-sent=yes&credentials-parse=well-formed`;
const V1 = {
  routed: V1_ROUTED,
  private: V1_PRIVATE,
  parsed: V1_PARSED,
  good: `${V1_PARSED}&credentials-valid=valid&account-standing=good`,
} as const;

/**
 * Every complete answer set v1 published (the `paths` of its /decision-tree.json) and the outcome it
 * gave. Kept so that old links to outcome pages still show how the visitor got there, and so that the
 * tests can prove each one still decodes (design §D.3: all the same, but a barred account, which now has
 * its own outcome).
 */
export const V1_PATHS = [
  [`${V1.good}&permitted=yes&record-exists=yes`, 'allowed'],
  [`${V1.good}&permitted=yes&record-exists=no`, 'not-found-after-checks'],
  [`${V1.good}&permitted=no&reveal-existence=yes`, 'forbidden'],
  [`${V1.good}&permitted=no&reveal-existence=no`, 'hidden-from-unauthorized'],
  [`${V1.parsed}&credentials-valid=valid&account-standing=barred`, 'client-barred'],
  [`${V1.parsed}&credentials-valid=invalid`, 'invalid-credentials'],
  [`${V1.private}&credentials-sent=yes&credentials-parse=malformed`, 'malformed-credentials'],
  [`${V1.private}&credentials-sent=no&anonymous-caller=challenge`, 'authentication-required'],
  [`${V1.private}&credentials-sent=no&anonymous-caller=login-page`, 'redirect-to-login'],
  [`${V1.private}&credentials-sent=no&anonymous-caller=hide`, 'hidden-from-anonymous'],
  [`${V1.routed}&requires-auth=no&record-exists=yes`, 'allowed'],
  [`${V1.routed}&requires-auth=no&record-exists=no`, 'not-found-after-checks'],
  ['checked-by=origin&client-blocked=no&route-exists=no', 'not-found'],
  ['checked-by=origin&client-blocked=yes', 'client-barred'],
  ['checked-by=proxy', 'proxy-authentication-required'],
] as const;
