#!/usr/bin/env node
/**
 * The `401-or-403` command: runs the CLI (cli.ts) with the process's streams, files and fetch. The
 * version comes from the package's own package.json, two levels up from dist/npm/.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { EXIT, runCli } from './cli.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  readStdin,
  fetch: globalThis.fetch,
  version: version(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`401-or-403: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nPlease report it.\n`);
    process.exitCode = EXIT.error;
  },
);
