// Keys split across string literals joined by `+` (`'sk_live_' +\n  '4eC3…'`), `.` or adjacency: the text
// scan sees two short strings, the program holds one key. Each chain of plain literals is joined and
// scanned once; a match that crosses a literal boundary is reported at the chain's place in the file.
// The flow engine does the same from the syntax tree for JS/TS; the text scan needs it for every language
// and for `--no-semantic`.

/**
 * A closing quote, an operator (`+`, PHP's `.`) or none (Python's and C's adjacent literals, which then need
 * a blank or line break between them), then an opening quote. At most one line break on each side.
 */
const JUNCTION =
  /["'`](?:[ \t]{0,64}(?:\r?\n[ \t]{0,64})?[+.][ \t]{0,64}(?:\r?\n[ \t]{0,64})?|[ \t]{1,64}(?:\r?\n[ \t]{0,64})?|\r?\n[ \t]{0,64})["'`]/g;

const MAX_LITERAL = 512;
const MAX_PARTS = 16;

/** One `+` chain of literals: the contents' spans in the text, in order. */
export interface LiteralChain {
  readonly parts: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  readonly joined: string;
}

/** The `+` chains of two or more plain string literals in `text`; linear in the text's length. */
export function literalChains(text: string): LiteralChain[] {
  const chains: LiteralChain[] = [];
  let covered = 0;
  JUNCTION.lastIndex = 0;
  let junction: RegExpExecArray | null;
  while ((junction = JUNCTION.exec(text)) !== null) {
    if (junction.index < covered) continue;
    const left = literalEndingAt(text, junction.index);
    if (!left) continue;
    const parts = [left];
    let openQuote = junction.index + junction[0].length - 1;
    while (parts.length < MAX_PARTS) {
      const right = literalStartingAt(text, openQuote);
      if (!right) break;
      parts.push(right);
      JUNCTION.lastIndex = right.end;
      const next = JUNCTION.exec(text);
      if (!next || next.index !== right.end) {
        JUNCTION.lastIndex = right.end + 1;
        break;
      }
      openQuote = next.index + next[0].length - 1;
    }
    covered = parts[parts.length - 1]!.end + 1;
    JUNCTION.lastIndex = Math.max(JUNCTION.lastIndex, covered);
    if (parts.length >= 2) chains.push({ parts, joined: parts.map((p) => text.slice(p.start, p.end)).join('') });
  }
  return chains;
}

/** The literal whose closing quote is at `close`: its content span, or undefined if it is not plain. */
function literalEndingAt(text: string, close: number): { start: number; end: number } | undefined {
  const quote = text.charCodeAt(close);
  for (let at = close - 1; at >= 0 && close - at <= MAX_LITERAL; at--) {
    const c = text.charCodeAt(at);
    if (c === 10 || c === 92) return undefined;
    if (c === quote) return { start: at + 1, end: close };
  }
  return undefined;
}

/** The literal whose opening quote is at `open`. */
function literalStartingAt(text: string, open: number): { start: number; end: number } | undefined {
  const quote = text.charCodeAt(open);
  for (let at = open + 1; at < text.length && at - open <= MAX_LITERAL; at++) {
    const c = text.charCodeAt(at);
    if (c === 10 || c === 92) return undefined;
    if (c === quote) return { start: open + 1, end: at };
  }
  return undefined;
}

/** Maps an offset in `chain.joined` to the text; `end` offsets map to just after the character before. */
export function chainOffset(chain: LiteralChain, offset: number, isEnd: boolean): number {
  let base = 0;
  for (const part of chain.parts) {
    const length = part.end - part.start;
    if (isEnd ? offset <= base + length : offset < base + length) return part.start + (offset - base);
    base += length;
  }
  const last = chain.parts[chain.parts.length - 1]!;
  return last.end;
}

/** Whether a joined span `[start, end)` crosses from one literal into the next. */
export function crossesParts(chain: LiteralChain, start: number, end: number): boolean {
  let base = 0;
  for (const part of chain.parts) {
    base += part.end - part.start;
    if (start < base) return end > base;
  }
  return false;
}
