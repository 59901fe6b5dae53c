import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/chromium.ts';

const PORT = Number(process.env.E2E_PORT ?? 4329);
const SUBPATH_PORT = PORT + 2;
export const SUBPATH = '/http-401-vs-403/';

/**
 * Runs against the built sites (`npm test` builds both first), served by `astro preview`:
 * dist/ at the root, and dist-subpath/ under /http-401-vs-403/ as on GitHub Pages. Tests tagged
 * @base also run under the sub-path.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: launchOptions(),
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${PORT}/` } },
    { name: 'subpath', grep: /@base/, use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}` } },
  ],
  webServer: [
    {
      command: `npm run preview -- --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
    },
    {
      command: `npm run preview -- --port ${SUBPATH_PORT} --strictPort --outDir dist-subpath`,
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: SUBPATH, SITE_URL: 'https://example.github.io' },
    },
  ],
});
