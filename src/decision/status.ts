/**
 * The status codes the decision can end in (or name as the tempting alternative), each with its
 * reason phrase as RFC 9110 §15 prints it (429 from RFC 6585 §4). Outcomes name a code; the phrase is
 * never typed again.
 */

export const REASON_PHRASES = {
  200: 'OK',
  204: 'No Content',
  302: 'Found',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  407: 'Proxy Authentication Required',
  410: 'Gone',
  429: 'Too Many Requests',
} as const;

export type StatusCode = keyof typeof REASON_PHRASES;
export const STATUS_CODES = Object.keys(REASON_PHRASES).map(Number) as StatusCode[];

export function reasonPhrase(status: StatusCode): string {
  return REASON_PHRASES[status];
}

/** "403 Forbidden". */
export function statusLine(status: StatusCode): string {
  return `${status} ${REASON_PHRASES[status]}`;
}
