// `blog import` killed part-way (SIGKILL, Ctrl-C) leaves the previous index byte for byte, or the
// new one whole: never a part of one, never an index naming files that are not there.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { BIN, runBlog, testEnv } from '../helpers.js';

const POSTS = 1000;

function writeFolder(folder: string, version: string) {
  for (let i = 0; i < POSTS; i++) {
    writeFileSync(path.join(folder, `post-${i}.md`), `---\ntitle: 글 ${i} ${version}\ndate: 2024-01-01T10:00:00+09:00\ntags: [a, b]\n---\n본문 ${version} ${'가나다 '.repeat(50)}\n`);
  }
}

function killedAfter(ms: number, signal: NodeJS.Signals, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: testEnv(env), stdio: 'ignore' });
    const timer = setTimeout(() => child.kill(signal), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

test('import e2e: killed at any moment, the index is the old one byte for byte or the new one whole', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-kill-'));
  const folder = path.join(dir, 'blog');
  mkdirSync(folder);
  const env = { XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_DATA_HOME: path.join(dir, 'data') };
  writeFolder(folder, 'v1');
  assert.equal(runBlog(['import', folder], env).status, 0);
  const index = path.join(folder, 'posts.json');
  const old = readFileSync(index);
  writeFolder(folder, 'v2');
  let sawOld = false;
  for (const [ms, signal] of [[50, 'SIGKILL'], [200, 'SIGINT'], [500, 'SIGKILL'], [900, 'SIGKILL'], [1300, 'SIGKILL']] as const) {
    await killedAfter(ms, signal, ['import', folder], env);
    const now = readFileSync(index);
    if (now.equals(old)) {
      sawOld = true;
      continue;
    }
    // Not the old one: then the whole new one, every file it names present.
    const parsed = JSON.parse(now.toString('utf8')) as { posts: { file: string; title: string }[] };
    assert.equal(parsed.posts.length, POSTS);
    assert.ok(parsed.posts.every((post) => existsSync(path.join(folder, post.file)) && post.title.endsWith('v2')));
    break;
  }
  assert.ok(sawOld, 'at least one kill came before the new index was in place');
  // The next import finishes the job and clears what the killed ones left.
  const done = runBlog(['import', folder], env);
  assert.equal(done.status, 0, done.stderr);
  assert.deepEqual(readdirSync(folder).filter((name) => name.endsWith('.tmp')), []);
  assert.ok((JSON.parse(readFileSync(index, 'utf8')) as { posts: { title: string }[] }).posts.every((post) => post.title.endsWith('v2')));
});

test('import e2e: the exit code and one stderr line when nothing can be read', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-exit-'));
  const run = runBlog(['import', path.join(dir, 'missing')], { XDG_DATA_HOME: dir });
  assert.equal(run.status, 2);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /^blog: no such folder or file: .*missing; give a folder of Markdown files, a feed file \(\.xml, \.rss, \.atom\) or an http\(s\):\/\/ feed address\n$/);
});
