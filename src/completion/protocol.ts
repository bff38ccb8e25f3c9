// What `blog __complete <words…>` prints, read by the scripts `blog completion SHELL` prints
// (scripts.ts). The words are those of the command line after `blog`, unquoted; the last one is the
// word being completed ('' after a space). One candidate a line, `value<TAB>description` as gh and
// cobra print them (the description may be absent), then one line `:N`, N a sum of these bits:
//   4  NO_FILES    only these candidates: never fall back to file names
//   32 KEEP_ORDER  the candidates are ranked (posts newest first, search hits best first): don't sort
//   64 MATCHED     the candidates match the word by meaning (초성, jamo, spelling, a part of a
//                  path), not as a prefix: the shell must offer them as they are, not filter them
// `:0` with no candidates: complete file names (the shell's own completion, as for `--data FILE`).
// 4 and 32 are cobra's numbers; 64 is ours (cobra has no such bit).
// The command's name is COMPLETE_COMMAND in src/registry.ts.
// Values never contain a tab, a line break or other control characters (such categories and tags
// are left out), and descriptions are one sanitised line, so the shell prints nothing raw.
import { sanitizeLine } from '../render/sanitize.js';


export const DIRECTIVE = { FILES: 0, NO_FILES: 4, KEEP_ORDER: 32, MATCHED: 64 } as const;

export interface Candidate {
  readonly value: string;
  readonly description?: string;
}

export interface Completion {
  readonly candidates: readonly Candidate[];
  readonly directive: number;
}

/** The shells `blog completion` prints a script for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const UNSAFE_VALUE = /[\x00-\x1f\x7f-\x9f\u2028\u2029]/;

export function formatCompletion({ candidates, directive }: Completion): string {
  const lines = candidates
    .filter((candidate) => candidate.value !== '' && !UNSAFE_VALUE.test(candidate.value))
    .map(({ value, description }) => {
      const text = description === undefined ? '' : sanitizeLine(description).replace(/\s+/g, ' ').trim();
      return text === '' ? value : `${value}\t${text}`;
    });
  lines.push(`:${directive}`);
  return `${lines.join('\n')}\n`;
}
