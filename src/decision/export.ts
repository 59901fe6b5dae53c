/**
 * Machine-readable exports (/decision-tree.json, /outcomes.json), for tools and other teams' tests.
 * Bump EXPORT_VERSION when a field changes meaning or disappears.
 */
import { allPaths, edges, outcomes, questions, START } from './graph.ts';
import { rfcEditorUrl, SECTIONS, type Citation } from './rfc.ts';

export const EXPORT_VERSION = 1;

function citationJson(c: Citation) {
  const { rfc, section, title } = SECTIONS[c.ref];
  return { rfc, section, title, url: rfcEditorUrl(c.ref), quote: c.quote };
}

/** `siteUrl` is the absolute URL of the site root, ending in a slash (base path included). */
export function decisionTreeJson(siteUrl: string) {
  return {
    version: EXPORT_VERSION,
    start: START,
    questions: questions.map((q) => ({
      id: q.id,
      prompt: q.prompt,
      hint: q.hint,
      url: new URL(`questions/${q.id}/`, siteUrl).href,
      answers: q.answers.map((a) => ({ id: a.id, label: a.label, next: a.next })),
    })),
    outcomes: outcomes.map((o) => ({ slug: o.slug, status: o.status, reason: o.reason, title: o.title })),
    edges: edges.map((e) => ({ ...e })),
    /** Every complete answer set and the outcome it reaches: ready-made test vectors. */
    paths: allPaths().map((p) => ({
      answers: Object.fromEntries(p.steps.map((s) => [s.question, s.answer])),
      outcome: p.outcome,
    })),
  };
}

export function outcomesJson(siteUrl: string) {
  return {
    version: EXPORT_VERSION,
    outcomes: outcomes.map((o) => ({
      slug: o.slug,
      status: o.status,
      reason: o.reason,
      title: o.title,
      verdict: o.verdict,
      url: new URL(`outcomes/${o.slug}/`, siteUrl).href,
      headers: o.headers.map((h) => ({ name: h.name, requirement: h.requirement, condition: h.condition ?? null, example: h.example })),
      citations: o.citations.map(citationJson),
    })),
  };
}
