// Build: the whole CLI as one CommonJS bundle, dist/blog.cjs. One file means Node resolves no
// node_modules at start-up, and CommonJS starts faster than an ES module on Node 20 (no ESM
// loader to set up). Subcommands are still loaded lazily: each is a separate function in the bundle
// that runs only when its command does, and V8 compiles a function only when it first runs.
// Type checking is `tsc --noEmit`, run before this.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { patches } from './patches/index.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}dist`, { recursive: true, force: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Prefer packages' ES module builds: they bundle statically (jsonc-parser's UMD build requires at run time).
  mainFields: ['module', 'main'],
  logLevel: 'warning',
};

/**
 * For dist/boot.cjs and the build itself, which read src/registry.ts for its command names and
 * warm-ups: the commands it loads with import() stay out (boot never runs a command itself).
 */
const commandsLeftOut = {
  name: 'commands-left-out',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

/** A module of src/, bundled in memory and imported, for the build to read from the code itself. */
async function importSource(entry, plugins = []) {
  const { outputFiles } = await build({ ...common, entryPoints: [entry], write: false, format: 'esm', plugins });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`);
}

/** What both bundles are: CommonJS files in dist/, minified unless BLOG_BUILD_MINIFY=0. */
const bundle = { ...common, outdir: 'dist', outExtension: { '.js': '.cjs' }, format: 'cjs', minify: process.env.BLOG_BUILD_MINIFY !== '0' };

/** The index cache's format version: a hash of the code that decides a cache file (see src/store/cache-format.ts). */
const { formatOfSources } = await importSource('src/store/cache-format-sources.ts');
/** The rendered-body cache's format: a hash of the renderer's code (see src/store/render-cache.ts). */
const { renderFormatOfSources } = await importSource('src/store/render-format.ts');

/** What dist/blog.cjs and dist/complete.cjs are built with. */
const cli = {
  ...bundle,
  // Both are run from src/boot/ through vm.Script, which has no loader for import(): turn lazy
  // imports (also of Node built-ins) into lazy require() calls.
  supported: { 'dynamic-import': false },
  legalComments: 'linked',
  // Each patch of a dependency is a file in scripts/patches/, saying what it saves.
  alias: patches.alias,
  define: {
    BLOG_VERSION: JSON.stringify(JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version),
    BLOG_CACHE_FORMAT: JSON.stringify(formatOfSources(root)),
    BLOG_RENDER_FORMAT: JSON.stringify(renderFormatOfSources(root)),
  },
};

/**
 * For dist/complete.cjs: the commands the registry loads lazily stay out. A Tab never runs a
 * command, and they were most of the bundle (888 KB, read at every Tab; about 200 KB without).
 */
const registryCommandsLeftOut = {
  name: 'registry-commands-left-out',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands\// }, (args) =>
      (args.kind === 'dynamic-import' && args.importer.endsWith(`${path.sep}src${path.sep}registry.ts`) ? { path: args.path, external: true } : undefined));
  },
};

await build({ ...cli, entryPoints: { blog: 'src/cli.ts' }, plugins: patches.plugins });
// complete.cjs: `blog __complete`, which src/boot runs without the CLI (src/completion/main.ts).
await build({ ...cli, entryPoints: { complete: 'src/completion/main.ts' }, plugins: [registryCommandsLeftOut, ...patches.plugins] });

asciiOnly(`${root}dist/blog.cjs`);
asciiOnly(`${root}dist/complete.cjs`);

await build({ ...bundle, entryPoints: { boot: 'src/boot/index.ts' }, plugins: [commandsLeftOut] });

/**
 * esbuild escapes every non-ASCII character in strings (charset ascii), but not in regular
 * expression literals: a few Hangul ranges like /[가-힣]/ made the whole bundle a two-byte string
 * for V8, twice the memory to read and scan at every start (about 1 ms). They are escaped here
 * (\uXXXX means the same code unit, in a class or not, with or without the u flag); any other
 * non-ASCII text left (a String.raw template, where an escape would change the value) fails the build.
 */
function asciiOnly(file) {
  const ts = createRequire(import.meta.url)('typescript');
  const text = readFileSync(file, 'utf8');
  if (/^[\x00-\x7f]*$/.test(text)) return;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && /[^\x00-\x7f]/.test(node.text)) edits.push(node);
    else ts.forEachChild(node, visit);
  };
  visit(source);
  let out = '';
  let done = 0;
  for (const node of edits) {
    const start = node.getStart(source);
    out += text.slice(done, start) + node.text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    done = node.end;
  }
  out += text.slice(done);
  const left = /[^\x00-\x7f]/.exec(out);
  // Unminified bundles keep comments, in Korean too: only a minified one must be all ASCII.
  if (left && bundle.minify) throw new Error(`${file}: non-ASCII text outside a regular expression at ${left.index}: ${JSON.stringify(out.slice(left.index - 40, left.index + 10))}`);
  writeFileSync(file, out);
}

/** The code caches src/registry.ts lists, read from the registry itself. */
async function codeCaches() {
  const registry = await importSource('src/registry.ts', [commandsLeftOut]);
  return [...registry.CODE_CACHES.keys()];
}

// Compile once now, for the Node that built us, what the commands need (see src/boot/): one
// process per code cache, all at once.
await Promise.all((await codeCaches()).map((kind) => new Promise((resolve, reject) => {
  const warm = spawn(process.execPath, [`${root}dist/boot.cjs`], {
    env: { ...process.env, BLOG_BUILD_CODE_CACHE: kind, NO_COLOR: '1', BLOG_DATA: '' },
    // stdout a pipe, not 'ignore': blog takes a read-write /dev/null for a closed stdout (src/output.ts).
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  warm.stdout.resume();
  warm.on('error', reject);
  warm.on('close', (status) => (status === 0 ? resolve() : reject(new Error(`building the ${kind} code cache failed`))));
})));
