// The query as typed. Text comes as the terminal sends it, a syllable at a time once the input
// method commits it; Backspace takes back one whole grapheme (a syllable, also an NFD one sent as
// separate jamo, an emoji with its modifiers), never half of one.
import { sanitizeLine } from '../render/sanitize.js';
import { graphemes } from '../render/text/width.js';

/** Longer queries are cut: the engine refuses words past 256 characters anyway. */
export const MAX_QUERY = 200;

export class LineEditor {
  #text = '';

  get text(): string {
    return this.#text;
  }

  /** Adds typed or pasted text, without control characters or line breaks. */
  insert(text: string): void {
    const clean = sanitizeLine(text).replace(/[\r\n\t]/g, ' ');
    this.#text = (this.#text + clean).slice(0, MAX_QUERY);
  }

  /** Removes the last grapheme; false when there was nothing to remove. */
  backspace(): boolean {
    if (this.#text === '') return false;
    const parts = graphemes(this.#text);
    this.#text = this.#text.slice(0, parts[parts.length - 1]!.index);
    return true;
  }

  /** Removes the last word and the spaces after it (Ctrl-W). */
  deleteWord(): boolean {
    if (this.#text === '') return false;
    this.#text = this.#text.replace(/\S*\s*$/u, '');
    return true;
  }

  clear(): boolean {
    const had = this.#text !== '';
    this.#text = '';
    return had;
  }
}
