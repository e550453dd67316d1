// Armored key blocks (`-----BEGIN … PRIVATE KEY-----` … `-----END …-----`), read by hand in one pass.
//
// A regex such as `BEGIN…-----[base64\s-]{40,12000}?-----END` is quadratic on a file of repeated headers:
// its body class takes in the next header, so every header scans up to the length bound. This reader walks
// the body and stops at the first `-----` it meets: either the block's END line or the next header, where
// the next block's own walk begins. Every character is read by at most one walk, a constant number of times.
//
// Bodies are read as they are committed: plain lines, PEM headers (`Proc-Type: 4,ENCRYPTED`,
// `DEK-Info: …`, PGP `Version:`/`Comment:`), JSON or shell escapes (`\n`, `\\n`, `\/`), and lines of a
// string concatenation (`"…\n" +` and the next line's quote), so a key split across source lines is found.

export interface ArmorSpec {
  /** Labels between `BEGIN ` and `-----`, e.g. `RSA PRIVATE KEY`. */
  readonly labels: ReadonlySet<string>;
  /** Longest body read, in characters. */
  readonly maxBody: number;
  /** Fewest base64 characters a body must hold (documentation shows `...` or `<key>`). */
  readonly minBase64: number;
  /**
   * Report only blocks cut short instead: a BEGIN line and whole lines of base64 with no END line (a key pasted
   * into a log or an issue and trimmed, a file cut by a size limit). Such a body is still key material.
   */
  readonly truncated?: boolean;
}

const BEGIN = '-----BEGIN ';
const DASHES = '-----';
const MAX_LABEL = 40;
const MAX_HEADER_LINE = 256;

/**
 * Block spans for the keyword occurrences `starts` (each somewhere on a BEGIN line). Spans run from the
 * first `-` of the BEGIN line to the last `-` of the END line.
 */
export function* findArmoredBlocks(
  text: string,
  starts: readonly number[],
  spec: ArmorSpec,
): Iterable<{ start: number; end: number }> {
  let covered = 0;
  for (const at of starts) {
    if (at < covered) continue;
    // Look back over one label's length only: a search to the start of the text would be quadratic.
    const from = Math.max(0, at - MAX_LABEL - BEGIN.length);
    const found = text.slice(from, at + BEGIN.length).lastIndexOf(BEGIN);
    const begin = found === -1 ? -1 : from + found;
    if (begin === -1 || begin < covered) continue;
    const label = readLabel(text, begin + BEGIN.length);
    if (label === undefined || !spec.labels.has(label.text)) continue;
    const end = readBody(text, label.end, spec);
    // Whether found or not, the walk stopped at a `-----` or a foreign character: nothing before it can
    // start another block, so later keyword occurrences before it are skipped.
    covered = Math.max(covered, end.stop);
    if (spec.truncated) {
      if (end.blockEnd === undefined && end.cutEnd !== undefined) yield { start: begin, end: end.cutEnd };
    } else if (end.blockEnd !== undefined) yield { start: begin, end: end.blockEnd };
  }
}

/** The label after `BEGIN ` and the offset just past its closing dashes. */
function readLabel(text: string, from: number): { text: string; end: number } | undefined {
  const close = text.indexOf(DASHES, from);
  if (close === -1 || close - from > MAX_LABEL) return undefined;
  return { text: text.slice(from, close), end: close + DASHES.length };
}

function isBase64(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 43 ||
    code === 47 ||
    code === 61
  );
}

/** Blanks, and the punctuation of quoted or concatenated string lines. */
function isFiller(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 34 || code === 39 || code === 96;
}

interface BodyEnd {
  /** Just past the END line, when one of the spec's labels closes the body with enough base64. */
  readonly blockEnd?: number;
  /** With no END line: just past the last base64 character of the body's whole lines, when they hold enough. */
  readonly cutEnd?: number;
  /** Where the walk ended either way. */
  readonly stop: number;
}

/**
 * Walks a body from `from`. `blockEnd` is set when the END line of one of the spec's labels closes it
 * with enough base64; `cutEnd` when no END line comes but whole lines of base64 do; `stop` is where the walk
 * ended either way.
 */
function readBody(text: string, from: number, spec: ArmorSpec): BodyEnd {
  const limit = Math.min(text.length, from + spec.maxBody);
  let base64 = 0;
  let lineStart = true;
  let at = from;
  // base64 of the lines ended so far, and the end of the last of them: a line cut by a foreign character
  // (`...`, `<key>`, the code after a string) does not count
  let wholeBase64 = 0;
  let wholeEnd = -1;
  let lastBase64 = -1;
  const lineEnded = () => {
    if (lastBase64 > wholeEnd) {
      wholeBase64 = base64;
      wholeEnd = lastBase64;
    }
  };
  const cut = (stop: number, lineWhole: boolean): BodyEnd => {
    if (lineWhole) lineEnded();
    return wholeBase64 >= spec.minBase64 ? { cutEnd: wholeEnd, stop } : { stop };
  };
  while (at < limit) {
    const c = text.charCodeAt(at);
    if (isBase64(c)) {
      if (lineStart && isHeaderLine(text, at)) {
        at = skipHeaderLine(text, at);
        continue;
      }
      base64++;
      lineStart = false;
      at++;
      lastBase64 = at;
    } else if (c === 10 || c === 13) {
      lineEnded();
      lineStart = true;
      at++;
    } else if (isFiller(c) || c === 43 /* + */ || c === 44 /* , */ || c === 59 /* ; */) {
      at++;
    } else if (c === 92 /* \ */) {
      const next = text.charCodeAt(at + 1);
      if (next === 110 || next === 114) {
        lineEnded();
        lineStart = true; // \n \r
      }
      // \n \r \t end a line; \\ and \/ are JSON escapes of the next character
      if (next === 110 || next === 114 || next === 116) at += 2;
      else if (next === 92 || next === 47) at += 1;
      else return cut(at, false);
    } else if (c === 45 /* - */) {
      // a `-----` that is not this block's END line (the next block's header, another label's END)
      if (!text.startsWith(DASHES, at) || !text.startsWith('-----END ', at)) return cut(at, lineStart);
      const label = readLabel(text, at + 9);
      if (label === undefined || !spec.labels.has(label.text)) return cut(at, lineStart);
      return base64 >= spec.minBase64 ? { blockEnd: label.end, stop: label.end } : { stop: label.end };
    } else {
      return cut(at, false);
    }
  }
  // the end of the text ends the last line; the length limit cuts it
  return cut(at, at === text.length);
}

/** `Proc-Type: 4,ENCRYPTED`, `DEK-Info: AES-128-CBC,…`, `Version: GnuPG v2`, `Comment: …`. */
function isHeaderLine(text: string, at: number): boolean {
  let i = at;
  while (i < at + 32 && i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 58) return i > at && text.charCodeAt(i + 1) === 32;
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c === 45 && i > at))) return false;
    i++;
  }
  return false;
}

/** Skips a header line up to its newline (or an escaped `\n`), never past a `-----`. */
function skipHeaderLine(text: string, at: number): number {
  const limit = Math.min(text.length, at + MAX_HEADER_LINE);
  let i = at;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
    if (c === 92 && text.charCodeAt(i + 1) === 110) return i;
    if (c === 45 && text.startsWith(DASHES, i)) return i;
    i++;
  }
  return i;
}
