// Start-up: load the bundled CLI (dist/blog.cjs) with a V8 code cache (code-cache.ts), so the
// JavaScript a command needs is deserialised instead of parsed and compiled again at every start;
// then run it. Node 22+ has module.enableCompileCache, but it measured slower than this on Node
// 24.21 (list 33.2 ms against 28.8 ms, show 71.5 ms against 58.2 ms): it caches what was compiled
// when the module loaded, not the functions the command went on to run.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type vm from 'node:vm';
import { CODE_CACHES, codeCacheOf, COMPLETE_COMMAND } from '../registry.js';
import { compile, compileWithCache, shippedCacheFile, writeCache } from './code-cache.js';

type Cli = { main(argv: string[]): Promise<void> };

const bundle = path.join(__dirname, 'blog.cjs');
// `blog __complete` runs on every Tab: its own bundle has the registry and, loaded only when
// needed, the index and search code, but not commander or any command (src/completion/main.ts).
const completeBundle = path.join(__dirname, 'complete.cjs');
const bundleOf = (kind: string) => (kind === COMPLETE_COMMAND ? completeBundle : bundle);

function run(script: vm.Script, bundle: string): Cli {
  const exports = {};
  const module = { exports };
  (script.runInThisContext() as (...args: unknown[]) => void).call(exports, exports, createRequire(bundle), module, bundle, __dirname);
  return module.exports as Cli;
}

/** `npm run build` runs the command lines of one code cache in one process, then stores what V8 compiled. */
async function buildCache(kind: string): Promise<void> {
  const file = bundleOf(kind);
  const script = compile(file, readFileSync(file, 'latin1'));
  const { main } = run(script, file);
  const write = process.stdout.write;
  process.stdout.write = () => true;
  for (const args of CODE_CACHES.get(kind) ?? []) await main(['node', 'blog', ...args]);
  process.stdout.write = write;
  process.exitCode = 0;
  writeCache(shippedCacheFile(file, kind), script.createCachedData());
}

const buildKind = process.env.BLOG_BUILD_CODE_CACHE;
if (buildKind) {
  void buildCache(buildKind);
} else {
  const kind = process.argv[2] === COMPLETE_COMMAND ? COMPLETE_COMMAND : codeCacheOf(process.argv.slice(2));
  void run(compileWithCache(bundleOf(kind), kind), bundleOf(kind)).main(process.argv);
}
