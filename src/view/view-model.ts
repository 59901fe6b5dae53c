/**
 * One view model for the wizard island and the static pages (zag's `connect()` habit): pure functions
 * that turn the decision's data into the strings both render, so that a heading, an answer list or a
 * share snippet reads the same wherever it appears. No markup, no framework, no base path: links are
 * site paths from src/routes.ts that each renderer puts under its base.
 */
import {
  ALL_SETTINGS,
  allPaths,
  DEFAULT_SETTINGS,
  exampleFor,
  EXTERNAL_SOURCES,
  hasVariants,
  isPreset,
  OUTCOME_SLUGS,
  OUTCOMES,
  POLICY_TEXT,
  PRESETS,
  PARAPHRASE_LABEL,
  QUESTIONS,
  reachedWith,
  replay,
  refLink,
  SETTINGS,
  settingValueText,
  SITUATIONS,
  targetsOf,
  toQuery,
  variantFor,
  type AnswerId,
  type HeaderAdvice,
  type NodeId,
  type Outcome,
  type OutcomeSlug,
  type Policy,
  type QuestionId,
  type Ref,
  type Scheme,
  type Settings,
  type Step,
} from '../decision/index.ts';
import { PAGES, policyPath, withQuery } from '../routes.ts';
import { rawResponse, reviewComment } from './snippets.ts';
import type { StackMention } from './stack-link.ts';

/** "Forbidden: Authenticated but not permitted" (the status badge goes before it). */
export function outcomeName(o: Outcome): string {
  return `${o.reason}: ${o.title}`;
}

/** "403 Forbidden: Authenticated but not permitted". */
export function outcomeHeading(o: Outcome): string {
  return `${o.status} ${outcomeName(o)}`;
}

/** The label of an answer, as the visitor chose it. */
export function answerLabel(question: QuestionId, answer: AnswerId): string {
  return QUESTIONS[question].answers.find((a) => a.id === answer)?.label ?? answer;
}

/** One answered question on a walk, with the site path that asks it again. */
export interface WalkedAnswer {
  question: QuestionId;
  prompt: string;
  label: string;
  /** The wizard at this question, with the answers before it (site path + query). */
  change: string;
  /** Accessible name of the change link. */
  changeLabel: string;
}

export function walkedAnswers(path: readonly Step[], settings: Settings = DEFAULT_SETTINGS): WalkedAnswer[] {
  return path.map((s, i) => ({
    question: s.question,
    prompt: QUESTIONS[s.question].prompt,
    label: answerLabel(s.question, s.answer),
    change: wizardPath(path.slice(0, i), settings),
    changeLabel: `Change your answer to: ${QUESTIONS[s.question].prompt}`,
  }));
}

/** The answers a policy gave on a walk, with the policy's name and page. */
export function policyAnswers(byPolicy: readonly Step[], settings: Settings): (Omit<WalkedAnswer, 'change' | 'changeLabel'> & { policy: string; policyPage: string })[] {
  const policy = settings.policy;
  if (!isPreset(policy)) return [];
  return byPolicy.map((s) => ({
    question: s.question,
    prompt: QUESTIONS[s.question].prompt,
    label: answerLabel(s.question, s.answer),
    policy: POLICY_TEXT[policy].name,
    policyPage: policyPath(policy),
  }));
}

/** The wizard with a walk's answers and settings (site path + query). */
export function wizardPath(path: readonly Step[], settings: Settings = DEFAULT_SETTINGS): string {
  return withQuery(PAGES.home, toQuery(path, settings));
}

/** "Bearer tokens (…), code (…)": the settings in words, for the wizard's summary and the pages. */
export function settingsText(s: Settings): string {
  return `${settingValueText('scheme', s.scheme).label}; ${settingValueText('client', s.client).label}`;
}

/** Where a question's answer leads: one entry per target, with the settings that lead there. */
export interface AnswerTarget {
  to: NodeId;
  /** "cookie + page load", "otherwise", or null when every setting leads there. */
  when: string | null;
  /** The heading of the node: a question's prompt or an outcome's "403 Forbidden: …". */
  heading: string;
}

export function answerTargets(question: QuestionId, answer: AnswerId): AnswerTarget[] {
  const next = QUESTIONS[question].answers.find((a) => a.id === answer)!.next;
  // The usual case first ("otherwise"), then the settings that lead elsewhere.
  const targets = targetsOf(next).sort((a, b) => Number(b.when === 'otherwise') - Number(a.when === 'otherwise'));
  return targets.map((t) => ({
    to: t.to,
    when: t.when,
    heading: t.to in OUTCOMES ? outcomeHeading(OUTCOMES[t.to as OutcomeSlug]) : QUESTIONS[t.to as QuestionId].prompt,
  }));
}

/** The situations of the decision's table that end at an outcome, each with a wizard link that replays it. */
export function situationsFor(slug: OutcomeSlug): { situation: string; settings: string; wizard: string }[] {
  return SITUATIONS.filter((s) => s.outcome === slug).map((s) => ({
    situation: s.situation,
    settings: settingsText(s.settings),
    wizard: wizardPath(
      Object.entries(s.answers).map(([question, answer]) => ({ question, answer }) as Step),
      s.settings,
    ),
  }));
}

/** The words of a paraphrase's label, shown next to every paraphrase and paraphrased reference. */
export const PARAPHRASED = PARAPHRASE_LABEL;

/** A reference as pages link it: label, URL, and whether it is only paraphrased. */
export function refView(ref: Ref): { label: string; url: string; paraphrased: boolean } {
  return refLink(ref);
}

/** A paraphrase as pages show it. */
export function paraphraseView(p: NonNullable<Outcome['paraphrases']>[number]) {
  const source = EXTERNAL_SOURCES[p.source];
  return { label: source.label, title: source.title, status: source.status, url: source.url, text: p.paraphrase, supports: p.supports };
}

/** The anchor of a scheme's variant on an outcome page: #scheme-basic. */
export const schemeAnchor = (scheme: Scheme): string => `scheme-${scheme}`;

/** One scheme's variant of an outcome, for the section "By authentication scheme". */
export interface SchemeVariantView {
  scheme: Scheme;
  anchor: string;
  label: string;
  /** False when the settings route elsewhere: then `instead` names where. */
  reached: boolean;
  instead: Outcome[];
  /** The WWW-Authenticate line of this scheme, or null for none. */
  challenge: string | null;
  /** A challenge in a scheme nobody registered (API keys, cookie sessions). */
  custom: boolean;
  why: string | null;
  clientNext: string;
  /** The example response for code calling with this scheme. */
  example: string;
}

export function schemeVariants(o: Outcome): SchemeVariantView[] {
  if (!hasVariants(o)) return [];
  return SETTINGS.scheme.map((scheme) => {
    const v = variantFor(o, scheme);
    const settings: Settings = { ...DEFAULT_SETTINGS, scheme, client: 'programmatic' };
    const { reached, instead } = reachedWith(o.slug, settings);
    return {
      scheme,
      anchor: schemeAnchor(scheme),
      label: settingValueText('scheme', scheme).label,
      reached,
      instead: instead.map((s) => OUTCOMES[s]),
      challenge: v.challenge === null ? null : `WWW-Authenticate: ${v.challenge}`,
      custom: v.challenge !== null && /^(APIKey|Cookie) /.test(v.challenge),
      why: v.why,
      clientNext: v.clientNext,
      example: exampleFor(o, settings),
    };
  });
}

/** Settings in a few words: "mTLS and cookie + page load" (a scheme with both clients is just the scheme). */
function describeSettings(list: readonly Settings[]): string {
  const parts = SETTINGS.scheme.flatMap((scheme) => {
    const clients = list.filter((s) => s.scheme === scheme).map((s) => s.client);
    const name = settingValueText('scheme', scheme).short;
    if (clients.length === SETTINGS.client.length) return [name];
    return clients.map((c) => `${name} + ${settingValueText('client', c).short}`);
  });
  return listing(parts);
}

/** "every setting", "only with cookie + page load", "every setting except mTLS", among these settings. */
function reachedAmong(slug: OutcomeSlug, among: readonly Settings[]): string {
  const reached = among.filter((s) => reachedWith(slug, s).reached);
  const excluded = among.filter((s) => !reached.includes(s));
  if (excluded.length === 0) return 'every setting';
  return reached.length <= excluded.length ? `only with ${describeSettings(reached)}` : `every setting except ${describeSettings(excluded)}`;
}

/**
 * The settings an outcome is reached with, without a policy: "every setting", "only with cookie + page
 * load", "every setting except mTLS"; for an outcome only a policy reaches, which policy and settings.
 */
export function reachedWithText(o: Outcome): string {
  const withPolicy = (policy: Policy) => ALL_SETTINGS.filter((s) => s.policy === policy);
  if (withPolicy(DEFAULT_SETTINGS.policy).some((s) => reachedWith(o.slug, s).reached)) return reachedAmong(o.slug, withPolicy(DEFAULT_SETTINGS.policy));
  const presets = PRESETS.filter((p) => withPolicy(p).some((s) => reachedWith(o.slug, s).reached));
  return presets.map((p) => `the ${POLICY_TEXT[p].name} policy and ${reachedAmong(o.slug, withPolicy(p))}`).join('; or ');
}

/** Where the walks that end at an outcome end under one policy. */
export interface PolicyEffect {
  policy: Policy;
  /** "Conceal", or "No policy". */
  name: string;
  /** The policy's page; none for `none`. */
  page: string | null;
  /** The other outcomes those walks reach under it (empty: all of them still end here). */
  instead: OutcomeSlug[];
  /** Whether some of the walks still end here. */
  stays: boolean;
}

/**
 * For an outcome's page: every walk that ends there (with or without a policy), replayed under each
 * policy. A walk that a policy answers part of and that stops short without it (a question the policy
 * had answered) counts as neither.
 */
export function policyEffects(slug: OutcomeSlug): PolicyEffect[] {
  const walks = allPaths().filter((p) => p.outcome === slug);
  return SETTINGS.policy.map((policy) => {
    const ends = walks.map((p) => replay(p.steps, { ...p.settings, policy }).current);
    const slugs = ends.flatMap((c) => (c.kind === 'outcome' ? [c.slug] : []));
    return {
      policy,
      name: isPreset(policy) ? POLICY_TEXT[policy].name : 'No policy',
      page: isPreset(policy) ? policyPath(policy) : null,
      instead: [...new Set(slugs.filter((s) => s !== slug))],
      stays: slugs.includes(slug),
    };
  });
}

/** For a policy's page: each outcome that walks without a policy reach, and what they reach under it instead. */
export function policyChanges(policy: Policy): { from: OutcomeSlug; to: OutcomeSlug[] }[] {
  const walks = allPaths().filter((p) => p.settings.policy === DEFAULT_SETTINGS.policy);
  const changes = new Map<OutcomeSlug, Set<OutcomeSlug>>();
  for (const p of walks) {
    const end = replay(p.steps, { ...p.settings, policy }).current;
    if (end.kind !== 'outcome' || end.slug === p.outcome) continue;
    changes.set(p.outcome, (changes.get(p.outcome) ?? new Set()).add(end.slug));
  }
  return OUTCOME_SLUGS.filter((s) => changes.has(s)).map((from) => ({ from, to: [...changes.get(from)!] }));
}

/** "MUST (with Bearer tokens)". */
export function requirementText(h: HeaderAdvice): string {
  return h.condition ? `${h.requirement} (${h.condition})` : h.requirement;
}

export const SNIPPET_KINDS = ['link', 'markdown', 'http'] as const;
export type SnippetKind = (typeof SNIPPET_KINDS)[number];

export interface Snippet {
  kind: SnippetKind;
  /** Element id: the prefix keeps the wizard's apart from the page's. */
  id: string;
  label: string;
  button: string;
  text: string;
  /** Height of its text box, in lines. */
  rows: number;
}

const SNIPPET_WORDS = {
  link: { label: 'Link to this answer', button: 'Copy link', rows: 2 },
  markdown: { label: 'Markdown review comment', button: 'Copy review comment', rows: 9 },
  http: { label: 'Example response', button: 'Copy example response', rows: 8 },
} as const satisfies Record<SnippetKind, Pick<Snippet, 'label' | 'button' | 'rows'>>;

/** The share snippets of an outcome, `link` being the absolute permalink (with answers and stack, if any). */
export function shareSnippets(o: Outcome, link: string, idPrefix: string, settings?: Settings, stack?: StackMention): Record<SnippetKind, Snippet> {
  const text: Record<SnippetKind, string> = { link, markdown: reviewComment(o, link, stack), http: rawResponse(o, settings) };
  const one = (kind: SnippetKind): Snippet => ({
    kind,
    id: `${idPrefix}share-${kind}`,
    ...SNIPPET_WORDS[kind],
    text: text[kind],
  });
  return { link: one('link'), markdown: one('markdown'), http: one('http') };
}

/** An English list: "a", "a and b", "a, b and c". */
export function listing(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The statuses the decision can end in, in ascending order, for descriptions: "200, 302, 400, …". */
export function statusesOf(list: readonly Outcome[]): string[] {
  return [...new Set(list.map((o) => o.status))].sort((a, b) => a - b).map(String);
}

/**
 * Outcomes in the one order every list uses: by status code, and within a code in the order of the
 * decision (so 401 "no credentials" comes before 401 "invalid credentials").
 */
export function byStatus(list: readonly Outcome[]): Outcome[] {
  return [...list].sort((a, b) => a.status - b.status);
}

/** The outcomes that answer with a given status: where "Why not 401?" sends the reader. */
export function outcomesWithStatus(list: readonly Outcome[], status: number): Outcome[] {
  return byStatus(list).filter((o) => o.status === status);
}
