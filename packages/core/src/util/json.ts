// Says where a JSON text is broken without quoting it. `JSON.parse` messages quote the text around the error
// ("Unexpected token 'l', ..."ignore": [lmif_live_"... is not valid JSON"), and a config or baseline file may
// hold a key; an error message must never echo file content.

type Expect = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'comma-or-end' | 'done';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

/**
 * Where the first JSON syntax error sits, as "line L, column C" (1-based), with "ends early" when the text
 * stops mid-value; undefined when the text is valid JSON. Iterative, so deep nesting cannot overflow the stack.
 */
export function jsonSyntaxError(text: string): string | undefined {
  const offset = firstErrorOffset(text);
  if (offset < 0) return undefined;
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const where = `line ${line}, column ${offset - lineStart + 1}`;
  return offset >= text.length ? `it ends early, ${where}` : where;
}

/** Offset of the first character JSON does not allow there (text.length when the text ends early), or -1. */
function firstErrorOffset(text: string): number {
  const containers: ('array' | 'object')[] = [];
  const after = (): Expect => (containers.length ? 'comma-or-end' : 'done');
  let expect: Expect = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= text.length) return expect === 'done' ? -1 : i;
    const ch = text[i]!;
    switch (expect) {
      case 'done':
        return i;
      case 'value':
      case 'value-or-end': {
        if (expect === 'value-or-end' && ch === ']') {
          containers.pop();
          i++;
          expect = after();
        } else if (ch === '{' || ch === '[') {
          containers.push(ch === '{' ? 'object' : 'array');
          i++;
          expect = ch === '{' ? 'key-or-end' : 'value-or-end';
        } else if (ch === '"') {
          const end = stringEnd(text, i);
          if (end < 0) return -end - 1;
          i = end;
          expect = after();
        } else {
          const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
          NUMBER.lastIndex = i;
          const number = literal ? undefined : NUMBER.exec(text);
          if (!literal && !number) return i;
          i += literal ? literal.length : number![0].length;
          expect = after();
        }
        break;
      }
      case 'key':
      case 'key-or-end': {
        if (expect === 'key-or-end' && ch === '}') {
          containers.pop();
          i++;
          expect = after();
          break;
        }
        if (ch !== '"') return i;
        const end = stringEnd(text, i);
        if (end < 0) return -end - 1;
        i = end;
        while (i < text.length && /[ \t\n\r]/.test(text[i]!)) i++;
        if (text[i] !== ':') return i;
        i++;
        expect = 'value';
        break;
      }
      case 'comma-or-end': {
        const inObject = containers.at(-1) === 'object';
        if (ch === ',') {
          i++;
          expect = inObject ? 'key' : 'value';
        } else if (ch === (inObject ? '}' : ']')) {
          containers.pop();
          i++;
          expect = after();
        } else return i;
        break;
      }
    }
  }
}

/** The offset after a string starting at `start`, or -(error offset + 1). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return -(i + 1);
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!HEX4.test(text.slice(i + 2, i + 6))) return -(i + 1);
        i += 5;
      } else if (next !== undefined && ESCAPES.has(next)) i++;
      else return -(i + 1);
    }
  }
  return -(text.length + 1);
}
