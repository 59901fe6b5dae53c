/**
 * The text people paste into a code review. Pure functions: the outcome pages render them at build
 * time, the wizard at run time, and the tests check them word for word.
 */
import { exampleFor, rfcEditorUrl, SECTIONS, sectionLabel, type Outcome, type Settings } from '../decision/index.ts';

/** A Markdown review comment: status, verdict, the decisive RFC sentence with its link, the permalink. */
export function reviewComment(outcome: Outcome, link: string): string {
  const [decisive] = outcome.citations;
  const section = SECTIONS[decisive.ref];
  return [
    `**${outcome.status} ${outcome.reason}**: ${outcome.verdict}`,
    '',
    `> ${decisive.quote.replace(/\s+/g, ' ')}`,
    `> — [${sectionLabel(decisive.ref)} ${section.title}](${rfcEditorUrl(decisive.ref)})`,
    '',
    `Why: ${link}`,
  ].join('\n');
}

/** The raw example response, as it would appear on the wire (CRLF-free for pasting), for the settings if given. */
export function rawResponse(outcome: Outcome, settings?: Settings): string {
  return settings ? exampleFor(outcome, settings) : outcome.example;
}
