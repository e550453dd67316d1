// Inline suppressions: `keyward-ignore` on the finding's line, `keyward-ignore-next-line` on the line
// before, in any comment syntax (`//`, `#`, `/* */`, `<!-- -->`, `--`, `;`), with an optional reason.

const DIRECTIVE = /(?:\/\/|#|\/\*|<!--|--|;|\*|%|\{\/\*)[ \t]*keyward-ignore(-next-line)?(?![A-Za-z0-9_-])/;

/** Whether a finding starting at `offset` of `text` is suppressed by a comment. */
export function isSuppressed(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd === -1) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  const same = DIRECTIVE.exec(line);
  if (same && same[1] === undefined) return true;
  if (lineStart === 0) return false;
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const previous = DIRECTIVE.exec(text.slice(previousStart, lineStart - 1));
  return previous !== null && previous[1] !== undefined;
}
