// The program's own styling, in one place. Built from a chalk instance whose level the Output
// chose, so NO_COLOR, --no-color and pipes turn every style into the identity.
import type { ChalkInstance } from 'chalk';

export type Style = (text: string) => string;

export interface Theme {
  readonly level: 0 | 1 | 2 | 3;
  readonly chalk: ChalkInstance;
  heading: Style;
  id: Style;
  date: Style;
  category: Style;
  title: Style;
  match: Style;
  muted: Style;
  tag: Style;
  /** Inline code and code without a known language. */
  code: Style;
  /** The style for a highlight.js scope stack (innermost last), e.g. ["function", "title"]. */
  syntax: (scopes: readonly string[]) => Style;
}

// chalk is required only when colour is on (or the Markdown renderer asks for it): without colour,
// which is every piped run, its load would be start-up time spent on identity functions.
const newChalk = (level: 0 | 1 | 2 | 3): ChalkInstance => new (require('chalk') as typeof import('chalk')).Chalk({ level });

export function createTheme(level: 0 | 1 | 2 | 3): Theme {
  if (level === 0) {
    const plain: Style = (text) => text;
    let chalk: ChalkInstance | undefined;
    return {
      level,
      get chalk() {
        return (chalk ??= newChalk(0));
      },
      heading: plain, id: plain, date: plain, category: plain, title: plain, match: plain, muted: plain, tag: plain, code: plain,
      syntax: () => plain,
    };
  }
  const chalk = newChalk(level);
  return {
    level,
    chalk,
    heading: chalk.bold,
    id: chalk.cyan,
    date: chalk.green,
    category: chalk.magenta,
    title: (s) => s,
    match: chalk.bold.yellow,
    muted: chalk.dim,
    tag: chalk.blue,
    code: chalk.yellow,
    syntax: (scopes) => SYNTAX[scopes.findLast((s) => s in SYNTAX) ?? ''] ?.(chalk) ?? ((s: string) => s),
  };
}

const SYNTAX: Record<string, (c: ChalkInstance) => Style> = {
  keyword: (c) => c.magenta,
  built_in: (c) => c.cyan,
  type: (c) => c.cyan,
  literal: (c) => c.blue,
  number: (c) => c.blue,
  string: (c) => c.green,
  regexp: (c) => c.red,
  comment: (c) => c.gray,
  meta: (c) => c.gray,
  title: (c) => c.yellow,
  'title.function': (c) => c.yellow,
  params: () => (s) => s,
  attr: (c) => c.cyan,
  attribute: (c) => c.cyan,
  variable: (c) => c.red,
  symbol: (c) => c.magenta,
  subst: () => (s) => s,
  section: (c) => c.bold,
  addition: (c) => c.green,
  deletion: (c) => c.red,
  tag: (c) => c.gray,
  name: (c) => c.blue,
};
