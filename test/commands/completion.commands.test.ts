// `blog completion SHELL` and the hidden `blog __complete WORDS…` in-process, through the source
// and the bundle: which blog the candidates come from (the line's --data, BLOG_DATA, the config
// file), bash's quoted words, and that a Tab never prints an error.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { CLIS, runInProcess, validPost, writeBlog } from '../helpers.js';

const spaced = writeBlog({ posts: [
  validPost({ id: 1, slug: 'trip', title: '제주 여행', category: '일상 기록', tags: ['C#: 팁'] }),
  validPost({ id: 2, slug: 'notes', title: '메모', category: '일상 기록/여행', tags: ['메모'] }),
] });
const other = writeBlog({ posts: [validPost({ id: 9, slug: 'elsewhere', title: '다른 블로그', category: '다른' })] });

const values = (stdout: string) => stdout.split('\n').slice(0, -2).map((line) => line.split('\t')[0]);

for (const [name, cli] of CLIS) {
  test(`__complete (${name}): candidates and the directive on stdout, exit 0, nothing on stderr`, async () => {
    const result = await runInProcess(['__complete', 'show', 'ㅋㅍ'], {}, { cli });
    assert.deepEqual(result, { stdout: 'kafka-urp-under-min-isr\t카프카 - URP, Under Min ISR\n:100\n', stderr: '', status: 0 });
    assert.deepEqual(await runInProcess(['__complete', 'li'], {}, { cli }), { stdout: 'list\tlist posts as a table, newest first\n:4\n', stderr: '', status: 0 });
  });
}

test('__complete: the blog is the line\'s --data, else BLOG_DATA, else the config file\'s, else the sample', async () => {
  assert.deepEqual(values((await runInProcess(['__complete', '--data', spaced, 'category', ''], { BLOG_DATA: other })).stdout), ['일상 기록', '일상 기록/여행']);
  assert.deepEqual(values((await runInProcess(['__complete', 'category', ''], { BLOG_DATA: other })).stdout), ['다른']);
  const config = mkdtempSync(path.join(tmpdir(), 'blog-config-'));
  mkdirSync(path.join(config, 'blog'));
  writeFileSync(path.join(config, 'blog', 'config.json'), JSON.stringify({ data: spaced }));
  assert.deepEqual(values((await runInProcess(['__complete', 'category', ''], { XDG_CONFIG_HOME: config })).stdout), ['일상 기록', '일상 기록/여행']);
  assert.deepEqual(values((await runInProcess(['__complete', 'category', ''])).stdout), ['개발', '개발/기술']);
});

test('__complete: --data ~/FILE on the line is read from the home folder, as the shell will expand it', async () => {
  const home = path.dirname(other);
  const result = await runInProcess(['__complete', '--data', `~/${path.basename(other)}`, 'show', ''], { HOME: home });
  assert.deepEqual(values(result.stdout), ['elsewhere']);
});

test('__complete: an index that cannot be read, or a bad config file, completes to nothing, silently', async () => {
  const broken = writeBlog('{ not json');
  assert.deepEqual(await runInProcess(['__complete', '--data', broken, 'show', '']), { stdout: ':4\n', stderr: '', status: 0 });
  const config = mkdtempSync(path.join(tmpdir(), 'blog-config-'));
  mkdirSync(path.join(config, 'blog'));
  writeFileSync(path.join(config, 'blog', 'config.json'), '{ "data": 5 }');
  assert.deepEqual(await runInProcess(['__complete', 'category', ''], { XDG_CONFIG_HOME: config }), { stdout: ':4\n', stderr: '', status: 0 });
  assert.deepEqual(await runInProcess(['__complete', 'show', ''], { COLUMNS: '0' }), { stdout: ':4\n', stderr: '', status: 0 });
});

test('__complete: from bash (BLOG_COMPLETE_SHELL=bash) the words are unquoted first', async () => {
  const env = { BLOG_COMPLETE_SHELL: 'bash' };
  assert.deepEqual(values((await runInProcess(['__complete', '--data', spaced, 'category', "'일상 기록/"], env)).stdout), ['일상 기록/여행']);
  assert.deepEqual(values((await runInProcess(['__complete', '--data', spaced, 'list', '--tag', 'C\\#:\\ '], env)).stdout), ['C#: 팁']);
  const quotedData = `'${spaced}'`;
  assert.deepEqual(values((await runInProcess(['__complete', '--data', quotedData, 'show', 't'], env)).stdout), ['trip']);
  assert.deepEqual(values((await runInProcess(['__complete', '--data', quotedData, 'show', 't'])).stdout), [], 'other shells pass words unquoted');
});

for (const shell of ['bash', 'zsh', 'fish']) {
  test(`completion ${shell}: prints a script that asks blog __complete`, async () => {
    const { stdout, stderr, status } = await runInProcess(['completion', shell]);
    assert.deepEqual([stderr, status], ['', 0]);
    assert.match(stdout, /blog __complete /);
    assert.match(stdout, /\n$/);
  });
}

test('completion: an unknown shell is a usage error naming the shells', async () => {
  assert.deepEqual(await runInProcess(['completion', 'tcsh']), {
    stdout: '',
    stderr: 'blog: no completion for the shell "tcsh"; give one of bash, zsh, fish\n',
    status: 2,
  });
});
