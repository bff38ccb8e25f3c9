// The program's own styling, in one place. Built from a chalk instance whose level the Output
// chose, so NO_COLOR, --no-color and pipes turn every style into the identity.
import { Chalk, type ChalkInstance } from 'chalk';

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
}

export function createTheme(level: 0 | 1 | 2 | 3): Theme {
  const chalk = new Chalk({ level });
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
  };
}
