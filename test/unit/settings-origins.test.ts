// Settings.origins, for `blog config list`: the value in force of each config key and where it
// comes from, in the same order resolveSettings applies (flag > environment > config > default).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveSettings, type Flags } from '../../src/settings/index.js';

const origins = (flags: Flags, env: Record<string, string>, config?: Record<string, unknown>) =>
  resolveSettings({ flags, env, config: config && { file: '/home/me/.config/blog/config.json', values: config }, bundledIndex: '/pkg/data/posts.json' }).origins;

test('origins: colour from --no-color, FORCE_COLOR, NO_COLOR, TERM=dumb, the config file or the default', () => {
  assert.deepEqual(origins({ color: false }, { FORCE_COLOR: '1' }).color, { value: false, source: 'flag', name: '--no-color' });
  assert.deepEqual(origins({}, { FORCE_COLOR: '1', NO_COLOR: '1' }, { color: false }).color, { value: true, source: 'env', name: 'FORCE_COLOR' });
  assert.deepEqual(origins({}, { NO_COLOR: '1' }, { color: true }).color, { value: false, source: 'env', name: 'NO_COLOR' });
  assert.deepEqual(origins({}, {}, { color: true }).color, { value: true, source: 'config' });
  assert.deepEqual(origins({}, { TERM: 'dumb' }).color, { value: false, source: 'env', name: 'TERM' });
  assert.deepEqual(origins({}, {}).color, { value: 'auto', source: 'default' });
});

test('origins: data, pager, width and timezone follow the same order as the settings themselves', () => {
  const config = { data: 'mine/posts.json', pager: 'most', width: 90, timezone: 'Asia/Seoul' };
  assert.deepEqual(origins({}, {}, config), {
    data: { value: '/home/me/.config/blog/mine/posts.json', source: 'config' },
    pager: { value: 'most', source: 'config' },
    color: { value: 'auto', source: 'default' },
    width: { value: 90, source: 'config' },
    timezone: { value: 'Asia/Seoul', source: 'config' },
  });
  const env = origins({ data: 'flag.json' }, { BLOG_DATA: '/env.json', PAGER: '', COLUMNS: '120' }, config);
  assert.deepEqual([env.data, env.pager, env.width], [
    { value: 'flag.json', source: 'flag', name: '--data' }, { value: '', source: 'env', name: 'PAGER' }, { value: 120, source: 'env', name: 'COLUMNS' }]);
  assert.deepEqual(origins({}, { BLOG_DATA: '/env.json' }).data, { value: '/env.json', source: 'env', name: 'BLOG_DATA' });
  const defaults = origins({}, {});
  assert.deepEqual([defaults.data, defaults.pager, defaults.width], [
    { value: '/pkg/data/posts.json', source: 'default' }, { value: 'less', source: 'default' }, { value: null, source: 'default' }]);
  assert.equal(defaults.timezone.source, 'default');
  assert.equal(typeof defaults.timezone.value, 'string');
});
