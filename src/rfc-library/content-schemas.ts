/**
 * Schemas of the content collections. They live apart from content.config.ts so that unit tests can
 * validate the files with exactly the rules the build uses.
 */
import { z } from 'astro/zod';
import { RFC_NUMBERS } from '../decision/index.ts';

export const annotationSchema = z.object({
  /** Words of the excerpt to highlight, copied exactly; they must occur once in the text. */
  phrase: z.string().min(3),
  /** What the phrase means in practice, in our words. Shown outside the quotation. */
  note: z.string().min(10),
});

export const excerptSchema = z.object({
  /** The RFC quoted; one of those the site cites. */
  rfc: z.union(RFC_NUMBERS.map((n) => z.literal(n))),
  /** Section number as the RFC prints it, without the trailing dot ("15.5.4", "2"). */
  section: z.string().regex(/^\d+(\.\d+)*$/),
  /** Section title as the RFC prints it. */
  title: z.string().min(1),
  /** True when the body holds every paragraph of the section, in order; false for a partial quote. */
  whole: z.boolean().default(true),
  /** One line, in our words, on why the section matters to the 401/403 decision. */
  summary: z.string().min(10),
  /** Anchor of the section on the HTTP WG's readable copy (httpwg.org/specs/rfcNNNN.html#…), where one exists. */
  httpwg: z.string().regex(/^[\w.-]+$/).optional(),
  /** Highlighted phrases with notes. */
  annotations: z.array(annotationSchema).default([]),
}).strict(); // strict: an unknown key (a typo, or a hand-kept cited-by list) fails the build
export type ExcerptData = z.infer<typeof excerptSchema>;

export const HISTORY_TOPICS = ['400', '401', '403', '404', 'www-authenticate'] as const;

export const historySchema = z.object({
  /** Page title, e.g. "403 Forbidden". */
  title: z.string(),
  /** One-line description for lists and meta tags. */
  summary: z.string().min(10),
  /** Excerpt ids (rfcNNNN-section), oldest first: RFC 2616, then RFC 7231/7235, then RFC 9110. */
  versions: z.array(z.string().regex(/^rfc\d+-[\d.]+$/)).min(2),
  /** Position in the list of topics. */
  order: z.number().int(),
});

export const CLAIM_VERDICTS = ['holds', 'obsolete', 'wrong', 'depends'] as const;

export const claimSchema = z.object({
  /** The popular reading, as people state it. */
  claim: z.string(),
  verdict: z.enum(CLAIM_VERDICTS),
  /** Excerpt id of the text that decides it. */
  excerpt: z.string().regex(/^rfc\d+-[\d.]+$/),
  /** The deciding sentence, verbatim from that excerpt. */
  quote: z.string().min(10),
  /** Position in the list of claims. */
  order: z.number().int(),
});
