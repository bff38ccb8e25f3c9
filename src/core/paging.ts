// The error for a --page beyond the last one, shared by the commands that page.
import { notFound, type BlogError } from '../errors.js';

export function pastLastPage(page: number, pages: number): BlogError {
  const there = pages === 1 ? 'there is 1 page' : `there are ${pages} pages`;
  // "there are 3 pages" says what to do: no hint after it.
  return notFound(`page ${page} is past the last page; ${there}`);
}
