/**
 * Machine-readable exports (/decision-tree.json, /outcomes.json), for tools and other teams' tests.
 * Bump EXPORT_VERSION when a field changes meaning or disappears. Page addresses are not known here
 * (the decision knows no routes): the caller passes the absolute URL of each node's page.
 */
import { START, type NodeId } from './flow.ts';
import { allPaths, edges, outcomes, questions } from './graph.ts';
import { headerLine } from './outcomes.ts';
import { rfcEditorUrl, SECTIONS, type Citation } from './rfc.ts';

export const EXPORT_VERSION = 1;

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
    questions: questions.map((q) => ({
      id: q.id,
      prompt: q.prompt,
      hint: q.hint,
      url: pageUrl(q.id),
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
    })),
  };
}
