// Placeholder until the feed source lands: same signature, always refuses.
import { SourceError } from '../errors.js';
import type { SourceResult } from '../types.js';

export async function readFeed(_source: string, _options: { timezone: string; validators?: { etag?: string; lastModified?: string }; timeoutMs?: number }): Promise<SourceResult> {
  throw new SourceError('feeds are not supported yet', 'import a Markdown folder');
}
