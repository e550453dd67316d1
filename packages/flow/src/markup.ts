import { ts } from './typescript.js';

// Single-file components (Vue, Svelte) and HTML hold their code in `<script>` blocks. The engine reads them
// with everything else blanked, so offsets, lines and columns stay those of the file: the text scan's key
// positions and every finding line up with what the user sees. ESLint and the scanner both parse them so.

/** Files whose code sits in `<script>` blocks, which the scanner's semantic pass reads. */
export const COMPONENT_FILE = /\.(?:vue|svelte)$/;

/**
 * The file's text with everything outside `<script>` blocks turned into spaces (line breaks kept), and the
 * script kind their `lang` asks for. Linear: each block's end is searched once from where the block starts.
 */
export function scriptBlocks(text: string): { blanked?: string; kind: ts.ScriptKind } {
  const keep: [number, number][] = [];
  let kind = ts.ScriptKind.JS;
  let from = 0;
  for (;;) {
    const open = text.indexOf('<script', from);
    if (open === -1) break;
    const close = text.indexOf('>', open);
    if (close === -1) break;
    const end = text.indexOf('</script', close);
    if (end === -1) break;
    const tag = text.slice(open, close);
    if (/\blang=["']tsx["']/.test(tag)) kind = ts.ScriptKind.TSX;
    else if (/\blang=["']ts["']/.test(tag) && kind !== ts.ScriptKind.TSX) kind = ts.ScriptKind.TS;
    keep.push([close + 1, end]);
    from = end;
  }
  if (keep.length === 0) return { kind };
  let blanked = '';
  let at = 0;
  for (const [start, end] of keep) {
    blanked += blank(text.slice(at, start)) + text.slice(start, end);
    at = end;
  }
  return { blanked: blanked + blank(text.slice(at)), kind };
}

function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}
