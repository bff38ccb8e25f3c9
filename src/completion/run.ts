// `blog __complete <words…>`: the candidates for the last word, printed in the protocol's format
// (protocol.ts). The blog is the one the line's --data, BLOG_DATA or the config file names, as for
// the command itself; an index that cannot be read, or anything else going wrong, completes to
// nothing: a Tab must never print an error into the middle of the line being typed.
import path from 'node:path';
import { loadSettings } from '../settings/index.js';
import { homeOf, type Env } from '../settings/paths.js';
import { completeWords } from './candidates.js';
import { DIRECTIVE, formatCompletion, type Completion } from './protocol.js';

/**
 * A word as bash gives it to a completion function (quotes and backslashes as typed) as the command
 * will receive it; a quote still open (the word being typed) counts as closed. $'…' is not decoded.
 */
export function bashUnquote(word: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else out += c;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === '\\' && i + 1 < word.length && '$`"\\\n'.includes(word[i + 1]!)) out += word[++i];
      else out += c;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === '\\' && i + 1 < word.length) {
      out += word[++i];
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * `cacheWriter`: the command line of the process that writes a large index's cache (bin/blog.js
 * __write-cache), so that the first Tab on it does not wait for the write (src/store/cache-apart.ts).
 */
export async function completionOf(typed: readonly string[], env: Env, bundledIndex: string, cacheWriter?: readonly string[]): Promise<Completion> {
  // zsh and fish unquote the words themselves; bash's script says it did not (scripts.ts).
  const words = env.BLOG_COMPLETE_SHELL === 'bash' ? typed.map(bashUnquote) : typed;
  try {
    return await completeWords(words, async (data) => {
      try {
        // The shell passes `~/` as typed: it expands it only when the command runs.
        const file = data !== undefined && /^~(?=\/|$)/.test(data) ? path.join(homeOf(env), data.slice(1)) : data;
        const settings = await loadSettings({ data: file }, env, bundledIndex);
        const { openBlog, writerRunning } = await import('../store/blog.js');
        return await openBlog(settings.data, {
          cacheDir: settings.paths.cache,
          noCache: settings.noCache,
          ...(cacheWriter !== undefined && { writeApart: writerRunning(cacheWriter) }),
        });
      } catch {
        return undefined;
      }
    });
  } catch {
    return { candidates: [], directive: DIRECTIVE.NO_FILES };
  }
}

export async function printCompletions(words: readonly string[], env: Env, write: (text: string) => void, bundledIndex: string, cacheWriter?: readonly string[]): Promise<void> {
  write(formatCompletion(await completionOf(words, env, bundledIndex, cacheWriter)));
}
