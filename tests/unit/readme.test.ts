import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regenerate } from '../../scripts/lib/readme-blocks.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

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
});
