// Completion candidates (src/completion/candidates.ts), their wire format (protocol.ts) and the
// unquoting of bash's words (run.ts), in-process against the sample blog and small blogs of posts.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { blogOf, type Blog } from '../../src/core/blog.js';
import type { Post } from '../../src/core/post.js';
import { completeWords, MAX_POSTS_LISTED } from '../../src/completion/candidates.js';
import { DIRECTIVE, formatCompletion, SHELLS } from '../../src/completion/protocol.js';
import { bashUnquote } from '../../src/completion/run.js';
import { COMMANDS, PROGRAM } from '../../src/registry.js';
import { CONFIG_KEYS } from '../../src/settings/schema.js';
import { openBlog } from '../../src/store/blog.js';
import { loadIndex } from '../../src/store/load.js';
import { generatePosts } from '../../bench/generate.mjs';
import { makePost, ROOT } from '../helpers.js';

const sample = loadIndex(path.join(ROOT, 'data', 'posts.json')).then(blogOf);
const blogOfPosts = (posts: Post[]): Blog => blogOf({ posts, file: '/blog/posts.json', root: '/blog' });
const spaced = blogOfPosts([
  makePost({ id: 1, slug: 'trip', title: '제주 여행', category: '일상 기록', tags: ['C#: 팁', '여행'] }),
  makePost({ id: 2, slug: 'csharp', title: 'C# 팁 모음', category: '일상 기록/여행', tags: ['C#: 팁'] }),
  makePost({ id: 3, slug: 'dev', title: '개발 이야기', category: '개발', tags: ['dev'] }),
]);

/** Completes `words` against `blog` (the sample blog unless given); records the --data each open asked for. */
async function complete(words: string[], blog?: Blog) {
  const opened: (string | undefined)[] = [];
  const result = await completeWords(words, async (data) => {
    opened.push(data);
    return blog ?? sample;
  });
  return { ...result, values: result.candidates.map((c) => c.value), opened };
}

test('completion: an empty word after blog offers every command of the registry, with its description', async () => {
  const { candidates, directive, opened } = await complete(['']);
  assert.deepEqual(candidates, COMMANDS.map((c) => ({ value: c.name, description: c.description })));
  assert.ok(candidates.some((c) => c.value === 'completion'));
  assert.equal(directive, DIRECTIVE.NO_FILES);
  assert.deepEqual(opened, [], 'command names need no index');
});

test('completion: a command prefix completes to the command; the hidden __complete is never offered', async () => {
  assert.deepEqual((await complete(['sh'])).values, ['show']);
  assert.deepEqual((await complete(['c'])).values, COMMANDS.map((spec) => spec.name).filter((name) => name.startsWith('c')));
  assert.ok((await complete(['c'])).values.includes('completion'));
  assert.deepEqual((await complete(['__'])).values, []);
  assert.deepEqual((await complete(['nosuch', ''])).values, [], 'nothing after an unknown command');
});

test('completion: options of the command and the global ones, with descriptions; fixed choices after --sort', async () => {
  const { candidates, opened } = await complete(['list', '--']);
  const list = COMMANDS.find((c) => c.name === 'list')!;
  for (const option of [...list.options, ...PROGRAM.options]) {
    const long = option.flags.split(/[\s,]+/).find((w) => w.startsWith('--'))!;
    assert.ok(candidates.some((c) => c.value === long && c.description === option.description), long);
  }
  assert.ok(candidates.some((c) => c.value === '--help'));
  assert.deepEqual(opened, []);
  assert.deepEqual((await complete(['list', '--sort', ''])).values, ['date', 'title']);
  assert.deepEqual((await complete(['list', '--sort=t'])).values, ['--sort=title']);
  assert.deepEqual((await complete(['search', '--in', 'b'])).values, ['body']);
  assert.deepEqual((await complete(['--ver'])).values, ['--version']);
  assert.deepEqual((await complete(['list', '-n', ''])).values, [], 'a number completes to nothing');
});

test('completion: show offers post slugs newest first with the title as description; an id prefix offers the ids', async () => {
  const blog = await sample;
  const all = await complete(['show', '']);
  assert.deepEqual(all.candidates, blog.posts().map((p) => ({ value: p.slug, description: p.title })));
  assert.equal(all.directive, DIRECTIVE.NO_FILES | DIRECTIVE.KEEP_ORDER);
  assert.deepEqual((await complete(['show', '7'])).candidates, [{ value: '7', description: '카프카 - URP, Under Min ISR' }]);
  assert.deepEqual((await complete(['show', 'python-a'])).values, ['python-all-wildcard-import']);
  assert.deepEqual((await complete(['--data', 'mine.json', 'show', 'k'])).opened, ['mine.json'], 'the --data on the line is the blog read');
  assert.deepEqual((await complete(['show', '--data=mine.json', 'k'])).opened, ['mine.json']);
});

test('completion: show finds posts through the search engine (초성, Hangul, typos, keyboard layout) and says the shell must not filter them', async () => {
  for (const word of ['ㅋㅍ', '카프카', '카프가', 'zkvmzk', 'URP']) {
    const { values, directive } = await complete(['show', word]);
    assert.equal(values[0], 'kafka-urp-under-min-isr', word);
    assert.equal(directive & DIRECTIVE.MATCHED, DIRECTIVE.MATCHED, word);
    assert.ok(values.every((v) => /^[a-z0-9-]+$/.test(v)), 'what is inserted is ASCII');
  }
  assert.deepEqual((await complete(['show', '카프카', ''])).values, [], 'later words of show are more title words');
});

test('completion: show offers no more than MAX_POSTS_LISTED posts for an empty word', async () => {
  const many = blogOfPosts(Array.from({ length: MAX_POSTS_LISTED + 5 }, (_, i) => makePost({ id: i + 1, slug: `p${i + 1}` })));
  assert.equal((await complete(['show', ''], many)).values.length, MAX_POSTS_LISTED);
});

test('completion: a large blog read through its cache completes ids, slugs and the newest posts without parsing a post, as the index itself would', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-complete-large-'));
  const index = path.join(dir, 'posts.json');
  writeFileSync(index, JSON.stringify({ posts: generatePosts(5_000) }));
  const cache = { cacheDir: path.join(dir, 'cache') };
  await openBlog(index, cache);
  const cached = await openBlog(index, cache);
  assert.equal(cached.origin, 'cache');
  const plain = blogOf(await loadIndex(index));
  const guarded: Blog = {
    ...cached,
    posts: () => assert.fail('parsed every post'),
    postAt: () => assert.fail('parsed a post'),
    postsAt: () => assert.fail('parsed posts'),
  };
  for (const words of [['show', ''], ['show', '12'], ['show', plain.postAt(7).slug.slice(0, -1)]]) {
    const fromCache = await complete(words, guarded);
    assert.ok(fromCache.candidates.length > 0, words.join(' '));
    assert.deepEqual(fromCache.candidates, (await complete(words, plain)).candidates, words.join(' '));
  }
});

test('completion: category paths, Korean included, by prefix; by a part, jamo or 초성 when no path starts so', async () => {
  assert.deepEqual((await complete(['category', '개'])).values, ['개발', '개발/기술']);
  const part = await complete(['category', '기']);
  assert.deepEqual(part.values, ['개발/기술']);
  assert.equal(part.directive & DIRECTIVE.MATCHED, DIRECTIVE.MATCHED);
  assert.deepEqual((await complete(['category', 'ㄱㅂ'])).values, ['개발', '개발/기술']);
  assert.deepEqual((await complete(['category', 'ㄱㅅ'])).values, ['개발/기술']);
  assert.deepEqual((await complete(['category', '개바'])).values, ['개발', '개발/기술'], 'an unfinished syllable');
  assert.deepEqual((await complete(['list', '--category', '개발/'])).values, ['개발/기술']);
  assert.deepEqual((await complete(['list', '-c', ''], spaced)).candidates, [
    { value: '개발', description: '1 post' },
    { value: '일상 기록', description: '2 posts' },
    { value: '일상 기록/여행', description: '1 post' },
  ]);
});

test('completion: tags with spaces and colons are whole values; --tag=PREFIX keeps its prefix', async () => {
  assert.deepEqual((await complete(['list', '--tag', 'C'], spaced)).candidates, [{ value: 'C#: 팁', description: '2 posts' }]);
  assert.deepEqual((await complete(['list', '--tag', 'C#: '], spaced)).values, ['C#: 팁']);
  assert.deepEqual((await complete(['list', '--tag=C'], spaced)).values, ['--tag=C#: 팁']);
  assert.deepEqual((await complete(['list', '--tag', 'ㅇㅎ'], spaced)).values, ['여행']);
});

test('completion: --data completes file names (the shell does); completion offers the shells; help the commands', async () => {
  for (const words of [['--data', ''], ['list', '--data', 'po']]) {
    const { candidates, directive } = await complete(words);
    assert.deepEqual([candidates, directive], [[], DIRECTIVE.FILES], words.join(' '));
  }
  assert.deepEqual((await complete(['completion', ''])).values, [...SHELLS]);
  assert.deepEqual((await complete(['completion', 'z'])).values, ['zsh']);
  assert.deepEqual((await complete(['help', 'se'])).values, ['search']);
});

test('completion: open offers posts as show does; config its actions, then its keys; import a source file or folder', async () => {
  assert.deepEqual((await complete(['open', ''])).values, (await complete(['show', ''])).values);
  assert.ok((await complete(['open', 'ㅋㅍ'])).values.includes('kafka-urp-under-min-isr'));
  assert.deepEqual((await complete(['config', ''])).values, ['get', 'set', 'unset', 'list', 'path']);
  assert.deepEqual((await complete(['config', 'u'])).values, ['unset']);
  assert.deepEqual((await complete(['config', 'set', 't'])).values, ['timezone']);
  assert.deepEqual((await complete(['config', 'get', ''])).values, Object.keys(CONFIG_KEYS));
  const { candidates, directive } = await complete(['import', '']);
  assert.deepEqual([candidates, directive], [[], DIRECTIVE.FILES]);
});

test('completion: an index that cannot be opened completes to nothing', async () => {
  const result = await completeWords(['show', ''], async () => undefined);
  assert.deepEqual(result, { candidates: [], directive: DIRECTIVE.NO_FILES });
});

test('completion format: value<TAB>description lines and the directive; unsafe values dropped, descriptions made inert', () => {
  assert.equal(formatCompletion({ candidates: [{ value: 'a b', description: 'x' }, { value: 'c' }], directive: 4 }), 'a b\tx\nc\n:4\n');
  const text = formatCompletion({
    candidates: [{ value: 'bad\tvalue' }, { value: 'bad\nline' }, { value: 'ok', description: 'red \x1b[31mtitle\x1b[0m\twith\ttabs\nand lines' }],
    directive: 36,
  });
  assert.equal(text, 'ok\tred title with tabs and lines\n:36\n');
  fc.assert(fc.property(fc.array(fc.record({ value: fc.string(), description: fc.option(fc.string(), { nil: undefined }) })), fc.nat(127), (candidates, directive) => {
    const lines = formatCompletion({ candidates, directive }).split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.pop(), `:${directive}`);
    for (const line of lines) {
      assert.ok(line.split('\t').length <= 2, JSON.stringify(line));
      assert.doesNotMatch(line, /[\x00-\x08\x0a-\x1f\x7f-\x9f]/);
    }
  }));
});

test('bashUnquote: quotes and backslashes as bash reads them; an open quote counts as closed', () => {
  assert.equal(bashUnquote(String.raw`일상\ 기록`), '일상 기록');
  assert.equal(bashUnquote(String.raw`C\#:\ 팁`), 'C#: 팁');
  assert.equal(bashUnquote(`'일상 기`), '일상 기');
  assert.equal(bashUnquote(`"a \\"b\\" \\x"`), 'a "b" \\x');
  assert.equal(bashUnquote(`'it'\\''s'`), "it's");
  fc.assert(fc.property(fc.string(), (text) => {
    assert.equal(bashUnquote(`'${text.replace(/'/g, `'\\''`)}'`), text);
    assert.equal(bashUnquote(text.replace(/[^\p{L}\p{N}]/gu, (c) => `\\${c}`)), text);
  }));
});
