import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READMES, regenerate } from '../../scripts/lib/readme-blocks.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const packageReadme = readFileSync(new URL('../../package/README.md', import.meta.url), 'utf8');

describe('README.md', () => {
  it('shows the share-URL keys and values as the decision has them (npm run readme rewrites them)', () => {
    expect(readme).toBe(regenerate(readme));
  });

  it('lists every question id with its answers in the generated table', () => {
    expect(readme).toMatch(/^\| `checked-by` \| `origin`, `proxy`, `proxy-refuses` \|$/m);
    expect(regenerate(readme.replace('| `checked-by` | `origin`, `proxy`, `proxy-refuses` |', '| `checked-by` | `origin` |'))).not.toBe(
      readme.replace('| `checked-by` | `origin`, `proxy`, `proxy-refuses` |', '| `checked-by` | `origin` |'),
    );
  });

  it('and package/README.md show the package examples as package/examples/ holds them (the package tests run those files)', () => {
    expect(packageReadme).toBe(regenerate(packageReadme, READMES['package/README.md']));
    for (const name of READMES['package/README.md']) expect(readme).toContain(`<!-- generated:${name} -->`);
    const example = readFileSync(new URL('../../package/examples/test_vectors.py', import.meta.url), 'utf8');
    expect(readme).toContain(example.trimEnd());
    expect(regenerate(readme.replace('import pytest', 'import unittest'))).toContain('import pytest');
  });
});
