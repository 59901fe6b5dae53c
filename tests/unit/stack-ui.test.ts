/**
 * "In your stack", the pure parts: source links, the `stack` query parameter (taken out before the
 * decision's codec sees the query), the review comment that names a stack, what the wizard gets of
 * the stacks, and a stack page's defaults (traps first). Logic is tested on data made here, so the
 * tests hold whatever the stacks' data files say; the last block checks the real data's shape.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromQuery, OUTCOME_SLUGS, OUTCOMES, type OutcomeSlug } from '../../src/decision/index.ts';
import { STACK_IDS, STACKS, type StackData } from '../../src/stacks/index.ts';
import { sourceLabel, sourceUrl } from '../../src/stacks/sources.ts';
import { reviewComment } from '../../src/view/snippets.ts';
import { parseStackParam, stackAnchor, stackFromAnchor, withStackParam } from '../../src/view/stack-link.ts';
import { defaultsOf, headersByText, requiredFields, stackMention, wizardStacks } from '../../src/view/stack-view.ts';
import { wizardMention } from '../../src/view/wizard-stacks.ts';
import { shareSnippets } from '../../src/view/view-model.ts';

const FORBIDDEN = '?scheme=bearer&client=programmatic&checked-by=origin&client-blocked=no&route-exists=yes&requires-auth=yes&credentials-sent=yes&credentials-parse=well-formed&credentials-valid=valid&permitted=no&reveal-existence=yes';
const RUNS = { seed: 42, numRuns: 2000 } as const;

describe('source links', () => {
  const repo = 'spring-projects/spring-security' as const;
  it('link a file on the default branch, with GitHub’s line fragment', () => {
    expect(sourceUrl({ repo, path: 'web/src/main/java/A.java' })).toBe('https://github.com/spring-projects/spring-security/blob/HEAD/web/src/main/java/A.java');
    expect(sourceUrl({ repo, path: 'web/A.java', lines: '42' })).toBe('https://github.com/spring-projects/spring-security/blob/HEAD/web/A.java#L42');
    expect(sourceUrl({ repo, path: 'web/A.java', lines: '10-20' })).toBe('https://github.com/spring-projects/spring-security/blob/HEAD/web/A.java#L10-L20');
  });
  it('percent-encode each path segment, keep the slashes, drop a leading slash', () => {
    expect(sourceUrl({ repo, path: '/docs/a b/c#d?.md' })).toBe('https://github.com/spring-projects/spring-security/blob/HEAD/docs/a%20b/c%23d%3F.md');
  });
  it('link issues, pull requests and discussions', () => {
    expect(sourceUrl({ repo: 'django/django', issue: 123 })).toBe('https://github.com/django/django/issues/123');
    expect(sourceUrl({ repo: 'django/django', pr: 456 })).toBe('https://github.com/django/django/pull/456');
    expect(sourceUrl({ repo: 'fastapi/fastapi', discussion: 9 })).toBe('https://github.com/fastapi/fastapi/discussions/9');
  });
  it('label each kind', () => {
    expect(sourceLabel({ repo, path: 'web/src/A.java', lines: '10-20' })).toBe('spring-projects/spring-security: A.java (lines 10–20)');
    expect(sourceLabel({ repo, path: 'web/A.java', lines: '7' })).toBe('spring-projects/spring-security: A.java (line 7)');
    expect(sourceLabel({ repo, path: 'README.md' })).toBe('spring-projects/spring-security: README.md');
    expect(sourceLabel({ repo, path: 'docs/' })).toBe('spring-projects/spring-security: docs');
    expect(sourceLabel({ repo: 'django/django', issue: 1 })).toBe('django/django issue #1');
    expect(sourceLabel({ repo: 'django/django', pr: 2 })).toBe('django/django pull request #2');
    expect(sourceLabel({ repo: 'django/django', discussion: 3 })).toBe('django/django discussion #3');
  });
});

describe('the stack query parameter', () => {
  it('is taken out of a query, which keeps its other pairs in order', () => {
    expect(parseStackParam(`?stack=spring&${FORBIDDEN.slice(1)}`, STACK_IDS)).toEqual({ stack: 'spring', rest: FORBIDDEN });
    expect(parseStackParam(`${FORBIDDEN}&stack=django`, STACK_IDS)).toEqual({ stack: 'django', rest: FORBIDDEN });
    expect(parseStackParam('stack=go', STACK_IDS)).toEqual({ stack: 'go', rest: '' });
    expect(parseStackParam('', STACK_IDS)).toEqual({ stack: null, rest: '' });
    expect(parseStackParam('?a=1', STACK_IDS)).toEqual({ stack: null, rest: '?a=1' });
  });
  it('ignores unknown stacks and junk, and lets the first of several decide', () => {
    for (const junk of ['Spring', 'spring ', '__proto__', 'constructor', '', '%', 'spring%', 'toString', 'stack-spring']) {
      const { stack, rest } = parseStackParam(`?stack=${junk}&a=1`, STACK_IDS);
      expect(stack, junk).toBeNull();
      expect(rest, junk).toBe('?a=1');
    }
    expect(parseStackParam('?stack=spring&stack=django', STACK_IDS).stack).toBe('spring');
    expect(parseStackParam('?stack=nope&stack=django', STACK_IDS)).toEqual({ stack: null, rest: '' });
    expect(parseStackParam('?stack=spring', ['django'])).toEqual({ stack: null, rest: '' });
    expect(parseStackParam('?st%61ck=spring', STACK_IDS).stack).toBe('spring');
  });
  it('leaves the decision nothing to report: a ?stack= link reads like the same link without it', () => {
    const plain = fromQuery(FORBIDDEN);
    expect(fromQuery(FORBIDDEN).ignored).toEqual([]);
    // Without this step, the codec would call `stack` an unknown question (the check can fail).
    expect(fromQuery(`${FORBIDDEN}&stack=spring`).ignored.map((i) => i.key)).toEqual(['stack']);
    expect(fromQuery(parseStackParam(`${FORBIDDEN}&stack=spring`, STACK_IDS).rest)).toEqual(plain);
    expect(fromQuery(parseStackParam(`?stack=junk&${FORBIDDEN.slice(1)}`, STACK_IDS).rest)).toEqual(plain);
  });
  it('never throws, and the rest decides as the query did, less its stack pairs (seeded property)', () => {
    const piece = fc.oneof(
      fc.constantFrom('stack', 'stack=', 'stack=spring', ...STACK_IDS, '&', '=', '?', '#', '+', '%', '%E0%A4', '%zz', '__proto__', 'scheme=basic', 'permitted=no'),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((p) => p.join('')), (text) => {
        const { stack, rest } = parseStackParam(text, STACK_IDS);
        if (stack !== null) expect(STACK_IDS).toContain(stack);
        const [whole, without] = [fromQuery(text), fromQuery(rest)];
        expect(without.path).toEqual(whole.path);
        expect(without.current).toEqual(whole.current);
        expect(without.settings).toEqual(whole.settings);
        expect(without.ignored).toEqual(whole.ignored.filter((i) => i.key !== 'stack'));
      }),
      RUNS,
    );
  });
  it('is added to a path or URL with the right separator, and not at all for no stack', () => {
    expect(withStackParam('', 'spring')).toBe('?stack=spring');
    expect(withStackParam('https://x.test/outcomes/forbidden/', 'go')).toBe('https://x.test/outcomes/forbidden/?stack=go');
    expect(withStackParam(`/a/${FORBIDDEN}`, 'spring')).toBe(`/a/${FORBIDDEN}&stack=spring`);
    expect(withStackParam('/a/?b=c', null)).toBe('/a/?b=c');
    expect(parseStackParam(withStackParam(FORBIDDEN, 'kong'), STACK_IDS)).toEqual({ stack: 'kong', rest: FORBIDDEN });
  });
  it('names anchors #stack-<id>, and reads only known ones back', () => {
    expect(stackAnchor('spring-resource-server')).toBe('stack-spring-resource-server');
    expect(stackFromAnchor('#stack-django', STACK_IDS)).toBe('django');
    expect(stackFromAnchor('stack-spring-resource-server', STACK_IDS)).toBe('spring-resource-server');
    for (const junk of ['#stack-', '#django', '#stack-Django', '#stack-django-x', '', '#', '#scheme-basic', '#stack-__proto__']) expect(stackFromAnchor(junk, STACK_IDS), junk).toBeNull();
  });
});

/** A stack made up here: two recipes, one a trap, one unused, every other outcome not applicable. */
const FAKE = {
  id: 'spring',
  name: 'Spring Security',
  version: 'Spring Security 6.5',
  scheme: 'bearer',
  summary: 'A made-up stack for the tests.',
  recipes: {
    deny: { title: '403 from the AccessDeniedHandler', default: { text: 'Denied gets 403.', sources: [{ repo: 'a/b', pr: 1 }] }, trap: false, lang: 'java', code: 'x();' },
    challenge: {
      title: '401 with a Bearer challenge',
      default: { text: 'Anonymous gets 403.', since: '6.0', sources: [{ repo: 'a/b', issue: 2 }] },
      trap: true,
      lang: 'java',
      code: 'y();',
      headersBy: 'BearerTokenAuthenticationEntryPoint writes WWW-Authenticate with its 401',
    },
    unused: { title: 'never used', default: { text: '-', sources: [{ repo: 'a/b', pr: 3 }] }, trap: true, lang: 'java', code: 'z();' },
  },
  cells: {
    ...(Object.fromEntries(OUTCOME_SLUGS.map((s) => [s, { notApplicable: 'Not here.' }])) as Record<OutcomeSlug, { notApplicable: string }>),
    forbidden: 'deny',
    'forbidden-record': 'deny',
    'authentication-required': 'challenge',
    'invalid-credentials': 'challenge',
  },
} satisfies StackData<'deny' | 'challenge' | 'unused'>;

describe('a review comment with a stack', () => {
  const link = `https://example.github.io/outcomes/forbidden/${FORBIDDEN}&stack=spring`;
  it('names the stack and what it does, linked to its section, before the permalink', () => {
    const text = reviewComment(OUTCOMES.forbidden, link, stackMention(FAKE, 'forbidden'));
    const lines = text.split('\n');
    expect(lines.slice(-3)).toEqual([`In [Spring Security](${link}#stack-spring): 403 from the AccessDeniedHandler`, '', `Why: ${link}`]);
    expect(text.startsWith(reviewComment(OUTCOMES.forbidden, link).replace(/Why: .*$/, ''))).toBe(true);
  });
  it('says when no recipe of the stack applies', () => {
    expect(reviewComment(OUTCOMES.gone, link, stackMention(FAKE, 'gone'))).toContain('In [Spring Security](');
    expect(stackMention(FAKE, 'gone').summary).toBe('not applicable');
  });
  it('is what the share snippets copy', () => {
    const mention = stackMention(FAKE, 'forbidden');
    expect(shareSnippets(OUTCOMES.forbidden, link, '', undefined, mention).markdown.text).toBe(reviewComment(OUTCOMES.forbidden, link, mention));
    expect(shareSnippets(OUTCOMES.forbidden, link, '').markdown.text).not.toContain('Spring Security');
  });
});

describe('the wizard’s stacks', () => {
  it('name each stack for each outcome as the pages do', () => {
    const list = wizardStacks();
    expect(list.map((s) => s.id)).toEqual([...STACK_IDS]);
    for (const [i, stack] of STACKS.entries()) {
      for (const slug of OUTCOME_SLUGS) expect(wizardMention(list[i]!, slug)).toEqual(stackMention(stack, slug));
    }
  });
  it('carry names and titles only: no facts, no code', () => {
    for (const s of wizardStacks()) {
      expect(Object.keys(s).sort()).toEqual(['cells', 'id', 'name', 'titles']);
      expect(s.cells).toHaveLength(OUTCOME_SLUGS.length);
      expect(new Set(s.titles).size).toBe(s.titles.length);
      for (const i of s.cells) expect(i === -1 || s.titles[i] !== undefined).toBe(true);
    }
    // What the home page carries in its props for every stack: a few KB, to keep an eye on.
    expect(JSON.stringify(wizardStacks()).length).toBeLessThan(16 * 1024);
  });
});

describe('a stack page’s defaults', () => {
  it('list each used recipe once, traps first, with the outcomes that use it', () => {
    const rows = defaultsOf(FAKE);
    expect(rows.map((r) => r.key)).toEqual(['challenge', 'deny']);
    expect(rows[0]!.outcomes.map((o) => o.slug).sort()).toEqual(['authentication-required', 'invalid-credentials']);
    expect(rows[1]!.outcomes.map((o) => o.slug).sort()).toEqual(['forbidden', 'forbidden-record']);
  });
  it('say which part of the stack writes the fields the outcome requires', () => {
    expect(requiredFields(OUTCOMES['authentication-required'], 'bearer')).toContain('WWW-Authenticate');
    expect(headersByText(FAKE.recipes.challenge, OUTCOMES['authentication-required'], 'bearer')).toBe('BearerTokenAuthenticationEntryPoint writes WWW-Authenticate with its 401. (Required here: WWW-Authenticate.)');
    expect(headersByText(FAKE.recipes.deny, OUTCOMES.forbidden, 'bearer')).toBeNull();
  });
});
