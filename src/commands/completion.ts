// `blog completion SHELL`: prints the completion script for bash, zsh or fish (src/completion/scripts.ts).
import { SCRIPTS } from '../completion/scripts.js';
import { SHELLS, type Shell } from '../completion/protocol.js';
import { usageError } from '../errors.js';
import type { Output } from '../output.js';

export async function completionCommand(shell: string, out: Output): Promise<void> {
  if (!(SHELLS as readonly string[]).includes(shell)) throw usageError(`no completion for the shell "${shell}"`, `give one of ${SHELLS.join(', ')}`);
  out.line(SCRIPTS[shell as Shell].replace(/\n$/, ''));
}
