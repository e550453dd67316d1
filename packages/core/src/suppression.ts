// Inline suppressions: `keyward-ignore` on the finding's line, `keyward-ignore-next-line` on the line
// before, in any comment syntax (`//`, `#`, `/* */`, `<!-- -->`, `--`, `;`), with an optional reason.

const DIRECTIVE = /(?:\/\/|#|\/\*|<!--|--|;|\*|%|\{\/\*)[ \t]*keyward-ignore(-next-line)?(?![A-Za-z0-9_-])/;

/**
 * Whether a finding starting at `offset` of `text` is suppressed by a comment. Lines end at LF, CRLF or a lone
 * CR: with lone-CR line endings one comment must not cover the whole file.
 */
export function isSuppressed(text: string, offset: number): boolean {
  const lineStart = startOfLine(text, offset);
  const line = text.slice(lineStart, endOfLine(text, offset));
  const same = DIRECTIVE.exec(line);
  if (same && same[1] === undefined) return true;
  if (lineStart === 0) return false;
  // the previous line ends before its line break (CRLF counts as one)
  const previousEnd = text.startsWith('\r\n', lineStart - 2) ? lineStart - 2 : lineStart - 1;
  const previous = DIRECTIVE.exec(text.slice(startOfLine(text, previousEnd), previousEnd));
  return previous !== null && previous[1] !== undefined;
}

/**
 * A suppression test for many offsets of one text, in increasing order (a scan's matches): each line is judged
 * once, and finding a line's bounds costs only the distance from the last one, so a minified line with
 * thousands of matches stays linear. Texts without the directive's word skip all of it.
 */
export function suppressionFilter(text: string): (offset: number) => boolean {
  if (!text.includes('keyward-ignore')) return () => false;
  let lineStart = -1;
  let lineEnd = -1;
  let verdict = false;
  return (offset) => {
    if (offset >= lineStart && offset <= lineEnd && lineStart >= 0) return verdict;
    lineStart = startOfLine(text, offset);
    lineEnd = endOfLine(text, offset);
    verdict = isSuppressed(text, offset);
    return verdict;
  };
}

// CRs are looked for only within the LF-delimited line (native searches over a slice, which V8 does not copy)
function startOfLine(text: string, offset: number): number {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return start + text.slice(start, offset).lastIndexOf('\r') + 1;
}

function endOfLine(text: string, offset: number): number {
  let end = text.indexOf('\n', offset);
  if (end === -1) end = text.length;
  const cr = text.slice(offset, end).indexOf('\r');
  return cr === -1 ? end : offset + cr;
}
