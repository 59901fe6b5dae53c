/**
 * The one entry point to the decision module: the domain only (flow table, questions, outcomes,
 * citations, walking the graph, the share-URL codec, the exports). Pages, islands, scripts and tests
 * import from here; nothing here knows about pages, mermaid or the browser.
 */
export { FLOW, QUESTION_IDS, START, type AnswerId, type NodeId, type QuestionId } from './flow.ts';
export { QUESTIONS, type Answer, type AnswerText, type Question, type QuestionText } from './questions.ts';
export {
  exampleResponse,
  headerLine,
  OUTCOME_SLUGS,
  OUTCOMES,
  REQUIREMENT_LEVELS,
  RETIRED_SLUGS,
  type HeaderAdvice,
  type Outcome,
  type OutcomeData,
  type OutcomeSlug,
  type RequirementLevel,
} from './outcomes.ts';
export { REASON_PHRASES, reasonPhrase, STATUS_CODES, statusLine, type StatusCode } from './status.ts';
export {
  RFC_NUMBERS,
  RFCS,
  rfcEditorUrl,
  rfcSectionLabel,
  SECTION_IDS,
  sectionLabel,
  SECTIONS,
  sectionUrl,
  type Citation,
  type RfcInfo,
  type RfcNumber,
  type SectionId,
  type SectionInfo,
} from './rfc.ts';
export {
  allPaths,
  edges,
  getOutcome,
  getQuestion,
  isOutcomeSlug,
  isQuestionId,
  outcomes,
  outcomesCiting,
  parentsOf,
  questions,
  questionsCiting,
  questionsLeft,
  sectionsCitedBy,
  shortestPathTo,
  type Edge,
  type FullPath,
  type Step,
} from './graph.ts';
export { decide, IGNORED_REASONS, positionId, type Decision, type IgnoredAnswer, type IgnoredReason, type Position } from './decide.ts';
export { fromQuery, MAX_QUERY_LENGTH, toQuery } from './share-url.ts';
export { decisionTreeJson, EXPORT_VERSION, outcomesJson, type NodeLinks } from './export.ts';
