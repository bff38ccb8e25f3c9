// GFM footnotes for marked: `[^label]: text` definitions (continued by lines indented four
// spaces) and `[^label]` references. The tokenizers only collect; numbering and the notes at the
// end of the post are the renderer's job.
import type { MarkedExtension, Token, Tokens } from 'marked';

export interface FootnoteDefinition extends Tokens.Generic {
  type: 'footnoteDefinition';
  label: string;
  tokens: Token[];
}

export interface FootnoteReference extends Tokens.Generic {
  type: 'footnoteReference';
  label: string;
}

const DEFINITION = /^ {0,3}\[\^([^\]\s]{1,100})\]:[ \t]*/;
const REFERENCE = /^\[\^([^\]\s]{1,100})\]/;
const normalize = (label: string) => label.toLowerCase();

/** Tokenizers that record each definition in `notes` (the first one of a label wins). */
export function footnotes(notes: Map<string, FootnoteDefinition>): MarkedExtension {
  return {
    extensions: [
      {
        name: 'footnoteDefinition',
        level: 'block',
        // marked asks before each paragraph with the rest of the document: look only as far as
        // the paragraph can reach (a blank line), so a long post stays linear.
        start: (src) => {
          const blank = src.indexOf('\n\n');
          return /^ {0,3}\[\^[^\]\s]+\]:/m.exec(blank === -1 ? src : src.slice(0, blank))?.index;
        },
        tokenizer(src) {
          const head = DEFINITION.exec(src);
          if (!head) return undefined;
          // The first line, then lines indented by four spaces, blank lines between them included.
          // Lines are read one at a time: a definition costs its own length, not the document's.
          const lineEnd = (from: number) => {
            const at = src.indexOf('\n', from);
            return at === -1 ? src.length : at;
          };
          let end = lineEnd(head[0].length);
          const body = [src.slice(head[0].length, end)];
          for (;;) {
            let next = end;
            while (next < src.length && /^[ \t]*(?:\n|$)/.test(src.slice(next + 1, lineEnd(next + 1) + 1))) next = lineEnd(next + 1);
            if (next >= src.length || !src.startsWith('    ', next + 1)) break;
            const last = lineEnd(next + 1);
            for (const line of src.slice(end + 1, last).split('\n')) body.push(line.slice(4));
            end = last;
          }
          const raw = src.slice(0, Math.min(src.length, end + 1));
          const token: FootnoteDefinition = { type: 'footnoteDefinition', raw, label: normalize(head[1]!), tokens: [] };
          this.lexer.blockTokens(body.join('\n'), token.tokens);
          if (!notes.has(token.label)) notes.set(token.label, token);
          return token;
        },
      },
      {
        name: 'footnoteReference',
        level: 'inline',
        // No `start`: marked's text stops before every `[` anyway.
        tokenizer(src) {
          const match = REFERENCE.exec(src);
          if (!match || !notes.has(normalize(match[1]!))) return undefined;
          const token: FootnoteReference = { type: 'footnoteReference', raw: match[0], label: normalize(match[1]!) };
          return token;
        },
      },
    ],
  };
}
