// JSON parsing that says where it broke. JSON.parse is fast but V8's messages do not always carry
// a position, so only on failure do we load a scanner to locate the first error.

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

// jsonc-parser's token and scan error numbers (its .d.ts declares them as const enums).
const TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, comma: 5, colon: 6, string: 10,
  lineComment: 12, blockComment: 13, lineBreak: 14, trivia: 15, unknown: 16, end: 17 } as const;
const SCALARS: ReadonlySet<number> = new Set([7, 8, 9, 10, 11]); // null, true, false, string, number

const SCAN_ERRORS: Record<number, string> = {
  1: 'comments are not allowed in JSON',
  2: 'unterminated string',
  3: 'incomplete number',
  4: 'invalid \\u escape',
  5: 'invalid escape character',
  6: 'control character inside a string',
};

/** Parses JSON text; on failure throws a JsonSyntaxError with a 1-based line and column. */
export async function parseJson(text: string): Promise<unknown> {
  try {
    // V8's parser takes any depth of nesting (it keeps its own stack), so deep JSON is read here.
    return JSON.parse(text);
  } catch (error) {
    throw new JsonSyntaxError(await locateJsonError(text, (error as Error).message));
  }
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

/**
 * Finds the first syntax error with jsonc-parser's scanner and a stack of open brackets, not its
 * parser: that one recurses once per level, so 100,000 "[" would overflow the call stack.
 */
async function locateJsonError(text: string, v8Message: string): Promise<JsonLocation> {
  const { createScanner } = await import('jsonc-parser');
  const scanner = createScanner(text, false);
  const open: number[] = []; // TOKEN.openBrace or TOKEN.openBracket, innermost last
  let expect = 'value' as Expect;
  const afterValue = () => (expect = open.length === 0 ? 'end' : 'comma-or-close');
  for (;;) {
    const token: number = scanner.scan();
    const fail = (reason: string) => ({ ...lineAndColumn(text, scanner.getTokenOffset()), reason });
    const scanError = SCAN_ERRORS[scanner.getTokenError()];
    if (scanError) return fail(scanError);
    if (token === TOKEN.trivia || token === TOKEN.lineBreak) continue;
    if (token === TOKEN.lineComment || token === TOKEN.blockComment) return fail('comments are not allowed in JSON');
    if (token === TOKEN.unknown) return fail('unexpected character');
    const inArray = open[open.length - 1] === TOKEN.openBracket;
    if (token === TOKEN.end) {
      if (expect === 'end') break;
      if (open.length === 0) return fail('expected a value');
      return fail(`the file ends before ${inArray ? '"]" closes an array' : '"}" closes an object'}`);
    }
    switch (expect) {
      case 'value':
      case 'value-or-close':
        if (token === TOKEN.openBrace || token === TOKEN.openBracket) {
          open.push(token);
          expect = token === TOKEN.openBrace ? 'key-or-close' : 'value-or-close';
        } else if (SCALARS.has(token) || (expect === 'value-or-close' && token === TOKEN.closeBracket)) {
          if (token === TOKEN.closeBracket) open.pop();
          afterValue();
        } else {
          return fail('expected a value');
        }
        break;
      case 'key':
      case 'key-or-close':
        if (expect === 'key-or-close' && token === TOKEN.closeBrace) {
          open.pop();
          afterValue();
        } else if (token === TOKEN.string) {
          expect = 'colon';
        } else {
          return fail('expected a property name in double quotes');
        }
        break;
      case 'colon':
        if (token !== TOKEN.colon) return fail('expected ":" after the property name');
        expect = 'value';
        break;
      case 'comma-or-close':
        if (token === TOKEN.comma) {
          expect = inArray ? 'value' : 'key';
        } else if (token === (inArray ? TOKEN.closeBracket : TOKEN.closeBrace)) {
          open.pop();
          afterValue();
        } else {
          return fail(inArray ? 'expected "," or "]" after an array item' : 'expected "," or "}" after a property value');
        }
        break;
      case 'end':
        return fail('unexpected text after the end of the JSON value');
    }
  }
  // The scanner accepted what V8 rejected: fall back to V8's words.
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
