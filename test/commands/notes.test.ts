// Commands say things that are not their output (notes, warnings) through Output.note, so stderr
// is recorded in-process like stdout, and made inert like it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openBlog } from '../../src/store/blog.js';
import { searchCommand } from '../../src/commands/search.js';
import { resolvePost } from '../../src/present/resolve-post.js';
import { BlogError } from '../../src/errors.js';
import { recordingOutput, validPost, writeBlog } from '../helpers.js';

const blogWithALostBody = () => {
  const lost = { ...validPost({ id: 1, slug: 'lost', title: '카프카 글', file: 'posts/lost.md' }), body: undefined };
  const here = validPost({ id: 2, slug: 'here', title: '둘째 글', body: '파티션 이야기' });
  return openBlog(writeBlog({ posts: [lost, here] }));
};

test('notes: search --in body says on stderr, through Output, that a body file could not be read', async () => {
  const out = recordingOutput();
  await searchCommand(await blogWithALostBody(), ['파티션'], { in: 'body', json: true }, out);
  assert.equal(out.stderr, 'blog: cannot read a body file: posts/lost.md; that post was searched without its body\n');
  assert.deepEqual((JSON.parse(out.text) as { id: number }[]).map((hit) => hit.id), [2]);
});

test('notes: with --json, the "no title matches" heading and the Latin-keys note go to stderr, not into the JSON', async () => {
  const blog = await openBlog(writeBlog({ posts: [validPost({ title: '파이썬 글', body: '본문에만 acks 가 있다' })] }));
  const acks = recordingOutput();
  await searchCommand(blog, ['acks'], { json: true }, acks);
  assert.equal(acks.stderr, 'blog: no title matches "acks"; 1 post mentions it:\n');
  assert.equal((JSON.parse(acks.text) as unknown[]).length, 1);
  const latin = recordingOutput();
  await searchCommand(blog, ['vkdlTjs'], { json: true }, latin);
  assert.equal(latin.stderr, 'blog: "vkdlTjs" read as "파이썬" (typed with the keyboard in Latin mode)\n');
});

test('notes: show, looking through the bodies for a word, notes a body it could not read', async () => {
  const out = recordingOutput();
  const error = await resolvePost(await blogWithALostBody(), '파티션', out).then(() => undefined, (e: unknown) => e);
  assert.ok(error instanceof BlogError);
  assert.match(error.message, /no title matches "파티션"; 1 post mentions it in its body/);
  assert.equal(out.stderr, 'blog: cannot read a body file: posts/lost.md; that post was searched without its body\n');
});

test('notes: a note is one inert line, whatever the title or query holds', async () => {
  const out = recordingOutput();
  out.note('bad \x1b]0;title\x07 and \u202e\nnext');
  assert.doesNotMatch(out.stderr.slice(0, -1), /[\x00-\x1f\x7f\u202e]/);
  assert.ok(out.stderr.startsWith('blog: bad '));
});
