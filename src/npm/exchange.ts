/**
 * A response as raw HTTP/1.1 text (status line, field lines, blank line, content): what the checker reads.
 * The CLI writes a fetched response with it; tests write a Playwright or fetch response with it.
 */

/** What a response from fetch(), Playwright's request fixture or a test double has in common. */
export interface ResponseLike {
  status: number;
  /** The reason phrase, when known. */
  statusText?: string;
  /** Field lines as [name, value] pairs: a fetch() Headers object, or headersArray() mapped to pairs. */
  headers: Iterable<readonly [string, string]>;
  body?: string;
}

export function responseText(r: ResponseLike): string {
  const statusLine = `HTTP/1.1 ${r.status}${r.statusText ? ` ${r.statusText}` : ''}`;
  const fields = [...r.headers].map(([name, value]) => `${name}: ${value}`);
  return `${[statusLine, ...fields].join('\n')}\n\n${r.body ?? ''}`;
}
