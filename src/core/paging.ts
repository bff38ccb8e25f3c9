// The error for a --page beyond the last one, shared by the commands that page.
import { PageOutOfRange } from './errors.js';

export const pastLastPage = (page: number, pages: number) => new PageOutOfRange(page, pages);
