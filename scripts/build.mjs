// Build: the whole CLI as one CommonJS bundle, dist/blog.cjs. One file means Node resolves no
// node_modules at start-up, and CommonJS starts faster than an ES module on Node 20 (no ESM
// loader to set up). Subcommands are still loaded lazily: each is a separate function in the bundle
// that runs only when its command does, and V8 compiles a function only when it first runs.
// Type checking is `tsc --noEmit`, run before this.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const here = (file) => fileURLToPath(new URL(file, import.meta.url));
rmSync(`${root}dist`, { recursive: true, force: true });

/** Every string-width in the bundle (ours, wrap-ansi's, cli-table3's older one) is src/render/string-width.ts. */
const oneStringWidth = {
  name: 'one-string-width',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, (args) => ({
      path: args.kind === 'require-call' ? here('./string-width.cjs') : here('../src/render/string-width.ts'),
    }));
  },
};

/** chalk's colour detection at load, replaced (see no-color-detection.mjs). */
const noChalkDetection = {
  name: 'no-chalk-detection',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, (args) =>
      /[\\/]chalk[\\/]/.test(args.importer) ? { path: here('./no-color-detection.mjs') } : undefined);
  },
};

/**
 * es-hangul declares no "sideEffects", so esbuild keeps all of its top-level tables (romanisation,
 * numbers, josa) though we use a few functions; it has no side effects, so let them be dropped.
 */
const esHangulWithoutSideEffects = {
  name: 'es-hangul-without-side-effects',
  setup(build) {
    build.onResolve({ filter: /^es-hangul$/ }, async (args) => {
      if (args.pluginData?.resolving) return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { resolving: true } });
      return { path: resolved.path, sideEffects: false };
    });
  },
};

/** commander's eager child_process, made lazy (see lazy-child-process.cjs). */
const lazyChildProcessForCommander = {
  name: 'lazy-child-process-for-commander',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: here('./lazy-child-process.cjs') } : undefined);
  },
};

/**
 * wrap-ansi creates an Intl.Segmenter when it is loaded: ICU makes that cost ~7 ms at every start
 * (measured with --cpu-prof), though it is used only to split words wider than a line. Create it
 * on first use instead. The build fails if a wrap-ansi update changes that line.
 */
const lazyWrapAnsiSegmenter = {
  name: 'lazy-wrap-ansi-segmenter',
  setup(build) {
    build.onLoad({ filter: /[\\/]wrap-ansi[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const eager = 'const segmenter = new Intl.Segmenter();';
      if (!source.includes(eager)) throw new Error(`wrap-ansi changed: "${eager}" not found in ${args.path}`);
      const lazy = 'let segmenterInstance; const segmenter = { segment: (text) => (segmenterInstance ??= new Intl.Segmenter()).segment(text) };';
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

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

await build({
  ...common,
  entryPoints: { blog: 'src/cli.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // dist/blog.cjs is run from src/boot/ through vm.Script, which has no loader for import():
  // turn lazy imports (also of Node built-ins) into lazy require() calls.
  supported: { 'dynamic-import': false },
  minify: process.env.BLOG_BUILD_MINIFY !== '0',
  legalComments: 'linked',
  // marked-terminal imports cli-highlight (every highlight.js grammar) and node-emoji at load time;
  // we render code and never emoji ourselves, so neither is worth loading.
  alias: { 'cli-highlight': here('./stub.mjs'), 'node-emoji': here('./stub.mjs') },
  plugins: [oneStringWidth, lazyWrapAnsiSegmenter, lazyChildProcessForCommander, noChalkDetection, esHangulWithoutSideEffects],
  define: { BLOG_VERSION: JSON.stringify(JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version) },
});

await build({
  ...common,
  entryPoints: { boot: 'src/boot/index.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  minify: process.env.BLOG_BUILD_MINIFY !== '0',
  plugins: [commandsLeftOut],
});

/** The code caches src/registry.ts lists, read from the registry itself. */
async function codeCaches() {
  const { outputFiles } = await build({ ...common, entryPoints: ['src/registry.ts'], write: false, format: 'esm', plugins: [commandsLeftOut] });
  const registry = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`);
  return [...registry.CODE_CACHES.keys()];
}

// Compile once now, for the Node that built us, what the commands need (see src/boot/).
for (const kind of await codeCaches()) {
  const warm = spawnSync(process.execPath, [`${root}dist/boot.cjs`], {
    env: { ...process.env, BLOG_BUILD_CODE_CACHE: kind, NO_COLOR: '1', BLOG_DATA: '' },
    // stdout a pipe, not 'ignore': blog takes a read-write /dev/null for a closed stdout (src/output.ts).
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (warm.status !== 0) throw new Error(`building the ${kind} code cache failed`);
}
