// `npm test`: the bundle first (the bundle and end-to-end tests run it), then the type check and
// the test files side by side: tsc needs a core for two seconds, while the test runner spends
// much of its time waiting on terminals and child processes.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args) => new Promise((resolve) => {
  spawn(command, args, { cwd: root, stdio: 'inherit' }).on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
});

const built = await run(process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
if (built !== 0) process.exit(built);
const files = ['unit', 'commands', 'e2e'].flatMap((folder) =>
  readdirSync(path.join(root, 'test', folder)).filter((name) => name.endsWith('.test.ts')).map((name) => path.join('test', folder, name)));
const [typed, tested] = await Promise.all([
  run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--noEmit']),
  run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=3', ...files]),
]);
process.exitCode = typed || tested;
