// Start-up: load the bundled CLI (dist/blog.cjs) with a V8 code cache (code-cache.ts), so the
// JavaScript a command needs is deserialised instead of parsed and compiled again at every start;
// then run it. Node 22+ has module.enableCompileCache, but it measured slower than this on Node
// 24.21 (list 33.2 ms against 28.8 ms, show 71.5 ms against 58.2 ms): it caches what was compiled
// when the module loaded, not the functions the command went on to run.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type vm from 'node:vm';
import { CODE_CACHES, codeCacheOf } from '../registry.js';
import { compile, compileWithCache, shippedCacheFile, writeCache } from './code-cache.js';

type Cli = { main(argv: string[]): Promise<void> };

const bundle = path.join(__dirname, 'blog.cjs');

function run(script: vm.Script): Cli {
  const exports = {};
  const module = { exports };
  (script.runInThisContext() as (...args: unknown[]) => void).call(exports, exports, createRequire(bundle), module, bundle, __dirname);
  return module.exports as Cli;
}

/** `npm run build` runs the command lines of one code cache in one process, then stores what V8 compiled. */
async function buildCache(kind: string): Promise<void> {
  const script = compile(bundle, readFileSync(bundle, 'utf8'));
  const { main } = run(script);
  const write = process.stdout.write;
  process.stdout.write = () => true;
  for (const args of CODE_CACHES.get(kind) ?? []) await main(['node', 'blog', ...args]);
  process.stdout.write = write;
  process.exitCode = 0;
  writeCache(shippedCacheFile(bundle, kind), script.createCachedData());
}

const buildKind = process.env.BLOG_BUILD_CODE_CACHE;
if (buildKind) {
  void buildCache(buildKind);
} else {
  void run(compileWithCache(bundle, codeCacheOf(process.argv.slice(2)))).main(process.argv);
}
