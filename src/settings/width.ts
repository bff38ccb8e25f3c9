// The widths blog lays out for, whoever names them: --width, COLUMNS or the config file's "width"
// (README, "Limits"). Outside them a layout is useless (under 10) or costs memory for nothing
// (--width 300000000 printed 900 MB). No imports: the registry, bundled into boot, reads it.

export const WIDTH = { min: 10, max: 1000 } as const;

/** What a width must be, for messages. */
export const WIDTH_RULE = `a whole number of columns from ${WIDTH.min} to ${WIDTH.max}`;

/** Whether `value` is a width blog lays out for. */
export const isWidth = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= WIDTH.min && (value as number) <= WIDTH.max;
