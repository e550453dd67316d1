// Text from the checkout rendered into the job summary (Markdown with HTML): a file name holding `|`, a
// backtick, a newline or `<!--` must not close a table cell, open a code span, start a row or hide the rest
// of the page in a comment. Everything that Markdown or HTML could read as syntax becomes an entity, and
// control characters become visible symbols.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const SYNTAX = /[&<>"|`\\*_[\]#!~]/g;
const CONTROL = /[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` safe inside a Markdown table cell or paragraph: no syntax, no HTML, no line breaks. */
export function markdownText(text: string): string {
  return text
    .replace(SYNTAX, (c) => ENTITIES[c] ?? `&#${c.charCodeAt(0)};`)
    .replace(CONTROL, (c) => {
      const code = c.charCodeAt(0);
      // C0 controls as their Unicode control pictures (␊ for a newline), others as their code point
      return code < 0x20
        ? String.fromCharCode(0x2400 + code)
        : code === 0x7f
          ? '\u2421'
          : `U+${code.toString(16).toUpperCase()}`;
    });
}

/** `text` as inline code, escaped: `<code>` with entities, since a backtick code span cannot hold backticks safely. */
export function markdownCode(text: string): string {
  return `<code>${markdownText(text)}</code>`;
}
