/**
 * Prose written across several source lines. Line breaks and indentation are layout, not text: every
 * run of white space becomes one space, so long sentences wrap in the source and read as one line.
 */
export function prose(strings: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  return String.raw({ raw: strings }, ...values)
    .replace(/\s+/g, ' ')
    .trim();
}
