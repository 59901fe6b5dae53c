/** `npm run readme`: rewrites the generated blocks of README.md from the decision module. */
import { readFileSync, writeFileSync } from 'node:fs';
import { regenerate } from './lib/readme-blocks.ts';

const file = new URL('../README.md', import.meta.url);
const before = readFileSync(file, 'utf8');
const after = regenerate(before);
writeFileSync(file, after);
console.log(before === after ? 'README.md is up to date' : 'README.md: generated blocks rewritten');
