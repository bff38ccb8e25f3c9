// A source that cannot be read at all (a missing folder, a feed that is not one): the import
// stops with `blog: <message>; <fix>` and exit 2.
export class SourceError extends Error {
  constructor(message: string, readonly fix: string) {
    super(message);
    this.name = 'SourceError';
  }
}
