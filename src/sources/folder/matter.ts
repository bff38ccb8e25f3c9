// Parsing front matter: YAML with `yaml` (its 1.2 core schema keeps dates as text, so a date
// without an offset can be read in the configured zone) and TOML with smol-toml, both loaded
// only here. A text field that breaks YAML, as Korean titles often do (`title: [Spring] 트랜잭션`,
// `title: 스프링: 트랜잭션`), is read as the raw text of its line, with a warning naming the line.
import type { FrontMatter } from '../../core/front-matter.js';

export type Matter = Record<string, unknown>;

export interface ParsedMatter {
  readonly data?: Matter;
  /** Why the front matter could not be read, with the file's line when known. */
  readonly problem?: { readonly line?: number; readonly message: string };
  readonly warnings: readonly { readonly line: number; readonly message: string }[];
}

/** Keys whose values are plain text in every generator: recovered from their raw line when YAML breaks. */
const TEXT_KEYS = ['title', 'summary', 'description', 'excerpt'];

const isPlainObject = (value: unknown): value is Matter => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

export async function parseMatter(front: FrontMatter): Promise<ParsedMatter> {
  if (front.kind === 'none' || front.matter.trim() === '') return { data: {}, warnings: [] };
  if (front.kind === 'toml') {
    const { parse, TomlError } = await import('smol-toml');
    try {
      const data = parse(front.matter);
      return { data, warnings: [] };
    } catch (error) {
      const line = error instanceof TomlError ? front.line + error.line - 1 : undefined;
      return { problem: { ...(line !== undefined && { line }), message: `the TOML front matter is not valid: ${firstLine(error)}` }, warnings: [] };
    }
  }
  const yaml = await import('yaml');
  const parseYaml = (text: string): { data?: unknown; line?: number; message?: string } => {
    const document = yaml.parseDocument(text, { uniqueKeys: false, prettyErrors: true });
    const [error] = document.errors;
    if (error) return { line: error.linePos?.[0]?.line, message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') };
    try {
      return { data: document.toJS({ maxAliasCount: 100 }) };
    } catch (error) {
      // An alias with no anchor, or too many aliases (a "billion laughs").
      return { line: 1, message: (error as Error).message.split('\n')[0] };
    }
  };
  let result = parseYaml(front.matter);
  const textOk = (data: unknown) => isPlainObject(data) && TEXT_KEYS.every((key) => data[key] === undefined || data[key] === null || typeof data[key] !== 'object');
  const warnings: { line: number; message: string }[] = [];
  if (result.message !== undefined || !textOk(result.data)) {
    const lines = front.matter.split(/\r?\n/);
    lines.forEach((line, i) => {
      const m = /^([A-Za-z_]+)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(line);
      if (!m || !TEXT_KEYS.includes(m[1]!) || m[2] === '' || /^[|>]/.test(m[2]!)) return;
      const alone = parseYaml(line);
      const value = isPlainObject(alone.data) ? alone.data[m[1]!] : undefined;
      if (alone.message === undefined && (value === null || typeof value !== 'object')) return;
      const raw = m[2]!.replace(/^(["'])(.*)\1$/, '$2');
      lines[i] = `${m[1]}: ${JSON.stringify(raw)}`;
      warnings.push({ line: front.line + i, message: `the ${m[1]} is not valid YAML; read as the text ${JSON.stringify(raw)} (put it in quotes)` });
    });
    if (warnings.length > 0) result = parseYaml(lines.join('\n'));
  }
  if (result.message !== undefined) {
    return { problem: { ...(result.line !== undefined && { line: front.line + result.line - 1 }), message: `the YAML front matter is not valid: ${result.message}` }, warnings };
  }
  if (result.data === null || result.data === undefined) return { data: {}, warnings };
  if (!isPlainObject(result.data)) return { problem: { line: front.line, message: 'the front matter is not a set of keys (key: value)' }, warnings };
  return { data: result.data, warnings };
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
