// A post and a post index as the rest of the program sees them: validated and normalised by the
// store (src/store/validate.ts). The fields come from the index format in schema.ts, so the types
// and the validation cannot drift apart.
import type { BlogInfo, IndexSource, RawPost } from './schema.js';

/** A validated post. Text fields are NFC-normalised; `time` is the date as epoch milliseconds. */
export type Post = Omit<RawPost, 'tags'> & { tags: string[]; time: number };

export interface PostIndex {
  blog?: BlogInfo;
  /** Extra spellings for search: {"카프카": ["kafka"]}. */
  aliases?: Record<string, string[]>;
  posts: Post[];
  /** The sources `blog import` reads this index from. */
  sources?: IndexSource[];
  lastId?: number;
  /** Some dates had no offset and were read in the configured time zone: derived data depends on it. */
  zoned?: boolean;
  /** Absolute path of the index file. */
  file: string;
  /** The blog's folder: body files must stay inside it. */
  root: string;
}
