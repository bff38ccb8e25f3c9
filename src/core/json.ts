// JSON parsing that says where it broke. JSON.parse is fast but V8's messages do not always carry
// a position, so only on failure do we load a tolerant parser to locate the first error.

export interface JsonLocation {
  line: number;
  column: number;
  reason: string;
}

export class JsonSyntaxError extends Error {
  constructor(readonly location: JsonLocation) {
    super(`line ${location.line}, column ${location.column}: ${location.reason}`);
  }
}

const REASONS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the array',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'incomplete number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'control character inside a string',
};

/** Parses JSON text; on failure throws a JsonSyntaxError with a 1-based line and column. */
export async function parseJson(text: string): Promise<unknown> {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new JsonSyntaxError(await locateJsonError(text, (error as Error).message));
  }
}

async function locateJsonError(text: string, v8Message: string): Promise<JsonLocation> {
  const { parse, printParseErrorCode } = await import('jsonc-parser');
  const errors: import('jsonc-parser').ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) {
    const code = printParseErrorCode(first.error);
    return { ...lineAndColumn(text, first.offset), reason: REASONS[code] ?? code };
  }
  // jsonc-parser accepted what V8 rejected (e.g. a lone surrogate quirk): fall back to V8's words.
  const position = /at position (\d+)/.exec(v8Message)?.[1];
  return {
    ...lineAndColumn(text, position === undefined ? text.length : Number(position)),
    reason: v8Message.replace(/ in JSON at position \d+.*$/, ''),
  };
}

/** 1-based line and column (in characters) of a 0-based offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}
