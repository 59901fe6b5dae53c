/**
 * The response checker: paste a raw HTTP response (and, optionally, what the request carried) and get
 * findings, each with a severity, the deciding RFC sentence and the outcome that shows the right response.
 * Framework-free (Node and the browser). The island imports this entry point directly, so that the page
 * does not load the decision's outcome data; the rest of the site reaches it through decision/index.ts.
 */
import { RULE_IDS, RULES as RULES_LITERAL, type RuleId } from './rules.ts';
import type { RuleData } from './types.ts';

export { checkExchange, requestFactsFromHeaders, type CheckReport } from './check.ts';
export { parseResponse, MAX_INPUT_CHARS, MAX_HEADERS, MAX_LINE_CHARS } from './parse.ts';
export { parseChallenges, type AuthParam, type Challenge, type ChallengeParse } from './challenge.ts';
export {
  AUTHORIZATION_KINDS,
  SEVERITIES,
  type AuthorizationKind,
  type Exchange,
  type HeaderLine,
  type InputProblem,
  type ParsedResponse,
  type RequestFacts,
  type Severity,
} from './types.ts';
export { RULE_IDS, type RuleId };

import type { Finding as GenericFinding } from './types.ts';
export type Finding = GenericFinding<RuleId>;

export interface Rule extends RuleData {
  id: RuleId;
}

export const RULES: Readonly<Record<RuleId, Rule>> = RULES_LITERAL;

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}
