/**
 * Moves each status hub from where Astro renders it (hubs/<code>/, see src/pages/hubs/[status].astro)
 * to its address (<code>/): Astro keeps the route /404 for the 404 page, so the 404 hub cannot be
 * rendered at 404/ directly, and one mechanism serves every code. The sitemap, written just before,
 * is corrected to match. Runs after the sitemap and before the search index.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { statusHubStagingPath, statusPath } from '../routes.ts';

export function statusHubs(): AstroIntegration {
  return {
    name: 'status-hubs',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const staging = join(out, statusHubStagingPath('').replace(/\/+$/, ''));
        if (!existsSync(staging)) return;
        const codes = readdirSync(staging).filter((c) => /^\d{3}$/.test(c));
        for (const code of codes) renameSync(join(staging, code), join(out, statusPath(Number(code))));
        rmSync(staging, { recursive: true });
        for (const file of readdirSync(out).filter((f) => /^sitemap-\d+\.xml$/.test(f))) {
          const xml = readFileSync(join(out, file), 'utf8');
          writeFileSync(join(out, file), xml.replace(/\/hubs\/(\d{3})\/</g, '/$1/<'));
        }
        logger.info(`moved ${codes.length} status hubs into place`);
      },
    },
  };
}
