/**
 * Machine-readable exports (/decision-tree.json, /outcomes.json), for tools and other teams' tests.
 * Bump EXPORT_VERSION when a field changes meaning or disappears. Page addresses are not known here
 * (the decision knows no routes): the caller passes the absolute URL of each node's page.
 */
import { isRouteRef, ROUTES, START, type Next, type NodeId } from './flow.ts';
import { allPaths, edges, outcomes, questions, targetsOf } from './graph.ts';
import { headerLine } from './outcomes.ts';
import { POLICY_ANSWERS } from './policies.ts';
import { EXTERNAL_SOURCES, rfcEditorUrl, SECTIONS, type Citation } from './rfc.ts';
import { DEFAULT_SETTINGS, SETTING_IDS, SETTING_TEXT, SETTINGS, type Settings } from './settings.ts';
import { SITUATIONS } from './situations.ts';

/**
 * 2: settings and routes. An answer's `next` may be a route ({ route, targets }); every answer set in
 * `paths` and `situations` starts with the two settings; edges carry `when`; `situations` is new.
 * 3: the policy setting. Every answer set starts with all three settings (policy included, `none` too);
 * `policies` lists the answers each policy gives; a route case's `when` may name a policy.
 */
export const EXPORT_VERSION = 3;

/** Settings first, then the answers: the shape of a share link. */
const answerSet = (settings: Settings, answers: Iterable<readonly [string, string]>) => ({
  ...Object.fromEntries(SETTING_IDS.map((id) => [id, settings[id]])),
  ...Object.fromEntries(answers),
});

function nextJson(next: Next) {
  return isRouteRef(next) ? { route: next.route, targets: targetsOf(next).map((t) => ({ to: t.to, when: t.when })) } : next;
}

/** The absolute URL of a question's or an outcome's page. */
export type NodeLinks = (id: NodeId) => string;

function citationJson(c: Citation) {
  const { rfc, section, title } = SECTIONS[c.ref];
  return { rfc, section, title, url: rfcEditorUrl(c.ref), quote: c.quote };
}

export function decisionTreeJson(pageUrl: NodeLinks) {
  return {
    version: EXPORT_VERSION,
    start: START,
    settings: SETTING_IDS.map((id) => ({
      id,
      prompt: SETTING_TEXT[id].prompt,
      default: DEFAULT_SETTINGS[id],
      values: SETTINGS[id].map((v) => ({ id: v, label: (SETTING_TEXT[id].values as Record<string, { label: string }>)[v]!.label })),
    })),
    policies: POLICY_ANSWERS,
    routes: Object.entries(ROUTES).map(([id, r]) => ({ id, cases: r.cases, otherwise: r.otherwise })),
    questions: questions.map((q) => ({
      id: q.id,
      prompt: q.prompt,
      hint: q.hint,
      url: pageUrl(q.id),
      answers: q.answers.map((a) => ({ id: a.id, label: a.label, next: nextJson(a.next) })),
    })),
    outcomes: outcomes.map((o) => ({ slug: o.slug, status: o.status, reason: o.reason, title: o.title })),
    edges: edges.map((e) => ({ ...e })),
    /** Every complete answer set (settings first) and the outcome it reaches: ready-made test vectors. */
    paths: allPaths().map((p) => ({
      answers: answerSet(p.settings, p.steps.map((s) => [s.question, s.answer] as const)),
      outcome: p.outcome,
    })),
    /** Real situations in plain language, with what the response must carry. */
    situations: SITUATIONS.map((s) => ({
      situation: s.situation,
      answers: answerSet(s.settings, Object.entries(s.answers) as [string, string][]),
      method: s.method ?? 'GET',
      outcome: s.outcome,
      status: s.status,
      header: s.header,
      bearerError: s.bearerError,
    })),
  };
}

export function outcomesJson(pageUrl: NodeLinks) {
  return {
    version: EXPORT_VERSION,
    outcomes: outcomes.map((o) => ({
      slug: o.slug,
      status: o.status,
      reason: o.reason,
      title: o.title,
      verdict: o.verdict,
      url: pageUrl(o.slug),
      headers: o.headers.map((h) => ({ name: h.name, requirement: h.requirement, condition: h.condition ?? null, example: headerLine(h) })),
      citations: o.citations.map(citationJson),
      /** Documents we hold no text of: linked, and summarised in our words (never quotes). */
      paraphrases: (o.paraphrases ?? []).map((p) => ({ ...EXTERNAL_SOURCES[p.source], paraphrase: p.paraphrase, supports: p.supports })),
    })),
  };
}
