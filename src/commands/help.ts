// `blog help [command]`: our own, since commander's prints the whole help with exit 1 for `blog help nope`.
import { closest } from '../core/closest.js';
import { usageError } from '../errors.js';
import type { HelpTexts } from '../registry.js';

export async function helpCommand(name: string | undefined, help: HelpTexts): Promise<void> {
  if (help.print(name)) return;
  const near = closest(name ?? '', help.names);
  throw usageError(`unknown command '${name}'`, `${near ? `did you mean ${near}? ` : ''}see 'blog --help'`);
}
