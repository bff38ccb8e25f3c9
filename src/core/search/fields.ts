// The one list of what search looks in. The index cache stores the joined fields the index holds.

/** Where search looks, in the order of their worth: a title beats tags beats a summary beats a body. */
export const SEARCH_FIELDS = ['title', 'tags', 'summary', 'body'] as const;

export type SearchField = (typeof SEARCH_FIELDS)[number];

/** The fields every post has in the index itself; bodies are files of their own, read only when asked for. */
export type IndexField = Exclude<SearchField, 'body'>;

export const INDEX_FIELDS: readonly IndexField[] = SEARCH_FIELDS.filter((field): field is IndexField => field !== 'body');
