/** `npm run readme`: rewrites the generated blocks of README.md and package/README.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { READMES, regenerate } from './lib/readme-blocks.ts';

for (const [path, names] of Object.entries(READMES)) {
  const file = new URL(`../${path}`, import.meta.url);
  const before = readFileSync(file, 'utf8');
  const after = regenerate(before, names);
  writeFileSync(file, after);
  console.log(before === after ? `${path} is up to date` : `${path}: generated blocks rewritten`);
}
