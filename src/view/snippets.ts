/**
 * The text people paste into a code review. Pure functions: the outcome pages render them at build
 * time, the wizard at run time, and the tests check them word for word.
 */
import { exampleFor, rfcEditorUrl, SECTIONS, sectionLabel, type ExampleSettings, type Outcome } from '../decision/index.ts';
import { mentionLine, reviewTail, type StackMention } from './stack-link.ts';

/** The sentence that decides an outcome (its first citation), on one line, with its section and link. */
export function decisiveQuote(outcome: Outcome): { quote: string; label: string; url: string } {
  const [decisive] = outcome.citations;
  return {
    quote: decisive.quote.replace(/\s+/g, ' '),
    label: `${sectionLabel(decisive.ref)} ${SECTIONS[decisive.ref].title}`,
    url: rfcEditorUrl(decisive.ref),
  };
}

/**
 * A Markdown review comment: status, verdict, the decisive RFC sentence with its link, the author's stack
 * when one is chosen (what it does here, linked to its section), the permalink.
 */
export function reviewComment(outcome: Outcome, link: string, stack?: StackMention): string {
  const decisive = decisiveQuote(outcome);
  return [
    `**${outcome.status} ${outcome.reason}**: ${outcome.verdict}`,
    '',
    `> ${decisive.quote}`,
    `> — [${decisive.label}](${decisive.url})`,
    '',
    reviewTail(link, stack && mentionLine(stack, link)),
  ].join('\n');
}

/** The raw example response, as it would appear on the wire (CRLF-free for pasting), for the settings if given. */
export function rawResponse(outcome: Outcome, settings?: ExampleSettings): string {
  return settings ? exampleFor(outcome, settings) : outcome.example;
}
