/**
 * Reads a content collection the way Astro's glob loader does: id = file name without `.md`,
 * YAML frontmatter + body. For tests and scripts, which run outside Astro.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const CONTENT_DIR = new URL('../../content/', import.meta.url);

export interface ContentFile {
  id: string;
  data: unknown;
  body: string;
}

export function loadCollection(dir: string, base: URL = CONTENT_DIR): ContentFile[] {
  const folder = new URL(`${dir}/`, base);
  return readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const text = readFileSync(new URL(f, folder), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n/g, '\n'));
      if (!m) throw new Error(`${dir}/${f}: no frontmatter`);
      return { id: f.replace(/\.md$/, ''), data: parse(m[1]!) as unknown, body: m[2]! };
    });
}
