// Edits a JSON document as text, so that everything not edited stays byte for byte: a round trip through
// JSON.parse/JSON.stringify would shorten big integers, turn `1.50` into `1.5`, CRLF into LF and the user's
// indentation into ours. The text must be valid JSON: callers check it with JSON.parse first.

/** Where one member of an object sits in the text: `"key"` ends at `keyEnd`, its value spans valueStart..valueEnd. */
export interface MemberSpan {
  readonly key: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

/** An object in the text: its braces and its members, in order. */
export interface ObjectSpan {
  readonly open: number;
  readonly close: number;
  readonly members: readonly MemberSpan[];
}

/** How the document is laid out, copied into every line added. */
export interface Layout {
  readonly eol: string;
  readonly indent: string;
}

const SPACE = new Set([' ', '\t', '\n', '\r']);

/** The top-level value's first character (after a byte-order mark and whitespace). */
export function rootStart(text: string): number {
  return skipSpace(text, text.startsWith('\uFEFF') ? 1 : 0);
}

/** The object whose `{` is at `open`. */
export function objectAt(text: string, open: number): ObjectSpan {
  const members: MemberSpan[] = [];
  let i = skipSpace(text, open + 1);
  while (text[i] !== '}') {
    const keyStart = i;
    const keyEnd = stringEnd(text, i);
    const key = JSON.parse(text.slice(keyStart, keyEnd)) as string;
    const valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the ':'
    const valueEnd = valueEndAt(text, valueStart);
    members.push({ key, keyStart, keyEnd, valueStart, valueEnd });
    i = skipSpace(text, valueEnd);
    if (text[i] === ',') i = skipSpace(text, i + 1);
  }
  return { open, close: i, members };
}

/** The member named `key`, if the object has it (the last one wins, as in JSON.parse). */
export function member(object: ObjectSpan, key: string): MemberSpan | undefined {
  return object.members.findLast((m) => m.key === key);
}

/** The line ending and the indentation step the document already uses (LF and two spaces when it shows none). */
export function layoutOf(text: string): Layout {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const root = objectAt(text, rootStart(text));
  const first = root.members[0];
  const indent = first && lineIndent(text, first.keyStart);
  return { eol, indent: indent || '  ' };
}

/** `text` with `member`'s value replaced by `json`. */
export function replaceValue(text: string, target: MemberSpan, json: string): string {
  return text.slice(0, target.valueStart) + json + text.slice(target.valueEnd);
}

/**
 * `text` with `"key": json` added as the object's last member, laid out like its other members (same line or
 * one per line, their indentation and spacing around `:`); `depth` is the object's nesting level (0 for the root).
 */
export function addMember(
  text: string,
  object: ObjectSpan,
  depth: number,
  key: string,
  json: string,
  layout: Layout,
): string {
  const last = object.members.at(-1);
  if (!last) {
    const inner = layout.indent.repeat(depth + 1);
    const outer = layout.indent.repeat(depth);
    const added = `{${layout.eol}${inner}${JSON.stringify(key)}: ${json}${layout.eol}${outer}}`;
    return text.slice(0, object.open) + added + text.slice(object.close + 1);
  }
  const colon = text.slice(last.keyEnd, last.valueStart);
  const multiline = /[\r\n]/.test(text.slice(object.open, object.members[0]!.keyStart));
  const gap = multiline ? layout.eol + lineIndent(text, last.keyStart) : ' ';
  return `${text.slice(0, last.valueEnd)},${gap}${JSON.stringify(key)}${colon}${json}${text.slice(last.valueEnd)}`;
}

/** A flat object of strings as JSON text at `depth`, one member per line in the document's layout. */
export function objectText(entries: Readonly<Record<string, string>>, depth: number, layout: Layout): string {
  const inner = layout.indent.repeat(depth + 1);
  const lines = Object.entries(entries).map(
    ([key, value]) => `${inner}${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  );
  return `{${layout.eol}${lines.join(`,${layout.eol}`)}${layout.eol}${layout.indent.repeat(depth)}}`;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && SPACE.has(text[i]!)) i++;
  return i;
}

/** The index just past the string that starts at `i`. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j + 1;
  }
  return text.length;
}

/** The index just past the value that starts at `i`: a string, an object or array (nesting counted), or a scalar. */
function valueEndAt(text: string, i: number): number {
  const first = text[i];
  if (first === '"') return stringEnd(text, i);
  if (first === '{' || first === '[') {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const c = text[j];
      if (c === '"') j = stringEnd(text, j) - 1;
      else if (c === '{' || c === '[') depth++;
      else if ((c === '}' || c === ']') && --depth === 0) return j + 1;
    }
    return text.length;
  }
  let j = i;
  while (j < text.length && !SPACE.has(text[j]!) && text[j] !== ',' && text[j] !== '}' && text[j] !== ']') j++;
  return j;
}

/** The whitespace before `i` on its line, or '' when something else precedes it there. */
function lineIndent(text: string, i: number): string {
  let start = i;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r' ? text.slice(start, i) : '';
}
