import { printable } from './printable.js';

/**
 * Text as XML 1.0 character data or an attribute value: control characters (which XML cannot carry even
 * escaped) shown as `\xNN` escapes as in the text report (line breaks kept when `multiline`), then the five
 * special characters escaped.
 */
export function xmlText(text: string, multiline = false): string {
  const shown = multiline ? text.split('\n').map(printable).join('\n') : printable(text);
  return shown
    .replace(/[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
