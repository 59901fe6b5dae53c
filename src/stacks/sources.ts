/**
 * Where a stack fact is stated, as a link: the one place that turns a Source (src/stacks/types.ts) into a
 * GitHub URL and a short label. Pure; the outcome pages, the stack pages and the tests use it.
 */
import type { Source } from './types.ts';

const GITHUB = 'https://github.com/';

/** Each path segment percent-encoded, the slashes kept: a file named "a b#c.md" still links to itself. */
const encodePath = (path: string): string => path.replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/');

/**
 * The URL of a source. Files link to the default branch (HEAD), so the link survives a branch rename;
 * a line range becomes GitHub's #L10-L20 fragment.
 */
export function sourceUrl(source: Source): string {
  const repo = `${GITHUB}${source.repo}`;
  if ('path' in source) {
    const lines = source.lines ? `#L${source.lines.replace('-', '-L')}` : '';
    return `${repo}/blob/HEAD/${encodePath(source.path)}${lines}`;
  }
  if ('issue' in source) return `${repo}/issues/${source.issue}`;
  if ('pr' in source) return `${repo}/pull/${source.pr}`;
  if ('discussion' in source) return `${repo}/discussions/${source.discussion}`;
  const never: never = source;
  throw new Error(`unknown source: ${JSON.stringify(never)}`);
}

/**
 * A short label: "spring-projects/spring-security: Http403ForbiddenEntryPoint.java (lines 10–20)" (the
 * file's name; its path is in the link), "django/django issue #123".
 */
export function sourceLabel(source: Source): string {
  if ('path' in source) {
    const lines = source.lines ? ` (${source.lines.includes('-') ? `lines ${source.lines.replace('-', '–')}` : `line ${source.lines}`})` : '';
    return `${source.repo}: ${source.path.replace(/\/+$/, '').split('/').at(-1)}${lines}`;
  }
  if ('issue' in source) return `${source.repo} issue #${source.issue}`;
  if ('pr' in source) return `${source.repo} pull request #${source.pr}`;
  if ('discussion' in source) return `${source.repo} discussion #${source.discussion}`;
  const never: never = source;
  throw new Error(`unknown source: ${JSON.stringify(never)}`);
}
