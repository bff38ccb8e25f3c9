// Changing the config file keeps what the user wrote around the key, and never writes a bad config.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { BlogError } from '../../src/errors.js';
import { readConfig } from '../../src/settings/config.js';
import { updateConfig } from '../../src/store/config-file.js';

const folder = () => mkdtempSync(path.join(tmpdir(), 'blog-config-'));

test('updateConfig: sets a key and keeps the comments and other keys', async () => {
  const dir = folder();
  writeFileSync(path.join(dir, 'config.json'), '{\n  // the pager I like\n  "pager": "less -S",\n}\n');
  await updateConfig(dir, 'timezone', 'Asia/Seoul');
  const text = readFileSync(path.join(dir, 'config.json'), 'utf8');
  assert.match(text, /\/\/ the pager I like/);
  assert.deepEqual((await readConfig(dir))?.values, { pager: 'less -S', timezone: 'Asia/Seoul' });
});

test('updateConfig: creates the file and its folder, and removes a key', async () => {
  const dir = path.join(folder(), 'blog');
  await updateConfig(dir, 'width', 80);
  assert.deepEqual((await readConfig(dir))?.values, { width: 80 });
  await updateConfig(dir, 'width', undefined);
  assert.deepEqual((await readConfig(dir))?.values, {});
});

test('updateConfig: a value against the rules is refused and the file is left as it was', async () => {
  const dir = folder();
  const before = '{ "color": false }\n';
  writeFileSync(path.join(dir, 'config.json'), before);
  await assert.rejects(updateConfig(dir, 'timezone', 'Mars/Olympus_Mons'), (error: unknown) =>
    error instanceof BlogError && /"timezone" must be an IANA time zone/.test(error.message));
  assert.equal(readFileSync(path.join(dir, 'config.json'), 'utf8'), before);
});

test('updateConfig: a broken config file is named, not overwritten', async () => {
  const dir = folder();
  writeFileSync(path.join(dir, 'config.json'), '{ "pager": ');
  await assert.rejects(updateConfig(dir, 'pager', 'more'), (error: unknown) => error instanceof BlogError && /invalid config file/.test(error.message));
  assert.equal(readFileSync(path.join(dir, 'config.json'), 'utf8'), '{ "pager": ');
});
