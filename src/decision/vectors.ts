/**
 * The test vectors (/test-vectors.json, and `testVectors()` in the npm package): every complete answer set
 * of the graph under every combination of the settings, with what the response must be. Other projects'
 * tests read them; the site's own tests replay them. Everything is derived from the flow table, the
 * outcomes and the citations: nothing here is written twice.
 *
 * Bump TEST_VECTORS_VERSION when a field changes meaning or disappears (adding a field or a vector is not
 * a change of format). A vector's id never changes meaning: see vectorId.
 */
import { START, type AnswerId, type NodeId, type QuestionId } from './flow.ts';
import { isOutcomeSlug, resolve, type Step } from './graph.ts';
import { advisedFor, OUTCOMES, REQUIREMENT_LEVELS, type OutcomeSlug, type RequirementLevel } from './outcomes.ts';
import { policyAnswer } from './policies.ts';
import { prose } from './prose.ts';
import { QUESTIONS } from './questions.ts';
import { rfcEditorUrl, SECTIONS } from './rfc.ts';
import { ALL_SETTINGS, DEFAULT_SETTINGS, SETTING_IDS, SETTINGS, type SettingId, type Settings } from './settings.ts';
import { toQuery } from './share-url.ts';
import { BEARER_ERRORS, type BearerError } from './situations.ts';
import type { StatusCode } from './status.ts';

/** 1: the first published format. */
export const TEST_VECTORS_VERSION = 1;

/** A header field the response must (or should, or may) carry, with the value of our example. */
export interface RequiredHeader {
  name: string;
  requirement: RequirementLevel;
  /** When the requirement applies only in some cases ("when the real request sends headers such as Authorization"). */
  condition?: string;
  /** The value in the guide's example response: one good value, not the only one. */
  example: string;
}

export interface TestVector {
  /** Stable: the settings that differ from their defaults, then each answer, as key=value joined by '/'. */
  id: string;
  /** Every setting, by id. */
  settings: Readonly<Record<SettingId, string>>;
  /** The visitor's answers in the order the questions are met (what a share link carries). */
  answers: readonly { question: QuestionId; answer: AnswerId }[];
  /** The answers the policy setting gives on the way, when it gives any. */
  answeredByPolicy?: readonly { question: QuestionId; answer: AnswerId }[];
  /** The share-URL query (settings, then answers) that opens this walk in the guide. */
  query: string;
  outcome: OutcomeSlug;
  status: StatusCode;
  requiredHeaders: readonly RequiredHeader[];
  /** With Bearer only: the error code of the Bearer challenge, 'none' for a bare challenge, 'no challenge'. */
  bearerError?: Exclude<BearerError, 'n/a'>;
  /** The decisive citation, quoted verbatim. */
  citation: { rfc: number; section: string; title: string; url: string; quote: string };
  /** The outcome's page, when the caller knows the site's addresses. */
  url?: string;
}

export interface TestVectors {
  $schema?: string;
  version: typeof TEST_VECTORS_VERSION;
  vectors: readonly TestVector[];
}

const settingsRecord = (s: Settings) => Object.fromEntries(SETTING_IDS.map((id) => [id, s[id]])) as Record<SettingId, string>;

/**
 * The id of a walk under some settings. Settings at their default are left out, so that a setting added
 * later (whose default keeps today's answers) leaves every existing id as it is. The defaults themselves
 * never change: v1 share links are read with them too (settings.ts).
 */
export function vectorId(settings: Settings, steps: readonly Step[]): string {
  const changed = SETTING_IDS.filter((id) => settings[id] !== DEFAULT_SETTINGS[id]).map((id) => `${id}=${settings[id]}`);
  return [...changed, ...steps.map((s) => `${s.question}=${s.answer}`)].join('/');
}

/** The error attribute of a Bearer challenge (RFC 6750 §3), 'none' when it has none, 'no challenge' without one. */
export function bearerErrorOf(challenge: string | null): Exclude<BearerError, 'n/a'> {
  if (challenge === null || !/^Bearer(\s|$)/.test(challenge)) return 'no challenge';
  return (/\berror="([^"]*)"/.exec(challenge)?.[1] as Exclude<BearerError, 'n/a'> | undefined) ?? 'none';
}

interface Walk {
  steps: readonly Step[];
  byPolicy: readonly Step[];
  outcome: OutcomeSlug;
}

/**
 * Every complete walk under these settings, in the flow table's order: the visitor answers each question
 * the policy leaves open, in every way; a question the policy answers takes the policy's answer.
 */
function walksUnder(settings: Settings): Walk[] {
  const out: Walk[] = [];
  const visit = (node: NodeId, steps: readonly Step[], byPolicy: readonly Step[]): void => {
    if (isOutcomeSlug(node)) {
      out.push({ steps, byPolicy, outcome: node });
      return;
    }
    const fixed = policyAnswer(settings.policy, node);
    for (const a of QUESTIONS[node].answers) {
      if (fixed !== undefined && a.id !== fixed) continue;
      const step = { question: node, answer: a.id };
      const next = resolve(a.next, settings);
      if (fixed === undefined) visit(next, [...steps, step], byPolicy);
      else visit(next, steps, [...byPolicy, step]);
    }
  };
  visit(START, [], []);
  return out;
}

/** The vectors: for each combination of the settings (ALL_SETTINGS order, defaults first), every walk. */
export function testVectors(options: { schemaUrl?: string; pageUrl?: (slug: OutcomeSlug) => string } = {}): TestVectors {
  const vectors = ALL_SETTINGS.flatMap((settings) =>
    walksUnder(settings).map(({ steps, byPolicy, outcome }): TestVector => {
      const o = OUTCOMES[outcome];
      const advised = advisedFor(o, settings.scheme);
      const challenge = advised.find((h) => h.name === 'WWW-Authenticate')?.value ?? null;
      const cited = o.citations[0];
      const { rfc, section, title } = SECTIONS[cited.ref];
      const pairs = (list: readonly Step[]) => list.map((s) => ({ question: s.question, answer: s.answer }));
      return {
        id: vectorId(settings, steps),
        settings: settingsRecord(settings),
        answers: pairs(steps),
        ...(byPolicy.length > 0 ? { answeredByPolicy: pairs(byPolicy) } : {}),
        query: toQuery(steps, settings),
        outcome,
        status: o.status,
        requiredHeaders: advised.map((h) => ({
          name: h.name,
          requirement: h.requirement,
          ...(h.condition === undefined ? {} : { condition: h.condition }),
          example: h.value,
        })),
        ...(settings.scheme === 'bearer' ? { bearerError: bearerErrorOf(challenge) } : {}),
        citation: { rfc, section, title, url: rfcEditorUrl(cited.ref), quote: cited.quote },
        ...(options.pageUrl ? { url: options.pageUrl(outcome) } : {}),
      };
    }),
  );
  return { ...(options.schemaUrl ? { $schema: options.schemaUrl } : {}), version: TEST_VECTORS_VERSION, vectors };
}

/**
 * The JSON Schema (draft 2020-12) of the vectors file, written by hand against the types above; the tests
 * validate the built file with an independent validator. The enumerations come from the decision, so the
 * schema also rejects an id the guide does not know.
 */
export function testVectorsSchema(id?: string) {
  const questionIds = Object.keys(QUESTIONS);
  const answerIds = [...new Set(Object.values(QUESTIONS).flatMap((q) => q.answers.map((a) => a.id)))];
  const slugs = Object.keys(OUTCOMES);
  const statuses = [...new Set(Object.values(OUTCOMES).map((o) => o.status))].sort((a, b) => a - b);
  const bearerErrors = BEARER_ERRORS.filter((e): e is Exclude<BearerError, 'n/a'> => e !== 'n/a');
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...(id ? { $id: id } : {}),
    title: '401 or 403? test vectors',
    description: prose`
      Every complete answer set of the decision under every combination of the settings, with the status the
      response must have, the header fields it must (or should, or may) carry, the Bearer error code and the
      decisive RFC citation. A vector describes a GET request (a HEAD request gets the same status and fields),
      but where its answers say otherwise: a method the resource does not allow (route-exists=wrong-method), a
      CORS preflight (route-exists=preflight).
    `,
    type: 'object',
    required: ['version', 'vectors'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', format: 'uri', description: 'The address of this schema.' },
      version: { const: TEST_VECTORS_VERSION, description: 'The format version; it changes only when a field changes meaning or disappears.' },
      vectors: { type: 'array', minItems: 1, items: { $ref: '#/$defs/vector' } },
    },
    $defs: {
      answer: {
        type: 'object',
        required: ['question', 'answer'],
        additionalProperties: false,
        properties: { question: { enum: questionIds }, answer: { enum: answerIds } },
      },
      vector: {
        type: 'object',
        required: ['id', 'settings', 'answers', 'query', 'outcome', 'status', 'requiredHeaders', 'citation'],
        additionalProperties: false,
        properties: {
          id: {
            type: 'string',
            pattern: '^[a-z0-9-]+=[a-z0-9-]+(/[a-z0-9-]+=[a-z0-9-]+)*$',
            description: prose`
              Stable id: the settings that differ from their defaults, then each answer, as key=value joined by
              '/'. A setting added later keeps its default out of the id, so existing ids never change.
            `,
          },
          settings: {
            type: 'object',
            description: 'Every setting by id (how callers authenticate, who is calling, …).',
            required: [...SETTING_IDS],
            additionalProperties: false,
            properties: Object.fromEntries(SETTING_IDS.map((s) => [s, { enum: [...SETTINGS[s]] }])),
          },
          answers: {
            type: 'array',
            minItems: 1,
            description: 'The visitor’s answers in the order the questions are met (what a share link carries).',
            items: { $ref: '#/$defs/answer' },
          },
          answeredByPolicy: {
            type: 'array',
            minItems: 1,
            description: 'The answers the policy setting gives on the way, when it gives any.',
            items: { $ref: '#/$defs/answer' },
          },
          query: {
            type: 'string',
            pattern: '^\\?',
            description: 'The share-URL query that opens this walk in the guide (append it to the home page URL).',
          },
          outcome: { enum: slugs, description: 'The outcome slug; its page is /outcomes/<slug>/.' },
          status: { enum: statuses, description: 'The status code the response must have.' },
          requiredHeaders: {
            type: 'array',
            description: 'Header fields the response carries with these settings, with how strongly the RFCs ask for them.',
            items: {
              type: 'object',
              required: ['name', 'requirement', 'example'],
              additionalProperties: false,
              properties: {
                name: { type: 'string', pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" },
                requirement: { enum: [...REQUIREMENT_LEVELS], description: 'RFC 2119 keyword' },
                condition: { type: 'string', description: 'When the requirement applies only in some cases.' },
                example: { type: 'string', description: 'The value in the guide’s example: one good value, not the only one.' },
              },
            },
          },
          bearerError: {
            enum: bearerErrors,
            description: prose`
              Only with the Bearer scheme: the error attribute of the WWW-Authenticate Bearer challenge (RFC 6750 §3),
              'none' for a challenge without one, 'no challenge' when the response carries no Bearer challenge.
            `,
          },
          citation: {
            type: 'object',
            description: 'The decisive RFC sentence, quoted verbatim.',
            required: ['rfc', 'section', 'title', 'url', 'quote'],
            additionalProperties: false,
            properties: {
              rfc: { type: 'integer' },
              section: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)*$' },
              title: { type: 'string' },
              url: { type: 'string', format: 'uri' },
              quote: { type: 'string', minLength: 1 },
            },
          },
          url: { type: 'string', format: 'uri', description: 'The outcome’s page in the guide.' },
        },
      },
    },
  } as const;
}
