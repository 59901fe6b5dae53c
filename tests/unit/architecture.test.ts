import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../src/decision/', import.meta.url);
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

describe('the decision module', () => {
  it.each(files)('%s imports only its own files, and nothing of Astro, React, mermaid or the DOM', (file) => {
    const code = readFileSync(new URL(file, dir), 'utf8');
    const imports = [...code.matchAll(/^\s*(?:import|export)\b[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    // Files in a subfolder (check/) may also reach the decision's own files one level up; the decision
    // reaches a subfolder through its index.
    const own = file.includes('/') ? /^\.\.?\/[a-z-]+\.ts$/ : /^\.\/(?:[a-z-]+\/index|[a-z-]+)\.ts$/;
    for (const spec of imports) expect(spec, `${file} imports ${spec}`).toMatch(own);
    expect(code, file).not.toMatch(/\b(document|window|navigator|localStorage)\./);
  });

  it('is reached by the rest of the site only through its index', () => {
    const offenders: string[] = [];
    const walk = (d: URL) => {
      for (const entry of readdirSync(d, { withFileTypes: true })) {
        if (entry.isDirectory()) {
          if (entry.name !== 'decision') walk(new URL(`${entry.name}/`, d));
        } else if (/\.(ts|tsx|astro)$/.test(entry.name)) {
          const code = readFileSync(new URL(entry.name, d), 'utf8');
          // The checker's island may import decision/check/index.ts alone, so that it does not load the outcome data.
          if (/from\s+['"][./]*decision\/(?!index\.ts['"]|check\/index\.ts['"])/.test(code)) offenders.push(entry.name);
        }
      }
    };
    walk(new URL('../../src/', import.meta.url));
    walk(new URL('../../scripts/', import.meta.url));
    expect(offenders).toEqual([]);
  });
});
