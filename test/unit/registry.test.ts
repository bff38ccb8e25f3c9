// The one command registry feeds the CLI, the boot code caches and the build.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildProgram } from '../../src/cli.js';
import { CODE_CACHES, codeCacheOf, COMMANDS, COMPLETE_COMMAND, PROGRAM } from '../../src/registry.js';
import { ROOT } from '../helpers.js';

test('registry: the CLI has exactly the registry\'s commands, arguments and options, in its order', () => {
  const program = buildProgram(undefined, '0.0.0');
  assert.deepEqual(program.commands.map((c) => c.name()), COMMANDS.map((c) => c.name));
  for (const spec of COMMANDS) {
    const command = program.commands.find((c) => c.name() === spec.name)!;
    assert.equal(command.description(), spec.description);
    assert.deepEqual(command.options.map((o) => o.flags), spec.options.map((o) => o.flags), spec.name);
    assert.deepEqual(command.registeredArguments.map((a) => a.description), spec.arguments.map((a) => a.description), spec.name);
    for (const example of spec.examples) assert.ok(helpText(command).includes(`\n  $ ${example}\n`), example);
  }
  assert.deepEqual(program.options.map((o) => o.flags), ['-V, --version', ...PROGRAM.options.map((o) => o.flags)]);
});

test('registry: every command line picks the code cache of the first word naming a command that has one', () => {
  assert.equal(codeCacheOf(['list', '-n', '3']), 'list');
  assert.equal(codeCacheOf(['--data', 'x.json', 'show', '7']), 'show');
  assert.equal(codeCacheOf(['help', 'search']), 'search');
  assert.equal(codeCacheOf(['help']), 'other', 'help has no cache of its own');
  assert.equal(codeCacheOf(['--version']), 'other');
  assert.equal(codeCacheOf(['other']), 'other');
  assert.equal(codeCacheOf(['--data', COMPLETE_COMMAND, 'list']), 'list', "__complete's cache is for dist/complete.cjs only");
  assert.deepEqual([...CODE_CACHES.keys()], [...COMMANDS.filter((c) => c.warmUp).map((c) => c.name), 'other', COMPLETE_COMMAND]);
});

test('registry: the build made one code cache per registry entry that has warm-ups, and one for the rest', () => {
  const version = `${process.version}-${process.arch}`;
  for (const kind of CODE_CACHES.keys()) {
    assert.ok(existsSync(path.join(ROOT, 'dist', `blog-${kind}-${version}.cache`)), kind);
  }
});

/** The whole help of a command, with the text after it (the examples). */
function helpText(command: ReturnType<typeof buildProgram>): string {
  let text = '';
  command.configureOutput({ writeOut: (s) => (text += s) });
  command.outputHelp();
  return text;
}
