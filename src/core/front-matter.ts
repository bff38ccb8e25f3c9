// Splitting a Markdown file into its front matter and body. Static site generators agree on the
// fences: YAML between `---` lines (Jekyll, Hugo, Astro, Obsidian; `...` may close it) and TOML
// between `+++` lines (Hugo, Zola). Parsing the front matter is the caller's business.

export interface FrontMatter {
  readonly kind: 'yaml' | 'toml' | 'none';
  /** The text between the fences, without them. */
  readonly matter: string;
  readonly body: string;
  /** The 1-based line of the file where `matter` starts (for warnings that name a line). */
  readonly line: number;
}

/** The front matter and body of `text`: kind `none` (and the whole text as body) without a closed fence on the first line. */
export function splitFrontMatter(text: string): FrontMatter {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(source);
  if (open) {
    const fence = open[1]!;
    const close = fence === '---' ? /^(?:---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/;
    let at = open[0].length;
    while (at <= source.length) {
      const end = source.indexOf('\n', at);
      const lineEnd = end === -1 ? source.length : end;
      if (close.test(source.slice(at, lineEnd).replace(/\r$/, ''))) {
        const matter = source.slice(open[0].length, at).replace(/\r?\n$/, '');
        const body = end === -1 ? '' : source.slice(end + 1);
        return { kind: fence === '---' ? 'yaml' : 'toml', matter, body, line: 2 };
      }
      if (end === -1) break;
      at = end + 1;
    }
  }
  return { kind: 'none', matter: '', body: source, line: 1 };
}
