// Start-up: load the bundled CLI (dist/blog.cjs) with V8's code cache, so the JavaScript it needs
// is deserialised instead of parsed and compiled again at every start; then run it. Node 20 has
// no module compile cache of its own (module.enableCompileCache arrived in Node 22).
// The cache is made by `npm run build` for the Node that built it; any other Node version makes
// its own on first use under $XDG_CACHE_HOME/blog (V8 rejects a cache from another version).
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { CODE_CACHES, codeCacheOf } from './registry.js';

const bundle = path.join(__dirname, 'blog.cjs');
const version = `${process.version}-${process.arch}`;
const shippedFile = (kind: string) => path.join(__dirname, `blog-${kind}-${version}.cache`);

function userCacheFile(kind: string): string {
  const stat = statSync(bundle);
  // node:os is required here, not at the top: most starts never need it.
  const home = process.env.XDG_CACHE_HOME || path.join((require('node:os') as typeof import('node:os')).homedir(), '.cache');
  return path.join(home, 'blog', `code-${kind}-${version}-${stat.size}-${Math.trunc(stat.mtimeMs)}.cache`);
}

/** The shipped cache, else this Node version's own; `user` is where a new one would go. */
function readCache(kind: string): { data?: Buffer; user: () => string } {
  let user: string | undefined;
  const userFile = () => (user ??= userCacheFile(kind));
  const attempt = (file: string) => {
    try {
      return readFileSync(file);
    } catch {
      return undefined; // not there: try the next place, or compile without a cache
    }
  };
  const data = attempt(shippedFile(kind)) ?? attempt(userFile());
  return { ...(data && { data }), user: userFile };
}

/** Writes atomically, so a half-written cache is never read; a cache that cannot be written is no error. */
function writeCache(file: string, data: Buffer): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch {
    // read-only home or package folder: start-up stays correct, only slower
  }
}

function load(cache: { data?: Buffer }): { main(argv: string[]): Promise<void>; script: vm.Script } {
  const source = readFileSync(bundle, 'utf8');
  const script = new vm.Script(Module.wrap(source), { filename: bundle, ...(cache.data && { cachedData: cache.data }) });
  const exports = {};
  const module = { exports };
  (script.runInThisContext() as (...args: unknown[]) => void).call(exports, exports, createRequire(bundle), module, bundle, __dirname);
  return { ...(module.exports as { main(argv: string[]): Promise<void> }), script };
}

/** `npm run build` runs the commands of one kind in one process, then stores what V8 compiled. */
async function buildCache(kind: string): Promise<void> {
  const { main, script } = load({});
  const write = process.stdout.write;
  process.stdout.write = () => true;
  for (const args of CODE_CACHES.get(kind) ?? []) await main(['node', 'blog', ...args]);
  process.stdout.write = write;
  process.exitCode = 0;
  writeCache(shippedFile(kind), script.createCachedData());
}

const buildKind = process.env.BLOG_BUILD_CODE_CACHE;
if (buildKind) {
  void buildCache(buildKind);
} else {
  const kind = codeCacheOf(process.argv.slice(2));
  const cache = readCache(kind);
  const { main, script } = load(cache);
  if (!cache.data || script.cachedDataRejected) {
    process.once('exit', () => writeCache(cache.user(), script.createCachedData()));
  }
  void main(process.argv);
}
