// The shape of the code that the README promises: commands never import each other.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers.js';

/** The files a module imports (statically or with import()), resolved; packages left out. */
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;]*?\bfrom '(\.[^']*)'|\bimport\('(\.[^']*)'\)|^import '(\.[^']*)'/gm)]
    .map((m) => path.resolve(path.dirname(file), (m[1] ?? m[2] ?? m[3])!));

test('structure: a command module imports no other command module', () => {
  const dir = path.join(ROOT, 'src', 'commands');
  const files = readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.ts')).map((name) => path.join(dir, name));
  for (const file of files) {
    const inCommands = importsOf(file).filter((target) => target.startsWith(dir + path.sep));
    assert.deepEqual(inCommands, [], path.relative(ROOT, file));
  }
});

/** Every .ts file under src/ (absolute paths, .js specifiers resolved to .ts). */
const sources = () => readdirSync(path.join(ROOT, 'src'), { recursive: true }).map(String)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts')).map((name) => path.join(ROOT, 'src', name));
const toSource = (target: string) => target.replace(/\.js$/, '.ts');
const rel = (file: string) => path.relative(path.join(ROOT, 'src'), file).split(path.sep).join('/');

test('structure: the core imports nothing but the core; render never imports the store or reads files', () => {
  for (const file of sources()) {
    const name = rel(file);
    const targets = importsOf(file).map((target) => rel(toSource(target)));
    if (name.startsWith('core/')) assert.deepEqual(targets.filter((t) => !t.startsWith('core/')), [], name);
    if (name.startsWith('render/')) {
      assert.deepEqual(targets.filter((t) => /^(store|settings|commands|present)\/|^(cli|output)\.ts$/.test(t)), [], name);
      assert.doesNotMatch(readFileSync(file, 'utf8'), /from 'node:fs(\/promises)?'|import\('node:fs/, `${name} reads no files`);
    }
  }
});

test('structure: no import cycles in src/', () => {
  const graph = new Map(sources().map((file) => [file, importsOf(file).map(toSource)]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (file: string, trail: string[]): void => {
    if (state.get(file) === 'done') return;
    assert.notEqual(state.get(file), 'visiting', `cycle: ${[...trail, file].map(rel).join(' -> ')}`);
    state.set(file, 'visiting');
    for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
});

test('structure: the picker\'s terminal UI (src/tui) knows no index, settings or command, and reads no files', () => {
  for (const file of sources()) {
    const name = rel(file);
    if (!name.startsWith('tui/')) continue;
    const targets = importsOf(file).map((target) => rel(toSource(target)));
    assert.deepEqual(targets.filter((t) => /^(store|settings|commands|present)\/|^(cli|output)\.ts$/.test(t)), [], name);
    assert.doesNotMatch(readFileSync(file, 'utf8'), /from 'node:fs(\/promises)?'|import\('node:fs/, `${name} reads no files`);
  }
});

test('structure: only the pick command imports src/tui, so other commands never load the picker', () => {
  const importers = sources().filter((file) => !rel(file).startsWith('tui/') && importsOf(file).some((target) => rel(toSource(target)).startsWith('tui/')));
  assert.deepEqual(importers.map(rel), ['commands/pick.ts']);
});
