import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { colorLevel, terminalWidth as widthFor } from '../../src/output.js';
import { resolveSettings } from '../../src/settings/index.js';
import { toJson } from '../../src/render/json.js';
import { localeIsUtf8, pagerCommand, pagerEnv, runPager, splitCommand } from '../../src/render/pager.js';

const settings = (env: NodeJS.ProcessEnv, noColor = false) =>
  resolveSettings({ flags: noColor ? { color: false } : {}, env, config: undefined, bundledIndex: 'posts.json' });
const level = (env: NodeJS.ProcessEnv, isTTY = true, noColor = false) => colorLevel(settings(env, noColor).color, isTTY, 2);
const terminalWidth = (env: NodeJS.ProcessEnv, tty: { columns?: number } | undefined) => widthFor(settings(env).width, tty);

test('colour: on a terminal by default, off when piped', () => {
  assert.equal(level({}), 2);
  assert.equal(level({}, false), 0);
  assert.equal(level({ TERM: 'dumb' }), 0);
});

test('colour: --no-color beats everything, FORCE_COLOR beats NO_COLOR and pipes', () => {
  assert.equal(level({ FORCE_COLOR: '3' }, true, true), 0);
  assert.equal(level({ NO_COLOR: '1' }), 0);
  assert.equal(level({ NO_COLOR: '' }), 2, 'an empty NO_COLOR does not count');
  assert.equal(level({ FORCE_COLOR: '1', NO_COLOR: '1' }, false), 2);
  assert.equal(level({ FORCE_COLOR: '3' }, false), 3);
  assert.equal(level({ FORCE_COLOR: '0' }), 0);
  assert.equal(level({ FORCE_COLOR: 'false' }), 0);
});

test('width: COLUMNS when sensible, else the terminal (80 when it cannot say)', () => {
  assert.equal(terminalWidth({ COLUMNS: '120' }, { columns: 90 }), 120);
  assert.equal(terminalWidth({ COLUMNS: 'wide' }, { columns: 90 }), 90);
  assert.equal(terminalWidth({ COLUMNS: '' }, { columns: 0 }), 80);
  assert.throws(() => terminalWidth({ COLUMNS: '3' }, { columns: 90 }), /COLUMNS=3 is not a width blog can use/);
  assert.equal(terminalWidth({}, {}), 80);
  assert.equal(terminalWidth({ COLUMNS: '100' }, undefined), 100, 'COLUMNS counts when piped too');
});

test('width: piped output with COLUMNS unset (or not a number) has no width to fit', () => {
  assert.equal(terminalWidth({}, undefined), undefined);
  assert.equal(terminalWidth({ COLUMNS: 'wide' }, undefined), undefined);
});

test('json: C1 controls and bidi overrides are escaped, meaning unchanged', () => {
  const value = { title: '카프카\u009b2J\u202e' };
  const text = toJson(value);
  assert.doesNotMatch(text, /[\u009b\u202e]/);
  assert.deepEqual(JSON.parse(text), value);
});

test('pager: PAGER is split into words; empty or cat means no pager; default less', () => {
  assert.deepEqual(splitCommand(`less -R "-P a b" 'x y'`), ['less', '-R', '-P a b', 'x y']);
  assert.deepEqual(pagerCommand({}), ['less', '-R']);
  assert.equal(pagerCommand({ PAGER: '' }), undefined);
  assert.equal(pagerCommand({ PAGER: 'cat' }), undefined);
  assert.deepEqual(pagerCommand({ PAGER: 'most -s' }), ['most', '-s']);
});

test('pager: receives the whole text, with LESS defaulting to FRX', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-pager-'));
  const script = `cat > "${dir}/got"; printf %s "$LESS" > "${dir}/less"`;
  const text = '카프카\n'.repeat(500);
  assert.equal(await runPager(text, ['sh', '-c', script], {}), true);
  assert.equal(readFileSync(path.join(dir, 'got'), 'utf8'), text);
  assert.equal(readFileSync(path.join(dir, 'less'), 'utf8'), 'FRX');
  await runPager('x', ['sh', '-c', script], { LESS: 'R' });
  assert.equal(readFileSync(path.join(dir, 'less'), 'utf8'), 'R', 'a LESS the user set is honoured');
});

test('pager: a pager that quits early is fine; a missing pager reports false', async () => {
  assert.equal(await runPager('line\n'.repeat(200_000), ['sh', '-c', 'head -c 10 > /dev/null'], {}), true);
  assert.equal(await runPager('x', ['/no/such/pager'], {}), false);
});

test('pager: less always gets -R (colours) on top of the user\'s LESS; PAGER options come after it', () => {
  assert.deepEqual(pagerCommand({ LESS: '-i' }), ['less', '-R'], 'LESS=-i alone would show ESC[1m');
  assert.deepEqual(pagerCommand({ PAGER: 'less -S' }), ['less', '-R', '-S']);
  assert.deepEqual(pagerCommand({ PAGER: '/usr/bin/less' }), ['/usr/bin/less', '-R']);
  assert.deepEqual(pagerCommand({ PAGER: 'most' }), ['most'], 'other pagers get no less option');
  assert.deepEqual(pagerCommand({ PAGER: 'lesspipe' }), ['lesspipe']);
  assert.equal(pagerEnv({}).LESS, 'FRX', 'LESS unset: the default');
  assert.equal(pagerEnv({ LESS: '-i' }).LESS, '-i', 'a LESS the user set is kept');
});

test('pager: LESSCHARSET=utf-8 when the locale is not UTF-8, so less shows Hangul', () => {
  assert.equal(localeIsUtf8({ LANG: 'ko_KR.UTF-8' }), true);
  assert.equal(localeIsUtf8({ LC_ALL: 'C', LANG: 'ko_KR.UTF-8' }), false, 'LC_ALL comes first');
  assert.equal(localeIsUtf8({ LC_CTYPE: 'en_US.utf8', LANG: 'C' }), true, 'then LC_CTYPE');
  assert.equal(localeIsUtf8({ LC_ALL: '', LANG: 'C.UTF-8' }), true, 'an empty variable does not count');
  assert.equal(localeIsUtf8({}), false);
  assert.equal(pagerEnv({ LANG: 'C' }).LESSCHARSET, 'utf-8');
  assert.equal(pagerEnv({}).LESSCHARSET, 'utf-8');
  assert.equal(pagerEnv({ LANG: 'ko_KR.UTF-8' }).LESSCHARSET, undefined);
  assert.equal(pagerEnv({ LANG: 'C', LESSCHARSET: 'latin1' }).LESSCHARSET, 'latin1', 'the user\'s own is kept');
  assert.equal(pagerEnv({ LANG: 'C', LESSCHARDEF: '8bcccbcc18b95.b' }).LESSCHARSET, undefined);
});
