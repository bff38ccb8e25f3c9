// Numbered references for terminals without OSC 8 hyperlinks: a link prints as `text[1]` and
// its URL as a line `[1] https://…` at the end of the section, where it can be copied whole.
// Footnotes share the numbers, so `[n]` always points at exactly one line below.

export class References {
  private readonly numbers = new Map<string, number>();
  private readonly pending = new Map<number, string>();
  /** Footnote labels in the order they were numbered (so by number). */
  readonly notes: string[] = [];

  /** The number of a URL; the same URL keeps its number, and is listed in every section that uses it. */
  link(url: string): number {
    const n = this.number(`link:${url}`);
    this.pending.set(n, url);
    return n;
  }

  /** The number of a footnote, in the order the references appear. */
  note(label: string): number {
    const key = `note:${label}`;
    if (!this.numbers.has(key)) this.notes.push(label);
    return this.number(key);
  }

  /** The links used since the last call, by number: [number, url]. */
  takePending(): [number, string][] {
    const taken = [...this.pending].sort((a, b) => a[0] - b[0]);
    this.pending.clear();
    return taken;
  }

  private number(key: string): number {
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(key, n);
    }
    return n;
  }
}
