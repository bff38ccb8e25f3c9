// Completion for real: bash (with the bash-completion package), zsh and fish run interactively in
// tmux with `blog` on PATH (a wrapper around bin/blog.js) and the script `blog completion SHELL`
// prints loaded as its install line says; we press Tab and read the line as a person would see it,
// then run it to see that the shell passes the inserted value as one word.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { BIN, runBlog, testEnv, validPost, writeBlog } from '../helpers.js';
import { tmuxServer } from './tmux.js';

const { tmux, waitFor } = tmuxServer('blog-complete');

const home = mkdtempSync(path.join(tmpdir(), 'blog-complete-home-'));
const bin = path.join(home, 'bin');
mkdirSync(bin);
writeFileSync(path.join(bin, 'blog'), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`);
chmodSync(path.join(bin, 'blog'), 0o755);
const zfunc = path.join(home, 'zfunc');
mkdirSync(zfunc);
writeFileSync(path.join(zfunc, '_blog'), runBlog(['completion', 'zsh']).stdout);

/** Values the shells must escape: a category with a space, a tag with a colon and #. */
const blogFile = writeBlog({ posts: [
  validPost({ id: 1, slug: 'jeju-trip', title: '제주 여행', category: '일상 기록', tags: ['C#: 팁'] }),
  validPost({ id: 2, slug: 'memo', title: '여행 메모', category: '일상 기록/여행', tags: ['메모'] }),
] });

type Shell = 'bash' | 'zsh' | 'fish';
const SHELL_COMMAND: Record<Shell, string[]> = {
  bash: ['bash', '--norc', '--noprofile', '-i'],
  zsh: ['zsh', '-f', '-i'],
  fish: ['fish', '--no-config', '-i'],
};
// What a user's rc file would have: the install line of the README, in effect.
const SETUP: Record<Shell, string> = {
  bash: 'source /usr/share/bash-completion/bash_completion; source <(blog completion bash); clear',
  zsh: `PS1='$ '; fpath=(${zfunc} $fpath); autoload -Uz compinit; compinit -u -D; clear`,
  fish: "function fish_prompt; echo '$ '; end; blog completion fish | source; clear",
};

let sessions = 0;
async function startShell(shell: Shell) {
  const session = `${shell}${++sessions}`;
  const started = tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '30',
    'env', '-u', 'BLOG_DATA', '-u', 'NO_COLOR', '-u', 'COLUMNS', `PATH=${bin}:${process.env.PATH}`, `HOME=${home}`,
    `XDG_CONFIG_HOME=${home}/config`, `XDG_DATA_HOME=${home}/data`, `XDG_CACHE_HOME=${home}/cache`,
    'TERM=xterm-256color', 'LANG=C.UTF-8', 'PS1=$ ', ...SHELL_COMMAND[shell]);
  assert.equal(started.status, 0, started.stderr);
  const keys = (...args: string[]) => tmux('send-keys', '-t', session, ...args);
  // fish's own prompt ends in # or > until the setup sets ours.
  await waitFor(session, /[$#>] ?$/m);
  keys(SETUP[shell], 'Enter');
  await waitFor(session, /^\$ ?\s*$/);
  return {
    session,
    keys,
    /** Types `text` (literally), presses Tab, and waits for the command line to match `line`. */
    async complete(text: string, line: RegExp): Promise<string> {
      keys('-l', text);
      keys('Tab');
      return waitFor(session, line);
    },
  };
}

const ALL: Shell[] = ['bash', 'zsh', 'fish'];

for (const name of ALL) {
  test(`completion in ${name}: blog sh<Tab> completes the command`, async () => {
    const shell = await startShell(name);
    await shell.complete('blog sh', /^\$ blog show ?$/m);
  });

  test(`completion in ${name}: blog category 개<Tab> completes the Korean category path`, async () => {
    const shell = await startShell(name);
    await shell.complete('blog category 개', /^\$ blog category 개발/m);
    shell.keys('-l', '/');
    await shell.complete('', /^\$ blog category 개발\/기술 ?$/m);
  });

  test(`completion in ${name}: a category with a space is inserted escaped and reaches blog as one word`, async () => {
    const shell = await startShell(name);
    await shell.complete(`blog --data ${blogFile} category 일상`, /category 일상\\ 기록/);
    shell.keys('-l', '/');
    await shell.complete('', /category 일상\\ 기록\/여행 ?$/m);
    shell.keys('Enter');
    await waitFor(shell.session, /여행 메모/);
  });

  test(`completion in ${name}: after an opening quote the value is inserted as it is, and the quote closed`, async () => {
    const shell = await startShell(name);
    await shell.complete(`blog --data ${blogFile} category '일상 기록/`, /category '일상 기록\/여행' ?$/m);
    shell.keys('Enter');
    await waitFor(shell.session, /여행 메모/);
  });

  test(`completion in ${name}: a tag with a colon is inserted escaped and reaches blog as one word`, async () => {
    const shell = await startShell(name);
    await shell.complete(`blog --data ${blogFile} list --tag C`, /--tag C\\?#:\\ 팁 ?$/m);
    shell.keys('C-u');
    await shell.complete(`blog --data ${blogFile} list --tag=C`, /--tag=C\\?#:\\ 팁 ?$/m);
    shell.keys('Enter');
    const screen = await waitFor(shell.session, /제주 여행/);
    assert.doesNotMatch(screen, /여행 메모/, 'only the post with that tag');
  });

  test(`completion in ${name}: blog --data <Tab> and --data=<Tab> complete file names`, async () => {
    const shell = await startShell(name);
    await shell.complete(`blog --data ${path.dirname(blogFile)}/po`, new RegExp(`--data ${path.dirname(blogFile)}/posts\\.json$`, 'm'));
    shell.keys('C-u');
    await shell.complete(`blog --data=${path.dirname(blogFile)}/po`, new RegExp(`--data=${path.dirname(blogFile)}/posts\\.json$`, 'm'));
  });
}

// fish filters what a completion offers by the word typed (prefix, substring, subsequence), so a
// post found by 초성 alone is dropped there (README: Shell completion); bash and zsh show it.
for (const name of ['bash', 'zsh'] as const) {
  test(`completion in ${name}: blog show ㅋㅍ<Tab> offers the Kafka post by its slug`, async () => {
    const shell = await startShell(name);
    await shell.complete('blog show ㅋㅍ', /^\$ blog show kafka-urp-under-min-isr ?$/m);
  });

  test(`completion in ${name}: words matching several posts list them with their titles`, async () => {
    const shell = await startShell(name);
    await shell.complete('blog show 파이', /^\$ blog show python-/m);
    shell.keys('Tab');
    shell.keys('Tab');
    const screen = await waitFor(shell.session, /python-decorator.*Decorator/);
    assert.match(screen, /python-init-py-modules.*모듈 관리/);
  });
}

test('completion in fish: a word inside the slug (urp) finds the Kafka post', async () => {
  const shell = await startShell('fish');
  await shell.complete('blog show urp', /^\$ blog show kafka-urp-under-min-isr ?$/m);
});

test('completion: blog __complete runs from its own bundle, without reading the CLI bundle (dist/blog.cjs)', () => {
  const probe = path.join(home, 'probe.cjs');
  const record = path.join(home, 'read.txt');
  writeFileSync(probe, `const fs = require('fs'); const read = fs.readFileSync; const seen = [];
fs.readFileSync = function (file, ...rest) { seen.push(String(file)); return read.call(this, file, ...rest); };
process.on('exit', () => fs.writeFileSync(${JSON.stringify(record)}, seen.join('\\n')));`);
  const result = runBlog(['__complete', 'show', 'ㅋㅍ'], { NODE_OPTIONS: `--require ${probe}` });
  assert.equal(result.stdout, 'kafka-urp-under-min-isr\t카프카 - URP, Under Min ISR\n:100\n');
  const read = readFileSync(record, 'utf8').split('\n');
  assert.ok(read.some((file) => file.endsWith(`${path.sep}complete.cjs`)), read.join('\n'));
  assert.ok(!read.some((file) => file.endsWith(`${path.sep}blog.cjs`)), read.join('\n'));
});

test('completion: the candidates reach the shell through a pipe, and a pipe closed before they come is no error', async () => {
  const piped = spawnSync(process.execPath, [BIN, '__complete', 'show', 'ㅋㅍ'], { env: testEnv(), encoding: 'utf8' });
  assert.deepEqual([piped.status, piped.stdout, piped.stderr], [0, 'kafka-urp-under-min-isr\t카프카 - URP, Under Min ISR\n:100\n', '']);
  // The reading end closed at once, as when a Tab is abandoned: writing meets EPIPE.
  const child = spawn(process.execPath, [BIN, '__complete', 'show', ''], { env: testEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const status = await new Promise((resolve) => child.on('close', resolve));
  assert.deepEqual([status, stderr], [0, '']);
});

