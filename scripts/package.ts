/**
 * `npm run package`: builds the npm package `401-or-403` into package/dist/ from src/decision (the domain
 * and the checker) and src/npm (the entry and the CLI), as ESM JavaScript with declarations, with tsc
 * (package/tsconfig.json). Then it checks that nothing in dist/ imports anything outside the package but
 * Node's built-in modules, and makes the CLI executable. `-- --pack DIR` also runs `npm pack` into DIR.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const pkg = join(root, 'package');
const dist = join(pkg, 'dist');

function run(cmd: string, args: string[], cwd = root): void {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`${[cmd, ...args].join(' ')} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

/** Module specifiers in a JS or declaration file: static imports and re-exports, dynamic imports. */
const SPECIFIER = /(?:^|[\s;}])(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

rmSync(dist, { recursive: true, force: true });
run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(pkg, 'tsconfig.json')]);

// tsc rewrites `./x.ts` to `./x.js` in JavaScript but keeps it in declarations (`from`, and `import("./x.ts")`
// types); every TypeScript reads `.js` there.
for (const file of files(dist).filter((f) => f.endsWith('.d.ts'))) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/((?:\bfrom|\bimport\()\s*['"]\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1.js$2'));
}

const outside: string[] = [];
for (const file of files(dist)) {
  for (const m of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
    const spec = (m[1] ?? m[2] ?? m[3])!;
    if (spec.startsWith('node:')) continue;
    const target = resolve(dirname(file), spec.replace(/\.js$/, file.endsWith('.d.ts') ? '.d.ts' : '.js'));
    if (!spec.startsWith('.') || relative(dist, target).startsWith('..') || !existsSync(target)) outside.push(`${relative(pkg, file)}: ${spec}`);
  }
}
if (outside.length > 0) {
  console.error(`package/dist imports what the package does not hold:\n  ${outside.join('\n  ')}`);
  process.exit(1);
}

const { bin } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { bin: Record<string, string> };
for (const path of Object.values(bin)) chmodSync(join(pkg, path), 0o755);
console.log(`package/dist: ${files(dist).length} files`);

const packAt = process.argv.indexOf('--pack');
if (packAt >= 0) {
  const into = resolve(process.argv[packAt + 1] ?? '.');
  mkdirSync(into, { recursive: true });
  run('npm', ['pack', '--pack-destination', into], pkg);
}
