/**
 * What the checker's pages need from the decision, computed once at build time: each rule's links (its
 * page, the cited section's excerpt page or source, the outcome page) and the example exchanges. The
 * island gets them as props, so that it imports neither the routes nor the outcome data.
 */
import { OUTCOMES, PARAPHRASE_LABEL, RULE_IDS, RULES, refLink, sectionLabel, type Exchange, type RequestFacts, type RuleId } from '../decision/index.ts';
import { checkRulePath, excerptPathFromId, outcomePath } from '../routes.ts';

export interface RuleLinkView {
  title: string;
  text: string;
  page: string;
  outcome?: { href: string; label: string };
  source: { label: string; href: string; paraphrased: boolean };
}

/** What the checker shows of every rule: title, deciding sentence, links (site paths put under the base by `href`). */
export function ruleLinks(href: (path: string) => string): Record<RuleId, RuleLinkView> {
  return Object.fromEntries(
    RULE_IDS.map((id) => {
      const rule = RULES[id];
      const c = rule.citation;
      const source = 'ref' in c ? { label: sectionLabel(c.ref), href: href(excerptPathFromId(c.ref)), paraphrased: false } : { ...refLinkView(c.source), paraphrased: true };
      const outcome = rule.outcome ? { href: href(outcomePath(rule.outcome)), label: `${OUTCOMES[rule.outcome].status} ${OUTCOMES[rule.outcome].title}` } : undefined;
      return [id, { title: rule.title, text: 'quote' in c ? c.quote : c.paraphrase, page: href(checkRulePath(id)), source, ...(outcome ? { outcome } : {}) }];
    }),
  ) as Record<RuleId, RuleLinkView>;
}

function refLinkView(ref: Parameters<typeof refLink>[0]): { label: string; href: string } {
  const l = refLink(ref);
  return { label: l.label, href: l.url };
}

/** The request facts of an exchange, in words ("Authorization: none; sent by code"), or '' when none. */
export function factsText(facts: RequestFacts | undefined): string {
  if (!facts) return '';
  const parts: string[] = [];
  if (facts.method) parts.push(`method ${facts.method}`);
  if (facts.authorization) parts.push(facts.authorization === 'none' ? 'no Authorization header' : `Authorization: ${facts.authorization[0]!.toUpperCase()}${facts.authorization.slice(1)}`);
  if (facts.cookie !== undefined) parts.push(facts.cookie ? 'a cookie' : 'no cookie');
  if (facts.origin) parts.push(`Origin: ${facts.origin}`);
  if (facts.navigation !== undefined) parts.push(facts.navigation ? 'a page load' : 'sent by code');
  return parts.join('; ');
}

/** A response as a page shows it: control characters made visible (a lone CR would vanish). */
export function visibleResponse(text: string): string {
  return text.replace(/\r/g, '␍').replace(/\u0000/g, '␀');
}

export interface ExampleView {
  label: string;
  response: string;
  request: RequestFacts;
}

const example = (label: string, e: Exchange): ExampleView => ({ label, response: e.response, request: e.request ?? {} });

/** The examples the checker offers to load: common mistakes and one correct answer. */
export const CHECKER_EXAMPLES: readonly ExampleView[] = [
  example('403 to an anonymous request (Spring Security default)', RULES['403-without-credentials'].examples.failing),
  example('401 without a challenge', RULES['401-without-challenge'].examples.failing),
  example('Bearer invalid_token sent with 403', RULES['bearer-invalid-token-status'].examples.failing),
  example('Login redirect answering fetch()', RULES['login-redirect-for-code'].examples.failing),
  example('Bare "Bearer" challenge', RULES['bearer-without-params'].examples.failing),
  example('A correct Bearer 401 for an expired token', RULES['bearer-invalid-token-status'].examples.passing),
];

export const PARAPHRASED = PARAPHRASE_LABEL;
