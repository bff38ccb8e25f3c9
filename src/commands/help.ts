// `blog help [command]`: our own, since commander's prints the whole help with exit 1 for `blog help nope`.
import { closest } from '../core/closest.js';
import { excerpt, usageError } from '../errors.js';

export interface HelpTexts {
  /** Every command's name. */
  readonly names: readonly string[];
  /** Prints the help of the program (no name) or of one command; false when there is no such command. */
  print(name?: string): boolean;
}

export async function helpCommand(name: string | undefined, help: HelpTexts): Promise<void> {
  if (help.print(name)) return;
  const near = closest(name ?? '', help.names);
  throw usageError(`unknown command '${excerpt(name ?? '')}'`, `${near ? `did you mean ${near}? ` : ''}see 'blog --help'`);
}
