// Syntax colours for fenced code with highlight.js core: only the grammars a post uses are
// loaded (loading all of them, as cli-highlight does, costs more than the rest of `show`), and
// only when there is colour: without it, highlight.js is not loaded at all.
import type { HLJSApi, LanguageFn } from 'highlight.js';
import type { Theme } from '../theme.js';

type Loader = () => Promise<{ default: LanguageFn }>;

/** highlight.js core, once a coloured post with code has loaded it. */
let hljs: HLJSApi | undefined;

/** Grammars we ship, by every name a fence may use for them. */
const GRAMMARS: Record<string, Loader> = {
  python: () => import('highlight.js/lib/languages/python'),
  sql: () => import('highlight.js/lib/languages/sql'),
  yaml: () => import('highlight.js/lib/languages/yaml'),
  json: () => import('highlight.js/lib/languages/json'),
  bash: () => import('highlight.js/lib/languages/bash'),
  shell: () => import('highlight.js/lib/languages/shell'),
  javascript: () => import('highlight.js/lib/languages/javascript'),
  typescript: () => import('highlight.js/lib/languages/typescript'),
  java: () => import('highlight.js/lib/languages/java'),
  go: () => import('highlight.js/lib/languages/go'),
  properties: () => import('highlight.js/lib/languages/properties'),
  ini: () => import('highlight.js/lib/languages/ini'),
  xml: () => import('highlight.js/lib/languages/xml'),
  dockerfile: () => import('highlight.js/lib/languages/dockerfile'),
  diff: () => import('highlight.js/lib/languages/diff'),
};
const ALIASES: Record<string, string> = {
  py: 'python', python3: 'python', postgresql: 'sql', psql: 'sql', yml: 'yaml', jsonc: 'json', sh: 'bash', zsh: 'bash',
  console: 'shell', shellsession: 'shell', js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascript',
  ts: 'typescript', tsx: 'typescript', golang: 'go', toml: 'ini', conf: 'ini', html: 'xml', docker: 'dockerfile', patch: 'diff',
};

/** The grammar name for a fence's info string ("py", "Python {.x}"), if we have one. */
export function grammarFor(info: string | undefined): string | undefined {
  const word = info?.trim().split(/[\s{]/)[0]?.toLowerCase();
  if (!word) return undefined;
  const name = ALIASES[word] ?? word;
  return name in GRAMMARS ? name : undefined;
}

/**
 * Registers the grammars for these fence info strings; call before rendering (rendering is
 * synchronous). Without colour (`theme.level` 0) code stays plain, so nothing is loaded.
 */
export async function loadGrammars(infos: Iterable<string | undefined>, theme: Theme): Promise<void> {
  if (theme.level === 0) return;
  const names = new Set([...infos].map(grammarFor).filter((n): n is string => n !== undefined));
  if (names.size === 0) return;
  const core = (hljs ??= (await import('highlight.js/lib/core')).default);
  await Promise.all([...names].filter((name) => !core.getLanguage(name)).map(async (name) => {
    core.registerLanguage(name, (await GRAMMARS[name]!()).default);
  }));
}

/** Colours code of a loaded grammar; plain (code-coloured) text otherwise or without colour. */
export function highlightCode(code: string, info: string | undefined, theme: Theme): string {
  const name = grammarFor(info);
  if (theme.level === 0) return code;
  if (!name || !hljs?.getLanguage(name)) return code.split('\n').map((line) => theme.code(line)).join('\n');
  return htmlToAnsi(hljs.highlight(code, { language: name, ignoreIllegals: true }).value, theme);
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&#39;': "'" };

/**
 * highlight.js marks tokens with nested <span class="hljs-...">; turn them into terminal styles.
 * Styles are applied per line so every line can be wrapped or paged on its own.
 */
function htmlToAnsi(html: string, theme: Theme): string {
  const stack: string[] = [];
  let out = '';
  for (const part of html.split(/(<span class="[^"]*">|<\/span>)/)) {
    if (part.startsWith('<span')) stack.push(/hljs-([\w-]+)/.exec(part)?.[1] ?? '');
    else if (part === '</span>') stack.pop();
    else if (part !== '') {
      const text = part.replace(/&(?:lt|gt|amp|quot|#x27|#39);/g, (e) => ENTITIES[e] ?? e);
      const style = theme.syntax(stack);
      out += text.split('\n').map((line) => (line === '' ? '' : style(line))).join('\n');
    }
  }
  return out;
}
