/** Walking the decision in unit tests: answers plus the two settings, and where a walk ends. */
import { decide, type Settings } from '../../src/decision/index.ts';

const settingsPairs = (s: Partial<Settings>) => Object.entries(s) as [string, string][];

export const walk = (s: Partial<Settings>, answers: Record<string, string>) => decide([...settingsPairs(s), ...Object.entries(answers)]);

/** The outcome a walk reached, or the question it stopped at. */
export const slugOf = (d: ReturnType<typeof decide>) => (d.current.kind === 'outcome' ? d.current.slug : `question ${d.current.id}`);

/** The answers of a signed-in caller up to "are the credentials valid?". */
export const signedIn = {
  'checked-by': 'origin',
  'client-blocked': 'no',
  'route-exists': 'yes',
  'requires-auth': 'yes',
  'credentials-sent': 'yes',
  'credentials-parse': 'well-formed',
} as const;
