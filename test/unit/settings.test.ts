// One settings layer: flag > environment > config file > defaults, the XDG folders, and the config file.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { BlogError, EXIT } from '../../src/errors.js';
import { readConfig } from '../../src/settings/config.js';
import { resolveSettings, type Flags, type Settings } from '../../src/settings/index.js';
import { blogPaths } from '../../src/settings/paths.js';
import { CONFIG_KEYS } from '../../src/settings/schema.js';
import { runInProcess, validPost, writeBlog } from '../helpers.js';

const CONFIG_DIR = '/home/me/.config/blog';
const settingsOf = (flags: Flags, env: Record<string, string>, config?: Record<string, unknown>): Settings =>
  resolveSettings({ flags, env, config: config && { file: path.join(CONFIG_DIR, 'config.json'), values: config }, bundledIndex: '/pkg/data/posts.json' });

type Row = [what: string, flags: Flags, env: Record<string, string>, config: Record<string, unknown> | undefined, expected: unknown];

const PRECEDENCE: Record<string, { pick: (s: Settings) => unknown; rows: Row[] }> = {
  data: {
    pick: (s) => s.data,
    rows: [
      ['--data beats everything', { data: 'flag.json' }, { BLOG_DATA: '/env.json' }, { data: '/config.json' }, 'flag.json'],
      ['BLOG_DATA beats the config file', {}, { BLOG_DATA: '/env.json' }, { data: '/config.json' }, '/env.json'],
      ['an empty BLOG_DATA does not count', {}, { BLOG_DATA: '' }, { data: '/config.json' }, '/config.json'],
      ['the config file, relative to its folder', {}, {}, { data: 'blog/posts.json' }, path.join(CONFIG_DIR, 'blog/posts.json')],
      ['the config file, ~/ the home folder', {}, { HOME: '/home/me' }, { data: '~/blog/posts.json' }, '/home/me/blog/posts.json'],
      ['the bundled blog by default', {}, {}, undefined, '/pkg/data/posts.json'],
    ],
  },
  color: {
    pick: (s) => s.color,
    rows: [
      ['--no-color beats FORCE_COLOR', { color: false }, { FORCE_COLOR: '3' }, { color: true }, 'never'],
      ['FORCE_COLOR beats NO_COLOR', {}, { FORCE_COLOR: '1', NO_COLOR: '1' }, undefined, 'always'],
      ['FORCE_COLOR=2 is a level', {}, { FORCE_COLOR: '2' }, undefined, 2],
      ['FORCE_COLOR=0 is off, beating the config file', {}, { FORCE_COLOR: '0' }, { color: true }, 'never'],
      ['NO_COLOR beats the config file', {}, { NO_COLOR: '1' }, { color: true }, 'never'],
      ['an empty NO_COLOR does not count', {}, { NO_COLOR: '' }, { color: false }, 'never'],
      ['config color: true colours even when piped', {}, {}, { color: true }, 'always'],
      ['config color: false', {}, {}, { color: false }, 'never'],
      ['a dumb terminal', {}, { TERM: 'dumb' }, undefined, 'never'],
      ['on a terminal by default', {}, {}, undefined, 'auto'],
    ],
  },
  width: {
    pick: (s) => s.width,
    rows: [
      ['COLUMNS beats the config file', {}, { COLUMNS: '120' }, { width: 70 }, 120],
      ['a COLUMNS that is no width does not count', {}, { COLUMNS: 'wide' }, { width: 70 }, 70],
      ['the config file', {}, {}, { width: 70 }, 70],
      ["the terminal's by default", {}, {}, undefined, undefined],
    ],
  },
  pager: {
    pick: (s) => s.pager,
    rows: [
      ['PAGER beats the config file', {}, { PAGER: 'most' }, { pager: 'less -S' }, ['most']],
      ['an empty PAGER is no pager, beating the config file', {}, { PAGER: '' }, { pager: 'less -S' }, undefined],
      ['the config file (less gets -R)', {}, {}, { pager: 'less -S' }, ['less', '-R', '-S']],
      ['config pager "cat" is no pager', {}, {}, { pager: 'cat' }, undefined],
      ['less by default', {}, {}, undefined, ['less', '-R']],
    ],
  },
  cache: {
    pick: (s) => [s.paths.cache, s.noCache],
    rows: [
      ['BLOG_CACHE_DIR beats XDG_CACHE_HOME', {}, { BLOG_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x', HOME: '/h' }, undefined, ['/c', false]],
      ['XDG_CACHE_HOME', {}, { XDG_CACHE_HOME: '/x', HOME: '/h', BLOG_NO_CACHE: '1' }, undefined, ['/x/blog', true]],
      ['~/.cache by default', {}, { HOME: '/h' }, undefined, ['/h/.cache/blog', false]],
    ],
  },
  timezone: {
    pick: (s) => s.timezone,
    rows: [
      ['the config file', {}, {}, { timezone: 'Asia/Seoul' }, 'Asia/Seoul'],
      ['the system\'s by default', {}, {}, undefined, new Intl.DateTimeFormat().resolvedOptions().timeZone],
    ],
  },
  debug: {
    pick: (s) => s.debug,
    rows: [['BLOG_DEBUG', {}, { BLOG_DEBUG: '1' }, undefined, true], ['no BLOG_DEBUG', {}, { BLOG_DEBUG: '' }, undefined, false]],
  },
  hyperlinks: {
    pick: (s) => s.hyperlinks,
    rows: [
      ['FORCE_HYPERLINK=1', {}, { FORCE_HYPERLINK: '1' }, undefined, 'always'],
      ['FORCE_HYPERLINK=0 beats a terminal that shows links', {}, { FORCE_HYPERLINK: '0', TERM_PROGRAM: 'WezTerm' }, undefined, 'never'],
      ['a terminal that shows links', {}, { TERM_PROGRAM: 'WezTerm' }, undefined, 'terminal'],
    ],
  },
};

for (const [name, { pick, rows }] of Object.entries(PRECEDENCE)) {
  test(`settings: ${name} is taken from the flag, then the environment, then the config file, then the default`, () => {
    for (const [what, flags, env, config, expected] of rows) assert.deepEqual(pick(settingsOf(flags, env, config)), expected, what);
  });
}

test('settings: every key of the config file schema has a row in the precedence table', () => {
  for (const key of Object.keys(CONFIG_KEYS)) {
    assert.ok(PRECEDENCE[key]?.rows.some((row) => row[3] !== undefined && key in row[3]), key);
  }
});

test('paths: the XDG folders on every OS, a relative XDG value ignored, else the folders under HOME', () => {
  const cases: [Record<string, string>, { config: string; cache: string; state: string; data: string }][] = [
    [{ HOME: '/h' }, { config: '/h/.config/blog', cache: '/h/.cache/blog', state: '/h/.local/state/blog', data: '/h/.local/share/blog' }],
    [{ HOME: '/h', XDG_CONFIG_HOME: '/xc', XDG_CACHE_HOME: '/xk', XDG_STATE_HOME: '/xs', XDG_DATA_HOME: '/xd' },
      { config: '/xc/blog', cache: '/xk/blog', state: '/xs/blog', data: '/xd/blog' }],
    [{ HOME: '/h', XDG_CONFIG_HOME: 'relative', XDG_CACHE_HOME: '' }, { config: '/h/.config/blog', cache: '/h/.cache/blog', state: '/h/.local/state/blog', data: '/h/.local/share/blog' }],
  ];
  for (const [env, expected] of cases) {
    const paths = blogPaths(env);
    assert.deepEqual({ config: paths.config, cache: paths.cache, state: paths.state, data: paths.data }, expected, JSON.stringify(env));
  }
});

const configDir = (text: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-config-'));
  mkdirSync(path.join(dir, 'blog'));
  writeFileSync(path.join(dir, 'blog', 'config.json'), text);
  return dir;
};

test('config file: JSON with comments and trailing commas; no file is no config', async () => {
  const dir = configDir('// mine\n{\n  /* the pager */ "pager": "less -S",\n  "color": false,\n  "width": 90,\n}\n');
  assert.deepEqual((await readConfig(path.join(dir, 'blog')))?.values, { pager: 'less -S', color: false, width: 90 });
  assert.equal(await readConfig(path.join(dir, 'nothing-here')), undefined);
});

test('config file: a file that cannot be used is one line naming it, exit 2', async () => {
  const cases: [string, RegExp][] = [
    ['{"pager": "less",,}', /: not valid JSON at line 1, column 18: property name expected$/],
    ['{\n  "width": 5\n}', /: "width" must be a whole number of columns from 10 to 1000, got 5$/],
    ['{"width": 1001}', /: "width" must be a whole number of columns from 10 to 1000, got 1001$/],
    ['{"colour": false}', /: unknown key "colour" \(the keys are data, pager, color, width, timezone\)$/],
    ['{"timezone": "Asia/Atlantis"}', /: "timezone" must be an IANA time zone name, like "Asia\/Seoul" or "UTC", got "Asia\/Atlantis"$/],
    ['{"color": "yes"}', /: "color" must be true or false, got "yes"$/],
    ['[1, 2]', /: it must be a JSON object/],
  ];
  for (const [text, problem] of cases) {
    const folder = path.join(configDir(text), 'blog');
    const error = await readConfig(folder).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof BlogError, text);
    assert.equal(error.exitCode, EXIT.USAGE);
    assert.ok(error.message.startsWith(`invalid config file ${path.join(folder, 'config.json')}: `), error.message);
    assert.match(error.message, problem, text);
  }
});

test('config file: the CLI reads it from $XDG_CONFIG_HOME/blog, and a flag or the environment still wins', async () => {
  const mine = writeBlog({ posts: [validPost({ title: '설정 파일의 블로그' })] });
  const other = writeBlog({ posts: [validPost({ title: '환경 변수의 블로그' })] });
  const XDG_CONFIG_HOME = configDir(JSON.stringify({ data: mine, color: true }));
  const fromConfig = await runInProcess(['list'], { XDG_CONFIG_HOME, NO_COLOR: undefined });
  assert.equal(fromConfig.status, 0, fromConfig.stderr);
  assert.match(fromConfig.stdout, /설정 파일의 블로그/);
  assert.match(fromConfig.stdout, /\x1b\[/, 'color: true colours piped output');
  assert.match((await runInProcess(['list'], { XDG_CONFIG_HOME, BLOG_DATA: other })).stdout, /환경 변수의 블로그/);
  const flagged = await runInProcess(['--no-color', '--data', other, 'list'], { XDG_CONFIG_HOME, NO_COLOR: undefined });
  assert.match(flagged.stdout, /환경 변수의 블로그/);
  assert.doesNotMatch(flagged.stdout, /\x1b/);
});

test('config file: a bad one is a usage error for commands, one line naming the file; help and version still work', async () => {
  const XDG_CONFIG_HOME = configDir('{"width": "wide"}');
  const file = path.join(XDG_CONFIG_HOME, 'blog', 'config.json');
  const result = await runInProcess(['list'], { XDG_CONFIG_HOME });
  assert.deepEqual([result.status, result.stdout], [EXIT.USAGE, '']);
  assert.equal(result.stderr, `blog: invalid config file ${file}: "width" must be a whole number of columns from 10 to 1000, got "wide"; fix it, or delete it to use the defaults\n`);
  assert.equal((await runInProcess(['--version'], { XDG_CONFIG_HOME })).status, 0);
  assert.equal((await runInProcess(['--help'], { XDG_CONFIG_HOME })).status, 0);
});

test('config file: width lays out like COLUMNS; pager is used on a terminal unless PAGER says otherwise', async () => {
  const paged = path.join(mkdtempSync(path.join(tmpdir(), 'blog-paged-')), 'paged');
  const XDG_CONFIG_HOME = configDir(JSON.stringify({ width: 40, pager: `sh -c 'cat > ${paged}'` }));
  const tty = { columns: 100, rows: 10 };
  const shown = await runInProcess(['show', '7'], { XDG_CONFIG_HOME, PAGER: undefined }, { tty });
  assert.equal(shown.stdout, '', 'the pager, not blog, wrote the post');
  assert.match(readFileSync(paged, 'utf8'), /^카프카 - URP, Under Min ISR$/m);
  const direct = await runInProcess(['show', '7'], { XDG_CONFIG_HOME, PAGER: 'cat' }, { tty });
  assert.match(direct.stdout, /^카프카 - URP, Under Min ISR$/m, 'PAGER=cat beats the config file');
  const narrow = await runInProcess(['list'], { XDG_CONFIG_HOME, COLUMNS: undefined });
  assert.ok(narrow.stdout.split('\n').some((line) => line.endsWith('…')), narrow.stdout);
  const wide = await runInProcess(['list'], { XDG_CONFIG_HOME, COLUMNS: '200' });
  assert.ok(!wide.stdout.includes('…'), 'COLUMNS beats it');
});

