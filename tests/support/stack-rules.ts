/**
 * The rules every "In your stack" entry (src/stacks/) must follow, as pure functions that return the problems
 * they find (an empty list: the entry passes). tests/unit/stacks.test.ts runs them on the real data and on small
 * fixtures, good and bad, so each rule is shown to catch what it is for whatever the data holds today.
 *
 * The rules read the decision (outcomes, their header advice, schemes and statuses) and nothing of the stacks'
 * own code: what a recipe must contain is derived from the outcome it answers.
 */
import {
  OUTCOME_SLUGS,
  OUTCOMES,
  REASON_PHRASES,
  SETTINGS,
  variantFor,
  type HeaderAdvice,
  type OutcomeData,
  type OutcomeSlug,
  type Scheme,
} from '../../src/decision/index.ts';
import { SNIPPET_LANGS, STACK_IDS, type Recipe, type Source, type StackData } from '../../src/stacks/index.ts';

// ------------------------------------------------------------------------------------------ sentences

/** Placeholders that must never reach a page. */
const PLACEHOLDER = /\b(TODO|TBD|FIXME|XXX)\b|^\s*n\/?a\.?\s*$/i;

/**
 * Whether a text reads as an explanation: at least 20 characters and three words, no placeholder, and (unless
 * `period` is false: headersBy may read "Spring's BearerTokenAuthenticationEntryPoint writes WWW-Authenticate")
 * it ends like a sentence (a final period, or a closing parenthesis or quote after one).
 */
export function sentenceProblem(text: string | undefined, { period = true } = {}): string | null {
  const t = (text ?? '').trim();
  if (PLACEHOLDER.test(t)) return `is a placeholder: ${JSON.stringify(t)}`;
  if (t.length < 20) return `is too short to explain anything (${t.length} characters, 20 at least): ${JSON.stringify(t)}`;
  if (t.split(/\s+/).length < 3) return `is not a sentence: ${JSON.stringify(t)}`;
  if (period && !/[.!?]["'’”)]*$/.test(t)) return `does not end like a sentence (with a period): ${JSON.stringify(t)}`;
  return null;
}

// -------------------------------------------------------------------------------------------- sources

/** GitHub's rules: an owner is 1-39 letters, digits or single inner hyphens; a repository 1-100 of [A-Za-z0-9._-]. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
/** A file name: with an extension, or one of the usual extension-less files (Makefile, Gemfile, LICENSE, …). */
const FILE_NAME = /^(?:[^/]*[^/.]\.[A-Za-z0-9_+-]+|[A-Z][A-Za-z]*file|LICENSE|README|CHANGELOG|NOTICE|VERSION|CODEOWNERS)$/;

/** What is wrong with one source (null: it is a repository path, or an issue, PR or discussion number). */
export function sourceProblem(source: Source): string | null {
  const s = source as Partial<Record<'repo' | 'path' | 'lines' | 'issue' | 'pr' | 'discussion', unknown>>;
  const repo = typeof s.repo === 'string' ? s.repo : '';
  const [owner = '', name = '', ...rest] = repo.split('/');
  if (rest.length > 0 || !OWNER.test(owner) || !REPO.test(name) || name === '.' || name === '..' || name.endsWith('.git')) {
    return `repo ${JSON.stringify(s.repo)} is not "owner/name" as GitHub allows them`;
  }
  const kinds = (['path', 'issue', 'pr', 'discussion'] as const).filter((k) => s[k] !== undefined);
  if (kinds.length !== 1) return `${repo}: give exactly one of path, issue, pr, discussion (found ${kinds.join(', ') || 'none'})`;
  const kind = kinds[0]!;
  if (kind !== 'path') {
    const n = s[kind];
    return Number.isSafeInteger(n) && (n as number) > 0 ? null : `${repo}: ${kind} ${JSON.stringify(n)} is not a positive whole number`;
  }
  const path = typeof s.path === 'string' ? s.path : '';
  const segments = path.split('/');
  if (/^[a-z]+:/i.test(path) || path.includes('#') || path.includes('?')) return `${repo}: path ${JSON.stringify(path)} must be a path in the repository, not a URL (lines go in "lines")`;
  if (/^(blob|tree|raw)\//.test(path)) return `${repo}: path ${JSON.stringify(path)} starts with a GitHub URL part; give the path from the repository root`;
  if (segments.some((seg) => seg === '' || seg === '.' || seg === '..')) return `${repo}: path ${JSON.stringify(path)} has an empty, "." or ".." segment`;
  if (!FILE_NAME.test(segments.at(-1)!)) return `${repo}: path ${JSON.stringify(path)} does not end with a file name`;
  if (s.lines !== undefined) {
    const m = /^([1-9]\d*)(?:-([1-9]\d*))?$/.exec(String(s.lines));
    if (!m || (m[2] !== undefined && Number(m[2]) <= Number(m[1]))) return `${repo}/${path}: lines ${JSON.stringify(s.lines)} is not "N" or "N-M" with N < M`;
  }
  return null;
}

// -------------------------------------------------------------------------------------- required headers

/**
 * MUST-level fields whose `condition` is prose the schemes field does not encode: how each reads for a scheme.
 * The condition text is pinned, so a changed condition fails the tests until it is read again here.
 */
const CONDITIONAL_MUSTS: Readonly<Record<string, { condition: string; applies: (scheme: Scheme) => boolean }>> = {
  'cors-preflight Access-Control-Allow-Origin': { condition: 'Fetch standard', applies: () => true },
  // The outcome's example answers a preflight for PUT and DELETE: the snippet answers the same one.
  'cors-preflight Access-Control-Allow-Methods': {
    condition: 'Fetch standard, when the real method is not GET, HEAD or POST',
    applies: () => true,
  },
  // A script sets these schemes' credentials in a request header (Authorization, X-API-Key).
  'cors-preflight Access-Control-Allow-Headers': {
    condition: 'Fetch standard, when the real request sends headers such as Authorization',
    applies: (scheme) => ['bearer', 'basic', 'digest', 'api-key'].includes(scheme),
  },
  // The browser attaches these schemes' credentials itself, so the real request is made with credentials: 'include'.
  'cors-preflight Access-Control-Allow-Credentials': {
    condition: "Fetch standard, when the real request is made with credentials: 'include' (cookies, client certificates)",
    applies: (scheme) => ['cookie', 'mtls'].includes(scheme),
  },
};

/** MUST fields with a prose condition that CONDITIONAL_MUSTS does not read (or reads from another text). */
export function uninterpretedConditions(): string[] {
  return OUTCOME_SLUGS.flatMap((slug) =>
    OUTCOMES[slug].headers
      .filter((h) => h.requirement === 'MUST' && h.condition !== undefined && h.schemes === undefined)
      .filter((h) => CONDITIONAL_MUSTS[`${slug} ${h.name}`]?.condition !== h.condition)
      .map((h) => `${slug} ${h.name}: ${JSON.stringify(h.condition)}`),
  );
}

/**
 * The header fields an outcome requires (MUST) with a scheme. WWW-Authenticate follows the scheme's variant, as
 * the example response does (exampleFor): required when the variant has a challenge. Other fields apply to the
 * schemes they list (all when they list none), and a prose condition as CONDITIONAL_MUSTS reads it.
 */
export function requiredHeaders(slug: OutcomeSlug, scheme: Scheme): string[] {
  const o: OutcomeData = OUTCOMES[slug];
  const applies = (h: HeaderAdvice): boolean => {
    if (h.requirement !== 'MUST') return false;
    if (h.name === 'WWW-Authenticate') return variantFor(o, scheme).challenge !== null;
    if (h.schemes && !h.schemes.includes(scheme)) return false;
    if (h.condition !== undefined && h.schemes === undefined) {
      const reading = CONDITIONAL_MUSTS[`${slug} ${h.name}`];
      // An unread condition counts as required; uninterpretedConditions() makes the tests say so.
      return reading?.condition === h.condition ? reading.applies(scheme) : true;
    }
    return true;
  };
  return o.headers.filter(applies).map((h) => h.name);
}

/**
 * Whether code names a header field: "WWW-Authenticate", "www-authenticate", HttpHeaders.WWW_AUTHENTICATE,
 * HeaderNames.WWWAuthenticate; never as part of a longer name (Allow is not named by Access-Control-Allow-Origin
 * or AllowCredentials).
 */
export function namesHeader(code: string, field: string): boolean {
  const parts = field.split('-').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![A-Za-z0-9_-])${parts.join('[-_]?')}(?![A-Za-z0-9_-])`, 'i').test(code);
}

// ------------------------------------------------------------------------------------------- statuses

/** 303 is no outcome's status, but the sign-in redirects answer a POST with it (their verdicts say "302, or 303"). */
const PHRASES: Readonly<Record<number, string>> = { ...REASON_PHRASES, 303: 'See Other' };

/**
 * Outcomes whose verdict allows other statuses than the canonical one, with the words of the verdict that allow
 * them (a test checks they are still there): a framework's default 200 answers a preflight, a 201 answers a POST.
 */
export const OTHER_STATUSES: Readonly<Partial<Record<OutcomeSlug, { statuses: readonly number[]; verdictSays: string }>>> = {
  'redirect-to-login': { statuses: [303], verdictSays: '(302, or 303 after a POST)' },
  'redirect-to-reauthenticate': { statuses: [303], verdictSays: '(302, or 303 after' },
  'cors-preflight': { statuses: [200], verdictSays: 'gets a 2xx, usually 204 No Content' },
  allowed: { statuses: [201, 202, 204], verdictSays: '200 OK or another 2xx that fits the method' },
};

/** The statuses that produce an outcome: its own, and those its verdict allows. */
export function acceptedStatuses(slug: OutcomeSlug): number[] {
  return [OUTCOMES[slug].status, ...(OTHER_STATUSES[slug]?.statuses ?? [])];
}

/** The words of an identifier or literal: camelCase, snake_case, kebab-case and digits split apart, lower-cased. */
function words(token: string): string[] {
  return token
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)|(\d)([A-Za-z])/g, '$1$3 $2$4')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/**
 * The statuses code names: numbers standing alone (401, Status401Unauthorized, HTTP_401_UNAUTHORIZED) and reason
 * phrases as words of one token (Forbidden, :forbidden, HttpStatus.FORBIDDEN, http.StatusNotFound,
 * Response::HTTP_TOO_MANY_REQUESTS). The longest phrase wins, so NOT_FOUND is 404 and never 302 Found.
 */
export function statusesNamed(code: string): Set<number> {
  const found = new Set<number>();
  const phrases = Object.entries(PHRASES)
    .map(([status, phrase]) => ({ status: Number(status), words: words(phrase) }))
    .sort((a, b) => b.words.length - a.words.length);
  for (const token of code.split(/[\s"'`()[\]{},;:=<>!&|+*/\\?.@$#%^~]+/)) {
    const w = words(token);
    for (let i = 0; i < w.length; ) {
      if (/^[1-5]\d\d$/.test(w[i]!)) {
        found.add(Number(w[i]));
        i++;
        continue;
      }
      const hit = phrases.find((p) => p.words.every((pw, k) => w[i + k] === pw));
      if (hit) found.add(hit.status);
      i += hit ? hit.words.length : 1;
    }
  }
  return found;
}

// ------------------------------------------------------------------------------------------ the rules

/** Where a recipe is used: its outcomes. */
function outcomesOf(stack: StackData, key: string): OutcomeSlug[] {
  return OUTCOME_SLUGS.filter((slug) => stack.cells[slug] === key);
}

/** id, names, version and summary; the scheme is one the decision knows. */
export function identityProblems(stack: StackData): string[] {
  const problems: string[] = [];
  if (!(STACK_IDS as readonly string[]).includes(stack.id)) problems.push(`id ${JSON.stringify(stack.id)} is not in STACK_IDS`);
  for (const field of ['name', 'version', 'summary'] as const) {
    const value = stack[field];
    if (typeof value !== 'string' || value.trim() === '' || PLACEHOLDER.test(value)) problems.push(`${field} is empty or a placeholder`);
  }
  if (!(SETTINGS.scheme as readonly string[]).includes(stack.scheme)) problems.push(`scheme ${JSON.stringify(stack.scheme)} is not a scheme of the decision`);
  return problems;
}

/** Every outcome has a cell; each is a recipe of the stack or an explained "not applicable". */
export function cellProblems(stack: StackData): string[] {
  const problems: string[] = [];
  const extra = Object.keys(stack.cells).filter((k) => !(OUTCOME_SLUGS as readonly string[]).includes(k));
  if (extra.length > 0) problems.push(`cells for outcomes that do not exist: ${extra.join(', ')}`);
  for (const slug of OUTCOME_SLUGS) {
    const cell = stack.cells[slug] as StackData['cells'][OutcomeSlug] | undefined;
    if (cell === undefined) problems.push(`${slug}: no cell`);
    else if (typeof cell === 'string') {
      if (!Object.hasOwn(stack.recipes, cell)) problems.push(`${slug}: recipe "${cell}" does not exist`);
    } else {
      const why = sentenceProblem(cell.notApplicable);
      if (why) problems.push(`${slug}: the not-applicable reason ${why}`);
    }
  }
  return problems;
}

/** Every recipe is used, complete, and its default is sourced. */
export function recipeProblems(stack: StackData): string[] {
  if (Object.keys(stack.recipes).length === 0) return ['no recipe: a stack page with nothing to show'];
  return Object.entries(stack.recipes).flatMap(([key, r]: [string, Recipe]) => {
    const problems: string[] = [];
    if (outcomesOf(stack, key).length === 0) problems.push(`${key}: no cell uses it`);
    if (!r.title?.trim()) problems.push(`${key}: no title`);
    if (!r.code?.trim()) problems.push(`${key}: no code`);
    if (!(SNIPPET_LANGS as readonly string[]).includes(r.lang)) problems.push(`${key}: lang ${JSON.stringify(r.lang)} is not a snippet language`);
    if (!r.default?.text?.trim() || PLACEHOLDER.test(r.default.text)) problems.push(`${key}: the default says nothing`);
    if (!Array.isArray(r.default?.sources) || r.default.sources.length === 0) problems.push(`${key}: the default has no source`);
    if (r.default?.since !== undefined && (!r.default.since.trim() || PLACEHOLDER.test(r.default.since))) problems.push(`${key}: since is empty or a placeholder`);
    if (typeof r.trap !== 'boolean') problems.push(`${key}: trap is not true or false`);
    if (r.headersBy !== undefined) {
      const why = sentenceProblem(r.headersBy, { period: false });
      if (why) problems.push(`${key}: headersBy ${why}`);
    }
    return problems;
  });
}

/** Every source of every fact is a repository path or an issue / PR / discussion. */
export function sourceProblems(stack: StackData): string[] {
  return Object.entries(stack.recipes).flatMap(([key, r]: [string, Recipe]) =>
    (r.default?.sources ?? []).flatMap((s) => {
      const why = sourceProblem(s);
      return why ? [`${key}: ${why}`] : [];
    }),
  );
}

/**
 * Each recipe names every field its outcomes require with the stack's scheme, unless it says (headersBy) which part
 * of the stack writes them.
 */
export function headerProblems(stack: StackData): string[] {
  return Object.entries(stack.recipes).flatMap(([key, r]: [string, Recipe]) => {
    if (r.headersBy !== undefined) return [];
    return outcomesOf(stack, key).flatMap((slug) =>
      requiredHeaders(slug, stack.scheme)
        .filter((field) => !namesHeader(r.code, field))
        .map((field) => `${key} (${slug}, ${stack.scheme}): the code does not name ${field}, a MUST here; name it, or say in headersBy which part of the stack writes it`),
    );
  });
}

/**
 * Each recipe names the status of its outcomes (a number or a reason phrase, see statusesNamed). When the stack
 * picks it (Django turns PermissionDenied into 403), the number is in the note or headersBy, or in the default
 * when the recipe keeps the default (trap: false): the sourced fact then says what the stack sends.
 */
export function statusProblems(stack: StackData): string[] {
  return Object.entries(stack.recipes).flatMap(([key, r]: [string, Recipe]) => {
    const inCode = statusesNamed(r.code);
    // Prose must give the number itself: the reader sees no status in the code and learns it there.
    const prose = [r.note, r.headersBy, r.trap ? undefined : r.default?.text].join(' ');
    return outcomesOf(stack, key).flatMap((slug) => {
      const accepted = acceptedStatuses(slug);
      if (accepted.some((s) => inCode.has(s))) return [];
      if (accepted.some((s) => new RegExp(`(?<!\\d)${s}(?!\\d)`).test(prose))) return [];
      return [
        `${key} (${slug}): no ${accepted.join(' or ')} in the code, the note or headersBy${r.trap ? '' : ', or the default'}; ` +
          `name the status in the code, or say which part of the stack sends ${accepted[0]}`,
      ];
    });
  });
}

/** Every rule, by name, for the real data. */
export const RULES = {
  identity: identityProblems,
  cells: cellProblems,
  recipes: recipeProblems,
  sources: sourceProblems,
  headers: headerProblems,
  statuses: statusProblems,
} as const satisfies Record<string, (stack: StackData) => string[]>;
