// `blog config get|set|unset|list|path`, run in-process against a config folder of the test's own.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { CONFIG_KEYS } from '../../src/settings/schema.js';
import { runInProcess, validPost, writeBlog } from '../helpers.js';

const configHome = () => mkdtempSync(path.join(tmpdir(), 'blog-config-cmd-'));
const fileIn = (home: string) => path.join(home, 'blog', 'config.json');
const run = (home: string, args: string[], env: Record<string, string | undefined> = {}) =>
  runInProcess(['config', ...args], { XDG_CONFIG_HOME: home, ...env });

test('config path: the config file under XDG_CONFIG_HOME, whether or not it exists', async () => {
  const home = configHome();
  const result = await run(home, ['path']);
  assert.deepEqual([result.status, result.stdout], [0, `${fileIn(home)}\n`]);
});

test('config set/get: values take the key\'s type, round trips keep the comments already in the file', async () => {
  const home = configHome();
  mkdirSync(path.join(home, 'blog'));
  writeFileSync(fileIn(home), '{\n  // my pager\n  "pager": "less -S", /* wide */\n}\n');
  for (const [key, typed] of [['width', '120'], ['color', 'false'], ['timezone', 'Asia/Seoul'], ['pager', 'most']]) {
    const set = await run(home, ['set', key!, typed!]);
    assert.equal(set.status, 0, set.stderr);
  }
  const text = readFileSync(fileIn(home), 'utf8');
  assert.match(text, /\/\/ my pager/);
  assert.match(text, /\/\* wide \*\//);
  assert.deepEqual(JSON.parse(text.replace(/\/\/.*|\/\*.*?\*\//g, '').replace(/,(\s*})/, '$1')),
    { pager: 'most', width: 120, color: false, timezone: 'Asia/Seoul' });
  assert.equal((await run(home, ['get', 'width'])).stdout, '120\n');
  assert.equal((await run(home, ['get', 'color'])).stdout, 'false\n');
  assert.deepEqual(JSON.parse((await run(home, ['get', 'width', '--json'])).stdout), { key: 'width', value: 120, source: 'config' });
  const unset = await run(home, ['unset', 'pager']);
  assert.equal(unset.status, 0);
  assert.match(readFileSync(fileIn(home), 'utf8'), /\/\* wide \*\//);
  assert.equal((await run(home, ['get', 'pager'])).status, 1);
});

test('config set: a bad value is refused with the key\'s rule, exit 2, and the file is left byte for byte', async () => {
  const home = configHome();
  mkdirSync(path.join(home, 'blog'));
  const before = '{ "width": 90 } // mine\n';
  writeFileSync(fileIn(home), before);
  for (const [key, typed, rule] of [['width', '5', /"width" must be a whole number of columns from 10 to 1000, got 5/], ['width', 'wide', /got "wide"/],
    ['color', 'yes', /"color" must be true or false, got "yes"/], ['timezone', 'Mars/Base', /"timezone" must be an IANA time zone/],
    ['data', ' ', /"data" must be the path of an index file/]] as const) {
    const result = await run(home, ['set', key, typed]);
    assert.equal(result.status, 2, `${key} ${typed}`);
    assert.match(result.stderr, rule);
    assert.equal(result.stderr.split('\n').length, 2, 'one line');
    assert.equal(readFileSync(fileIn(home), 'utf8'), before);
  }
});

test('config: an unknown key or action is exit 2 naming the keys (or actions); missing arguments too', async () => {
  const home = configHome();
  for (const args of [['get', 'colour'], ['set', 'colour', 'true'], ['unset', 'colour']]) {
    const result = await run(home, args);
    assert.equal(result.status, 2);
    assert.equal(result.stderr, `blog: unknown config key "colour"; the keys are ${Object.keys(CONFIG_KEYS).join(', ')}\n`);
  }
  const action = await run(home, ['show']);
  assert.equal(action.status, 2);
  assert.match(action.stderr, /unknown config action "show"; use one of get, set, unset, list, path/);
  for (const args of [['set', 'width'], ['get'], ['path', 'extra']]) assert.equal((await run(home, args)).status, 2, args.join(' '));
});

test('config get: exit 1 when the file does not set the key; --effective gives the value in force and its source', async () => {
  const home = configHome();
  const unset = await run(home, ['get', 'width']);
  assert.equal(unset.status, 1);
  assert.match(unset.stderr, /"width" is not set in .*config\.json; see the value in force with: blog config get width --effective/);
  assert.equal((await run(home, ['get', 'width', '--effective'], { COLUMNS: '77' })).stdout, '77\n');
  assert.deepEqual(JSON.parse((await run(home, ['get', 'pager', '--effective', '--json'], { PAGER: 'more' })).stdout),
    { key: 'pager', value: 'more', source: 'env', name: 'PAGER' });
});

test('config list: every key with its value in force and where it comes from: flag, env, config or default', async () => {
  const home = configHome();
  assert.equal((await run(home, ['set', 'pager', 'less -S'])).status, 0);
  const result = await runInProcess(['--data', '/x/posts.json', 'config', 'list', '--json'], { XDG_CONFIG_HOME: home, COLUMNS: '70' });
  const rows = JSON.parse(result.stdout) as { key: string; source: string; value: unknown; name?: string }[];
  assert.deepEqual(rows.map((row) => row.key), Object.keys(CONFIG_KEYS));
  const byKey = Object.fromEntries(rows.map(({ key, ...rest }) => [key, rest]));
  assert.deepEqual(byKey.data, { value: '/x/posts.json', source: 'flag', name: '--data' });
  assert.deepEqual(byKey.pager, { value: 'less -S', source: 'config' });
  assert.deepEqual(byKey.width, { value: 70, source: 'env', name: 'COLUMNS' });
  assert.equal(byKey.color!.source, 'env', 'NO_COLOR is set by the tests');
  assert.equal(byKey.timezone!.source, 'default');
  const text = await run(home, ['list'], { BLOG_DATA: '/env/posts.json' });
  assert.match(text.stdout, /^data +\/env\/posts\.json +\(env BLOG_DATA\)$/m);
  assert.match(text.stdout, /^pager +less -S +\(config\)$/m);
});

test('config set data: a relative path is made absolute from the current folder; ~/ is kept as typed', async () => {
  const home = configHome();
  await run(home, ['set', 'data', 'some/posts.json']);
  assert.equal((await run(home, ['get', 'data'])).stdout, `${path.resolve('some/posts.json')}\n`);
  const tilde = await run(home, ['set', 'data', '~/blog/posts.json'], { HOME: '/nowhere/me' });
  assert.match(tilde.stderr, /note: \/nowhere\/me\/blog\/posts\.json does not exist yet/);
  assert.equal((await run(home, ['get', 'data'])).stdout, '~/blog/posts.json\n');
  assert.equal((await run(home, ['get', 'data', '--effective'], { HOME: '/nowhere/me' })).stdout, '/nowhere/me/blog/posts.json\n');
  const folder = mkdtempSync(path.join(tmpdir(), 'blog-data-folder-'));
  assert.match((await run(home, ['set', 'data', folder])).stderr, /^blog: note: the folder .* has no posts\.json yet; blog reads it once it has\n$/);
  assert.equal((await run(home, ['set', 'data', path.dirname(writeBlog({ posts: [validPost()] }))])).stderr, '', 'a blog folder is no news');
});

test('data: a folder names its posts.json, at every level: --data beats BLOG_DATA, which beats the config file, which beats the bundled blog', async () => {
  const folderOf = (title: string) => path.dirname(writeBlog({ posts: [validPost({ title })] }));
  const [flag, env, config] = [folderOf('플래그의 블로그'), folderOf('환경의 블로그'), folderOf('설정의 블로그')];
  const home = configHome();
  const list = (args: string[], vars: Record<string, string | undefined> = {}) => runInProcess([...args, 'list'], { XDG_CONFIG_HOME: home, ...vars });
  assert.match((await list([])).stdout, /8 posts/, 'the bundled blog');
  assert.equal((await run(home, ['set', 'data', config])).status, 0);
  assert.match((await list([])).stdout, /설정의 블로그/);
  assert.match((await list([], { BLOG_DATA: env })).stdout, /환경의 블로그/);
  assert.match((await list(['--data', flag], { BLOG_DATA: env })).stdout, /플래그의 블로그/);
});

test('data: a folder with no posts.json is exit 2 with one line naming the folder and the file it looked for', async () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'blog-empty-'));
  const result = await runInProcess(['--data', empty, 'list']);
  assert.equal(result.status, 2);
  assert.equal(result.stderr, `blog: the folder ${empty} has no posts.json; name an index file, or import a blog into that folder with: blog --data ${empty} import SOURCE\n`);
});

test('config: a config file with a bad value stops other commands, but blog config set/unset mends it and path still answers', async () => {
  const home = configHome();
  mkdirSync(path.join(home, 'blog'));
  writeFileSync(fileIn(home), '{\n  // too narrow\n  "width": 5,\n  "pager": "less"\n}\n');
  const list = await runInProcess(['list'], { XDG_CONFIG_HOME: home });
  assert.equal(list.status, 2);
  assert.match(list.stderr, /^blog: invalid config file .*config\.json: "width" must be a whole number of columns from 10 to 1000, got 5; fix it/);
  assert.equal((await run(home, ['path'])).stdout, `${fileIn(home)}\n`);
  for (const args of [['list'], ['get', 'pager']]) assert.equal((await run(home, args)).status, 2, 'get and list would not tell what is in force');
  const other = await run(home, ['set', 'pager', 'more']);
  assert.equal(other.status, 2, 'an edit elsewhere does not hide the problem');
  assert.match(other.stderr, /"width" must be/);
  const mended = await run(home, ['set', 'width', '100']);
  assert.equal(mended.status, 0, mended.stderr);
  assert.match(readFileSync(fileIn(home), 'utf8'), /\/\/ too narrow\n {2}"width": 100,/);
  assert.equal((await runInProcess(['list'], { XDG_CONFIG_HOME: home })).status, 0);
  writeFileSync(fileIn(home), '{ "color": "yes" }');
  assert.equal((await run(home, ['unset', 'color'])).status, 0);
  assert.equal((await runInProcess(['list'], { XDG_CONFIG_HOME: home })).status, 0);
  writeFileSync(fileIn(home), '{ "color": ');
  assert.equal((await run(home, ['unset', 'color'])).status, 2, 'text that is not JSON is never edited');
  assert.equal(readFileSync(fileIn(home), 'utf8'), '{ "color": ');
});
