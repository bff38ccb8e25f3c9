/** [start, end) character offsets into a text: a search match in a title, a word in a body line. */
export type Range = readonly [start: number, end: number];
