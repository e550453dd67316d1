// Text from the scanned tree (file names above all) reaches a terminal: an ESC in a file name could rewrite
// the screen, hide lines or forge a clean result, and bidirectional overrides reorder what is shown. Control
// characters become visible escapes; the reporter's own colours are added after.

const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with control and bidi-control characters shown as `\xNN` / `\uNNNN` escapes. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
