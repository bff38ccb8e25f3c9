// Only regular files are read, as the index and as body files, and only up to a size limit: a
// FIFO, a device, a socket or a folder is a clean exit 2 naming the file, at once, never a hang
// or a read of /dev/zero until memory runs out. Run in-process (source and bundle).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { after, test } from 'node:test';
import { EXIT } from '../../src/errors.js';
import { MAX_BODY_BYTES, MAX_INDEX_BYTES } from '../../src/store/read.js';
import { CLIS, runInProcess, validPost, writeBlog } from '../helpers.js';

const servers: Server[] = [];
after(() => servers.forEach((server) => server.close()));

/** A FIFO at `file`, with a writer that holds it open for a few seconds and writes nothing. */
function fifo(file: string): () => void {
  assert.equal(spawnSync('mkfifo', [file]).status, 0, 'mkfifo');
  // Code that reads the FIFO to its end waits for this writer to close, then finds it empty,
  // so a blocking read fails the test (wrong message) instead of hanging it for ever.
  const writer = spawn('sh', ['-c', `sleep 3 > '${file}'`], { stdio: 'ignore' });
  return () => writer.kill();
}

async function socket(file: string): Promise<void> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(file, resolve));
}

/** A file of `size` bytes that takes no room on disk. */
function sparse(file: string, size: number): void {
  writeFileSync(file, '');
  truncateSync(file, size);
}

const blogFolder = () => path.dirname(writeBlog({ posts: [validPost()] }));
/** A folder in `folder` whose posts.json is a folder too. */
function nestedFolder(folder: string): string {
  const nested = path.join(folder, 'nested');
  mkdirSync(path.join(nested, 'posts.json'), { recursive: true });
  return nested;
}

for (const [name, cli] of CLIS) {
  const run = (args: readonly string[]) => runInProcess(args, {}, { cli });

  test(`${name}: special files: an index that is not a regular file is exit 2 naming it and what it is`, async () => {
    const folder = blogFolder();
    const stopWriter = fifo(path.join(folder, 'fifo.json'));
    await socket(path.join(folder, 'socket.json'));
    try {
      const cases: [file: string, what: RegExp][] = [
        [path.join(folder, 'fifo.json'), /is not a regular file but a FIFO \(named pipe\)/],
        ['/dev/zero', /is not a regular file but a character device/],
        ['/dev/null', /is not a regular file but a character device/],
        [path.join(folder, 'socket.json'), /is not a regular file but a socket/],
        // A folder means its posts.json: one that is a folder is no index either.
        [nestedFolder(folder), /is a folder, not a file/],
      ];
      for (const [file, what] of cases) {
        const result = await run(['--data', file, 'list']);
        assert.equal(result.status, EXIT.USAGE, file);
        assert.equal(result.stdout, '', file);
        assert.match(result.stderr, what, file);
        assert.ok(result.stderr.includes(file), `names ${file}: ${result.stderr}`);
        assert.equal(result.stderr.split('\n').length, 2, `one line: ${result.stderr}`);
      }
    } finally {
      stopWriter();
    }
  });

  test(`${name}: special files: a body file that is not a regular file is exit 2 for show, skipped by search --in body`, async () => {
    const folder = blogFolder();
    const stopWriter = fifo(path.join(folder, 'fifo.md'));
    await socket(path.join(folder, 'socket.md'));
    mkdirSync(path.join(folder, 'folder.md'));
    try {
      for (const [file, what] of [['fifo.md', 'not a regular file but a FIFO (named pipe)'], ['socket.md', 'not a regular file but a socket'], ['folder.md', 'a folder']] as const) {
        const index = path.join(folder, `${file}.json`);
        writeFileSync(index, JSON.stringify({ posts: [validPost({ body: undefined, file })] }));
        const show = await run(['--data', index, 'show', '1']);
        assert.equal(show.status, EXIT.USAGE, file);
        assert.equal(show.stderr, `blog: post 1 (hello): body file ${path.join(folder, file)} is ${what}; point "file" at a Markdown file\n`);
        const search = await run(['--data', index, 'search', '--in', 'body', '안녕']);
        assert.equal(search.stderr, `blog: cannot read a body file: ${file}; that post was searched without its body\n`, file);
      }
    } finally {
      stopWriter();
    }
  });

  test(`${name}: special files: a config file that is a FIFO or a folder is exit 2 naming it, at once`, async () => {
    for (const make of ['fifo', 'folder'] as const) {
      const XDG_CONFIG_HOME = blogFolder();
      const file = path.join(XDG_CONFIG_HOME, 'blog', 'config.json');
      mkdirSync(path.dirname(file));
      const stopWriter = make === 'fifo' ? fifo(file) : (mkdirSync(file), () => {});
      try {
        const result = await runInProcess(['list'], { XDG_CONFIG_HOME }, { cli });
        const what = make === 'fifo' ? 'not a regular file but a FIFO (named pipe)' : 'a folder';
        assert.deepEqual([result.status, result.stdout, result.stderr],
          [EXIT.USAGE, '', `blog: invalid config file ${file}: it is ${what}; fix it, or delete it to use the defaults\n`]);
      } finally {
        stopWriter();
      }
    }
  });

  test(`${name}: size limits: an index over 1 GiB and a body file over 16 MiB are exit 2 naming the file, the size and the limit`, async () => {
    const folder = blogFolder();
    const index = path.join(folder, 'huge.json');
    sparse(index, MAX_INDEX_BYTES + 1);
    const big = await run(['--data', index, 'list']);
    assert.deepEqual([big.status, big.stdout], [EXIT.USAGE, '']);
    assert.equal(big.stderr, `blog: index ${index} is too large: ${MAX_INDEX_BYTES + 1} bytes, over the limit of 1 GiB; see "Limits" in the README\n`);

    sparse(path.join(folder, 'big.md'), MAX_BODY_BYTES + 1);
    const withBody = path.join(folder, 'body.json');
    writeFileSync(withBody, JSON.stringify({ posts: [validPost({ body: undefined, file: 'big.md' })] }));
    const show = await run(['--data', withBody, 'show', '1']);
    assert.equal(show.status, EXIT.USAGE);
    assert.equal(show.stderr, `blog: post 1 (hello): body file ${path.join(folder, 'big.md')} is too large: ${MAX_BODY_BYTES + 1} bytes, over the limit of 16 MiB; see "Limits" in the README\n`);

    // The limit itself is allowed.
    writeFileSync(path.join(folder, 'edge.md'), 'a'.repeat(MAX_BODY_BYTES));
    const edge = path.join(folder, 'edge.json');
    writeFileSync(edge, JSON.stringify({ posts: [validPost({ body: undefined, file: 'edge.md' })] }));
    const result = await run(['--data', edge, 'show', '1', '--raw']);
    assert.deepEqual([result.status, result.stderr, result.stdout.length], [EXIT.OK, '', MAX_BODY_BYTES + 1]);
  });

  test(`${name}: invalid UTF-8: the index and a body file are read with U+FFFD and a warning names the file and the byte offset`, async () => {
    const folder = blogFolder();
    const index = path.join(folder, 'latin1.json');
    const json = Buffer.from(JSON.stringify({ posts: [validPost({ title: 'café X', body: undefined, file: 'b.md' })] }));
    const at = json.indexOf('é');
    // é in Latin-1 (one byte 0xE9) where UTF-8 has two; a U+FFFD written as UTF-8 before it is no error.
    writeFileSync(index, Buffer.concat([json.subarray(0, at), Buffer.from([0xe9]), json.subarray(at + 2)]));
    writeFileSync(path.join(folder, 'b.md'), Buffer.concat([Buffer.from('본문 \uFFFD ok '), Buffer.from([0xc3, 0x28]), Buffer.from(' 끝')]));
    const list = await run(['--data', index, 'list']);
    assert.equal(list.status, EXIT.OK);
    assert.match(list.stdout, /caf\uFFFD X/);
    assert.equal(list.stderr, `blog: ${index} is not valid UTF-8 at byte ${at}; it was read with U+FFFD in place of the bad bytes; save it as UTF-8\n`);
    const show = await run(['--data', index, 'show', '1', '--raw']);
    assert.equal(show.stdout, '본문 \uFFFD ok \uFFFD( 끝\n');
    assert.ok(show.stderr.endsWith(`blog: ${path.join(folder, 'b.md')} is not valid UTF-8 at byte ${Buffer.byteLength('본문 \uFFFD ok ')}; it was read with U+FFFD in place of the bad bytes; save it as UTF-8\n`), show.stderr);
    const clean = await run(['--data', writeBlog({ posts: [validPost({ title: '\uFFFD 그대로' })] }), 'list']);
    assert.equal(clean.stderr, '');
  });
}
