/**
 * Which Chromium to drive, shared by the Playwright config, the flowchart renderer and the bench.
 * A laptop uses Playwright's own browser when it is installed; a machine without one (CI here) uses
 * CHROMIUM_PATH or Debian's /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

export function chromiumPath(): string | undefined {
  const own = chromium.executablePath();
  if (own && existsSync(own)) return undefined; // Playwright finds its own browser.
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/** The path of the browser binary itself, for tools that need one (Lighthouse). */
export function chromiumBinary(): string {
  return chromiumPath() ?? chromium.executablePath();
}

/** Flags for running as root in a container with no network beyond the npm registry. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchOptions() {
  const executablePath = chromiumPath();
  return { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS };
}
