/**
 * The flowchart is drawn as a few linked charts ("views"), each small enough to read at its natural
 * size: one chart of the whole graph is too wide for any screen. Each question lives in exactly one
 * view; an outcome is drawn in every view that has a question leading to it. An edge between two
 * views is drawn twice: in the view it leaves, to a "continues in" box standing for its target, and in
 * the view it enters, from a "comes from" box standing for its source. Everything else comes from the
 * decision module, so a new question only needs a line here (a test fails until it has one).
 */
import { isQuestionId, START, type NodeId, type QuestionId, type Step } from '../decision/index.ts';

export const VIEWS = [
  {
    id: 'request',
    title: 'Before credentials: who refuses, and what was asked for',
    questions: ['checked-by', 'client-blocked', 'route-exists', 'preflight-origin'],
  },
  {
    id: 'caller',
    title: 'Does it need a caller, and did one identify itself?',
    questions: ['requires-auth', 'credentials-sent', 'anonymous-caller', 'public-credentials'],
  },
  {
    id: 'credentials',
    title: 'What the credentials prove',
    questions: ['credentials-parse', 'credentials-valid'],
  },
  {
    id: 'permission',
    title: 'Permission and the record',
    questions: ['permitted', 'reveal-existence', 'record-exists', 'public-record-exists', 'reveal-record'],
  },
] as const satisfies readonly { id: string; title: string; questions: readonly QuestionId[] }[];

export type View = (typeof VIEWS)[number];
export type ViewId = View['id'];

export const VIEW_IDS: readonly ViewId[] = VIEWS.map((v) => v.id);

/** The view a question lives in. */
export function viewOfQuestion(id: QuestionId): View {
  const view = VIEWS.find((v) => (v.questions as readonly QuestionId[]).includes(id));
  if (!view) throw new Error(`no flowchart view holds the question ${id}`);
  return view;
}

/** The view where the walk to `end` is shown: the view of its last question (or of the start). */
export function viewOfWalk(steps: readonly Step[], end: NodeId | undefined): View {
  if (end && isQuestionId(end)) return viewOfQuestion(end);
  const last = steps.at(-1)?.question;
  return viewOfQuestion(last ?? START);
}

/** 1-based number of a view, as the page headings and the "continues in" boxes name it. */
export function viewNumber(view: View): number {
  return VIEWS.indexOf(view) + 1;
}

/** The anchor of a view's figure on the flowchart page. */
export function viewAnchor(view: View): string {
  return `chart-${view.id}`;
}
