/**
 * Answers <-> URL query. The query's keys are question ids and its values answer ids, in the order
 * answered: ?checked-by=origin&route-exists=yes. Parsing never throws; see decide().
 */
import { decide, type Decision } from './decide.ts';
import type { Step } from './graph.ts';

/** Longer queries are cut before parsing; no real path needs more than a few hundred characters. */
export const MAX_QUERY_LENGTH = 2048;

export function toQuery(path: readonly Step[]): string {
  const params = new URLSearchParams();
  for (const step of path) params.append(step.question, step.answer);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function fromQuery(search: string): Decision {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.slice(0, MAX_QUERY_LENGTH));
  } catch {
    params = new URLSearchParams();
  }
  return decide(params.entries());
}
