// The shape of the code that the README promises: commands never import each other.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers.js';

/** The files a module imports (statically or with import()), resolved; packages left out. */
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;]*?\bfrom '(\.[^']*)'|\bimport\('(\.[^']*)'\)/gm)]
    .map((m) => path.resolve(path.dirname(file), (m[1] ?? m[2])!));

test('structure: a command module imports no other command module', () => {
  const dir = path.join(ROOT, 'src', 'commands');
  const files = readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.ts')).map((name) => path.join(dir, name));
  for (const file of files) {
    const inCommands = importsOf(file).filter((target) => target.startsWith(dir + path.sep));
    assert.deepEqual(inCommands, [], path.relative(ROOT, file));
  }
});
