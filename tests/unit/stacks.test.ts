/**
 * The "In your stack" data (src/stacks/, GitHub issue 13) follows its rules (tests/support/stack-rules.ts): every
 * stack × outcome cell is a recipe or an explained "not applicable", every recipe is used and sourced, every
 * source is a repository path or an issue / PR / discussion, and each recipe names the status and the MUST header
 * fields of its outcomes for the stack's scheme (or says which part of the stack sends them).
 *
 * The rules are shown to work on fixtures first (a good stack passes, each broken copy fails the rule it breaks),
 * then run on every stack's data. Snippet syntax is tests/unit/stack-snippets.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { OUTCOME_SLUGS, OUTCOMES, type OutcomeSlug } from '../../src/decision/index.ts';
import { STACK_IDS, STACKS, stackById, type Recipe, type Source, type StackData } from '../../src/stacks/index.ts';
import {
  acceptedStatuses,
  namesHeader,
  OTHER_STATUSES,
  requiredHeaders,
  RULES,
  sentenceProblem,
  sourceProblem,
  statusesNamed,
  uninterpretedConditions,
} from '../support/stack-rules.ts';

// ------------------------------------------------------------------------------------------- fixtures

const SOURCE: Source = { repo: 'expressjs/express', path: 'lib/response.js', lines: '10-20' };
const recipe = (code: string, extra: Partial<Recipe> = {}): Recipe => ({
  title: 'A fixture recipe',
  default: { text: 'The fixture framework answers 200 by default.', sources: [SOURCE] },
  trap: false,
  lang: 'javascript',
  code,
  ...extra,
});

const NOT_APPLICABLE = { notApplicable: 'The fixture stack has no recipe for this outcome.' };

/** A small stack that follows every rule: three recipes for four outcomes, the rest explained as not applicable. */
function goodStack(): StackData {
  const cells = Object.fromEntries(OUTCOME_SLUGS.map((slug) => [slug, NOT_APPLICABLE])) as Record<OutcomeSlug, StackData['cells'][OutcomeSlug]>;
  Object.assign(cells, {
    'authentication-required': 'challenge',
    'invalid-credentials': 'challenge',
    forbidden: 'deny',
    'insufficient-scope': 'scope',
  });
  return {
    id: 'express',
    name: 'Express',
    version: 'Express 5.1',
    scheme: 'bearer',
    summary: 'A fixture, not the real Express entry.',
    recipes: {
      challenge: recipe("res.set('WWW-Authenticate', 'Bearer realm=\"api\"').status(401).end();"),
      deny: recipe("res.status(403).set('www-authenticate', 'Bearer realm=\"api\"').end();"),
      scope: recipe('throw new ScopeError();', {
        headersBy: 'The fixture error handler writes the Bearer challenge with error="insufficient_scope" and sends 403.',
      }),
    },
    cells,
  };
}

/** A copy of the good stack, changed by `edit` (which may break the types: that is the point). */
function broken(edit: (s: any) => void): StackData {
  const s = structuredClone(goodStack());
  edit(s);
  return s;
}

describe('the rules, on fixtures', () => {
  it('pass a stack that follows them', () => {
    const stack = goodStack();
    for (const [name, rule] of Object.entries(RULES)) expect(rule(stack), name).toEqual([]);
  });

  type Rule = keyof typeof RULES;
  /** What breaks, the rule that must catch it and how it says so, and any other rule the same break trips. */
  const cases: Record<string, [Rule, (s: any) => void, RegExp, Rule[]?]> = {
    'an empty name': ['identity', (s) => (s.name = ' '), /name is empty/],
    'a placeholder version': ['identity', (s) => (s.version = 'TODO'), /version is empty or a placeholder/],
    'an empty summary': ['identity', (s) => (s.summary = ''), /summary/],
    'an unknown id': ['identity', (s) => (s.id = 'koa'), /not in STACK_IDS/],
    'an unknown scheme': ['identity', (s) => (s.scheme = 'oauth'), /not a scheme/],
    'a missing cell': ['cells', (s) => delete s.cells.gone, /gone: no cell/],
    'a cell for no outcome': ['cells', (s) => (s.cells['teapot'] = NOT_APPLICABLE), /do not exist: teapot/],
    'a cell naming a missing recipe': ['cells', (s) => (s.cells.gone = 'tombstone'), /gone: recipe "tombstone" does not exist/],
    'a TODO reason': ['cells', (s) => (s.cells.gone = { notApplicable: 'TODO' }), /gone: .*placeholder/],
    'a TODO inside a reason': ['cells', (s) => (s.cells.gone = { notApplicable: 'TODO: explain why nginx cannot do this.' }), /placeholder/],
    'an n/a reason': ['cells', (s) => (s.cells.gone = { notApplicable: 'n/a' }), /placeholder/],
    'a short reason': ['cells', (s) => (s.cells.gone = { notApplicable: 'Not relevant.' }), /too short/],
    'a reason that is no sentence': ['cells', (s) => (s.cells.gone = { notApplicable: 'not relevant for this stack at all' }), /end like a sentence/],
    'no recipe at all': ['recipes', (s) => {
      s.recipes = {};
      for (const slug of OUTCOME_SLUGS) s.cells[slug] = NOT_APPLICABLE;
    }, /no recipe/],
    'an unused recipe': ['recipes', (s) => (s.recipes.spare = recipe('res.status(410).end();')), /spare: no cell uses it/],
    'a default without sources': ['recipes', (s) => (s.recipes.deny.default.sources = []), /deny: the default has no source/],
    'a default without text': ['recipes', (s) => (s.recipes.deny.default.text = ''), /deny: the default says nothing/],
    'an empty since': ['recipes', (s) => (s.recipes.deny.default.since = ''), /deny: since is empty/],
    'an empty snippet': ['recipes', (s) => (s.recipes.deny.code = '  '), /deny: no code/, ['headers', 'statuses']],
    'an unknown snippet language': ['recipes', (s) => (s.recipes.deny.lang = 'kotlin'), /deny: lang "kotlin"/],
    'a headersBy that explains nothing': ['recipes', (s) => (s.recipes.scope.headersBy = 'Spring sends 403.'), /scope: headersBy .*too short/],
    'a source without a repository path or number': ['sources', (s) => (s.recipes.deny.default.sources = [{ repo: 'expressjs/express' }]), /exactly one of/],
    'a source with a path and an issue': ['sources', (s) => (s.recipes.deny.default.sources = [{ ...SOURCE, issue: 3 }]), /exactly one of/],
    'a repo without an owner': ['sources', (s) => (s.recipes.deny.default.sources = [{ repo: 'express', issue: 1 }]), /not "owner\/name"/],
    'a source URL as the path': ['sources', (s) => (s.recipes.deny.default.sources = [{ repo: 'expressjs/express', path: 'https://github.com/expressjs/express/blob/master/lib/response.js' }]), /not a URL/],
    'a zero issue number': ['sources', (s) => (s.recipes.deny.default.sources = [{ repo: 'expressjs/express', issue: 0 }]), /issue 0 is not a positive/],
    'a backwards line range': ['sources', (s) => (s.recipes.deny.default.sources = [{ ...SOURCE, lines: '20-10' }]), /lines "20-10"/],
    'a missing challenge on a 401': ['headers', (s) => (s.recipes.challenge.code = 'res.status(401).end();'), /challenge \(authentication-required, bearer\): the code does not name WWW-Authenticate/],
    'a missing Bearer challenge on a 403': ['headers', (s) => (s.recipes.deny.code = 'res.sendStatus(403);'), /deny \(forbidden, bearer\)/],
    'a 401 without its status': ['statuses', (s) => (s.recipes.challenge.code = "res.set('WWW-Authenticate', 'Bearer').end();"), /challenge \(authentication-required\): no 401 in the code/],
    'a 403 recipe that sends 401': ['statuses', (s) => (s.recipes.deny.code = "res.status(401).set('WWW-Authenticate', 'Bearer').end();"), /deny \(forbidden\)/],
    'a headersBy that names no status': ['statuses', (s) => (s.recipes.scope.headersBy = 'The fixture error handler writes the Bearer challenge.'), /scope \(insufficient-scope\)/],
    'a trap whose default names the status it gets wrong': ['statuses', (s) => {
      s.recipes.deny.code = "res.set('WWW-Authenticate', 'Bearer').end();";
      s.recipes.deny.trap = true;
      s.recipes.deny.default.text = 'The fixture framework answers 401 where 403 is due.';
    }, /deny \(forbidden\): no 403 in the code, the note or headersBy;/],
  };
  it.each(Object.entries(cases))('catch %s', (_, [rule, edit, message, also = []]) => {
    const stack = broken(edit);
    expect(RULES[rule](stack).join('\n')).toMatch(message);
    // The other rules stay quiet (unless listed): each rule catches its own kind of mistake, not everything.
    for (const [other, check] of Object.entries(RULES) as [Rule, (s: StackData) => string[]][]) {
      if (other !== rule && !also.includes(other)) expect(check(stack), `the ${other} rule`).toEqual([]);
    }
  });

  it('need no header where the scheme needs none: the Bearer challenge on a 403 is for Bearer only', () => {
    const cookie = broken((s) => {
      s.scheme = 'cookie';
      s.recipes.deny.code = 'res.sendStatus(403);';
      s.recipes.challenge.code = 'res.sendStatus(401);';
    });
    expect(RULES.headers(cookie).join('\n')).not.toMatch(/deny/);
    expect(RULES.headers(cookie).join('\n')).toMatch(/challenge \(authentication-required, cookie\)/);
  });

  it('accept a status or header field named only where the stack sends it (note, headersBy)', () => {
    const byNote = broken((s) => {
      s.recipes.challenge.code = 'app.use(requireToken());';
      s.recipes.challenge.headersBy = 'The fixture middleware writes WWW-Authenticate: Bearer realm="api" with the 401.';
    });
    expect(RULES.headers(byNote)).toEqual([]);
    expect(RULES.statuses(byNote)).toEqual([]);
    const inNote = broken((s) => {
      s.recipes.deny.code = "res.set('WWW-Authenticate', 'Bearer').end();";
      s.recipes.deny.note = 'Express sends 403 when the handler throws ForbiddenError.';
    });
    expect(RULES.statuses(inNote)).toEqual([]);
  });

  it('accept a status the kept default states (trap: false), with its sources', () => {
    const kept = broken((s) => {
      s.recipes.deny.code = "res.set('WWW-Authenticate', 'Bearer').end();";
      s.recipes.deny.default.text = 'The fixture framework answers 403 to a refused permission check.';
    });
    expect(RULES.statuses(kept)).toEqual([]);
  });

  it('take headersBy without a final period, but not a reason', () => {
    const noPeriod = broken((s) => (s.recipes.scope.headersBy = "The fixture's ScopeHandler writes WWW-Authenticate with the 403"));
    expect(RULES.recipes(noPeriod)).toEqual([]);
    expect(RULES.cells(broken((s) => (s.cells.gone = { notApplicable: 'The fixture has no tombstones for records' })))).not.toEqual([]);
  });
});

// ---------------------------------------------------------------------------------- the rules' parts

describe('required header fields', () => {
  it('read every prose condition of a MUST field', () => {
    expect(uninterpretedConditions()).toEqual([]);
  });

  it('follow the scheme', () => {
    expect(requiredHeaders('authentication-required', 'bearer')).toEqual(['WWW-Authenticate']);
    expect(requiredHeaders('authentication-required', 'api-key')).toEqual(['WWW-Authenticate']);
    expect(requiredHeaders('forbidden', 'bearer')).toEqual(['WWW-Authenticate']);
    expect(requiredHeaders('forbidden', 'cookie')).toEqual([]);
    expect(requiredHeaders('not-found', 'bearer')).toEqual(['WWW-Authenticate']);
    expect(requiredHeaders('not-found', 'basic')).toEqual([]);
    expect(requiredHeaders('method-not-allowed', 'mtls')).toEqual(['Allow']);
    expect(requiredHeaders('proxy-authentication-required', 'basic')).toEqual(['Proxy-Authenticate']);
    expect(requiredHeaders('redirect-to-login', 'cookie')).toEqual([]);
    expect(requiredHeaders('rate-limited', 'bearer')).toEqual([]);
  });

  it('read the CORS conditions: Allow-Headers for a script-set credential, Allow-Credentials for a browser-sent one', () => {
    const base = ['Access-Control-Allow-Origin', 'Access-Control-Allow-Methods'];
    expect(requiredHeaders('cors-preflight', 'bearer')).toEqual([...base, 'Access-Control-Allow-Headers']);
    expect(requiredHeaders('cors-preflight', 'api-key')).toEqual([...base, 'Access-Control-Allow-Headers']);
    expect(requiredHeaders('cors-preflight', 'cookie')).toEqual([...base, 'Access-Control-Allow-Credentials']);
    expect(requiredHeaders('cors-preflight', 'mtls')).toEqual([...base, 'Access-Control-Allow-Credentials']);
  });

  it.each([
    ['res.set("WWW-Authenticate", challenge)', 'WWW-Authenticate'],
    ["response['www-authenticate'] = challenge", 'WWW-Authenticate'],
    ['headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge);', 'WWW-Authenticate'],
    ['context.Response.Headers[HeaderNames.WWWAuthenticate] = challenge;', 'WWW-Authenticate'],
    ['add_header Allow "GET, HEAD" always;', 'Allow'],
    ['Header always set Access-Control-Allow-Credentials "true"', 'Access-Control-Allow-Credentials'],
  ])('are named by %s', (code, field) => {
    expect(namesHeader(code, field)).toBe(true);
  });

  it.each([
    ['add_header Access-Control-Allow-Origin $http_origin;', 'Allow'],
    ['cors.AllowCredentials()', 'Allow'],
    ['config.setAllowedMethods(List.of("GET"));', 'Allow'],
    ['res.set("X-WWW-Authenticate", challenge)', 'WWW-Authenticate'],
    ['proxy_hide_header WWW-Authenticate-Extra;', 'WWW-Authenticate'],
  ])('are not named by %s', (code, field) => {
    expect(namesHeader(code, field)).toBe(false);
  });
});

describe('statuses in code', () => {
  it.each([
    ['res.status(401)', 401],
    ['StatusCodes.Status401Unauthorized', 401],
    ['status.HTTP_403_FORBIDDEN', 403],
    ['head :forbidden', 403],
    ['HttpStatus.FORBIDDEN', 403],
    ['http.StatusNotFound', 404],
    ['throw new NotFoundException()', 404],
    ['Response::HTTP_TOO_MANY_REQUESTS', 429],
    ['http.StatusMethodNotAllowed', 405],
    ['HttpStatus.FOUND', 302],
    ['http.StatusSeeOther', 303],
    ['return Results.Ok(user);', 200],
  ])('%s names %i', (code, status) => {
    expect([...statusesNamed(code)]).toContain(status);
  });

  it.each([
    ['HTTP_404_NOT_FOUND', 302],
    ['Results.Forbid()', 403],
    ['raise PermissionDenied', 403],
    ['res.status(4010)', 401],
    ['max_age=1401', 401],
  ])('%s does not name %i', (code, status) => {
    expect([...statusesNamed(code)]).not.toContain(status);
  });

  it('accept 302 or 303 for a redirect to sign-in, any 2xx where the verdict allows it, and only the status elsewhere', () => {
    expect(acceptedStatuses('redirect-to-login')).toEqual([302, 303]);
    expect(acceptedStatuses('cors-preflight')).toEqual([204, 200]);
    expect(acceptedStatuses('forbidden')).toEqual([403]);
  });

  it.each(Object.entries(OTHER_STATUSES))('take the other statuses of %s from its verdict', (slug, { verdictSays }) => {
    expect(OUTCOMES[slug as OutcomeSlug].verdict.replace(/\s+/g, ' ')).toContain(verdictSays);
  });
});

describe('sources and sentences', () => {
  it.each<Source>([
    { repo: 'expressjs/express', path: 'lib/response.js' },
    { repo: 'spring-projects/spring-security', path: 'oauth2/oauth2-resource-server/src/main/java/org/springframework/security/oauth2/server/resource/web/BearerTokenAuthenticationEntryPoint.java', lines: '71-90' },
    { repo: 'django/django', path: 'django/contrib/auth/mixins.py', lines: '50' },
    { repo: 'rails/rails', path: 'Gemfile' },
    { repo: 'encode/django-rest-framework', issue: 5968 },
    { repo: 'fastapi/fastapi', pr: 13786 },
    { repo: 'nginx/nginx', discussion: 12 },
    { repo: 'Kong/kong', path: 'kong/plugins/jwt/handler.lua' },
    { repo: 'dotnet/aspnetcore', path: 'src/Security/Authentication/JwtBearer/src/JwtBearerHandler.cs' },
  ])('accept %o', (source) => {
    expect(sourceProblem(source)).toBeNull();
  });

  it.each([
    [{ repo: 'expressjs/', path: 'lib/response.js' }, /owner\/name/],
    [{ repo: '-expressjs/express', path: 'lib/response.js' }, /owner\/name/],
    [{ repo: 'express--js/express', path: 'lib/response.js' }, /owner\/name/],
    [{ repo: 'expressjs/express.git', path: 'lib/response.js' }, /owner\/name/],
    [{ repo: 'expressjs/express', path: 'lib/' }, /empty/],
    [{ repo: 'expressjs/express', path: 'lib/router' }, /file name/],
    [{ repo: 'expressjs/express', path: '/lib/response.js' }, /empty/],
    [{ repo: 'expressjs/express', path: 'blob/master/lib/response.js' }, /URL part/],
    [{ repo: 'expressjs/express', path: 'lib/response.js#L10' }, /not a URL/],
    [{ repo: 'expressjs/express', path: 'lib/../response.js' }, /"\.\."/],
    [{ repo: 'expressjs/express', pr: 1.5 }, /positive whole number/],
    [{ repo: 'expressjs/express', issue: -4 }, /positive whole number/],
    [{ repo: 'expressjs/express', path: 'lib/response.js', lines: '0-4' }, /lines/],
  ] as const)('reject %o', (source, message) => {
    expect(sourceProblem(source as unknown as Source)).toMatch(message);
  });

  it('take explanations that read as sentences', () => {
    expect(sentenceProblem('nginx has no notion of an authenticated user here.')).toBeNull();
    expect(sentenceProblem('Kong answers this in the upstream service (your API), not in the gateway.)')).toBeNull();
    for (const bad of ['TODO', 'n/a', 'N/A', '', 'Not applicable.', 'TBD: write the reason later.', 'the gateway cannot see the record'])
      expect(sentenceProblem(bad), bad).not.toBeNull();
  });
});

// ------------------------------------------------------------------------------------------- the data

describe('the stacks', () => {
  it('have one entry per stack id, in the order of STACK_IDS', () => {
    expect(STACKS.map((s) => s.id)).toEqual([...STACK_IDS]);
    for (const id of STACK_IDS) expect(stackById(id).id).toBe(id);
  });

  describe.each(STACKS.map((s) => [s.id, s] as const))('%s', (_, stack) => {
    it.each(Object.keys(RULES) as (keyof typeof RULES)[])('follows the %s rule', (rule) => {
      expect(RULES[rule](stack)).toEqual([]);
    });
  });
});
