import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { claimSchema, excerptSchema, historySchema } from './rfc-library/content-schemas.ts';

/** Ids are file names as written (rfc9110-15.5.4), not slugs: they are cited and must not lose their dots. */
const fileId = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

/** Verbatim RFC sections with annotations; id = file name = `rfc<number>-<section>`. */
const excerpts = defineCollection({
  loader: glob({ base: './content/excerpts', pattern: '*.md', generateId: fileId }),
  schema: excerptSchema,
});

/** How the wording of a status code or header field changed from RFC 2616 to RFC 9110. */
const history = defineCollection({
  loader: glob({ base: './content/history', pattern: '*.md', generateId: fileId }),
  schema: historySchema,
});

/** Popular readings of 401 vs 403, each checked against the text that decides it. */
const claims = defineCollection({
  loader: glob({ base: './content/claims', pattern: '*.md', generateId: fileId }),
  schema: claimSchema,
});

export const collections = { excerpts, history, claims };
