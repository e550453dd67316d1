import type { TSESLint } from '@typescript-eslint/utils';
import { parseModule, ts } from '@keyward/flow';

// The TypeScript syntax tree the engine reads for the file being linted. typescript-eslint's parser already made
// one (`parserServices.esTreeNodeToTSNodeMap`, no type information needed); it is used when its TypeScript is the
// engine's (same SyntaxKind numbers) and it covers the whole text. Otherwise — espree, another TypeScript copy,
// Vue and Svelte files — the text is parsed here; markup outside `<script>` blocks is blanked first, so offsets,
// lines and columns stay those of the file.

const MARKUP = /\.(?:vue|svelte|astro|html?)$/;

export function sourceFileOf(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  file: string,
): ts.SourceFile | undefined {
  const { sourceCode } = context;
  const text = sourceCode.text;
  const parsed = parserTree(context);
  if (parsed) return parsed;
  if (!MARKUP.test(file)) return parseModule(file, text);
  const scripts = scriptBlocks(text);
  if (!scripts.blanked) return undefined;
  return parseModule(file, scripts.blanked, scripts.kind);
}

/** typescript-eslint's own tree, when the engine can read it. */
function parserTree(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): ts.SourceFile | undefined {
  const map = (context.sourceCode.parserServices as { esTreeNodeToTSNodeMap?: { get(node: unknown): unknown } })
    ?.esTreeNodeToTSNodeMap;
  const node = map?.get(context.sourceCode.ast) as ts.SourceFile | undefined;
  // SyntaxKind.SourceFile comes after every expression and statement kind: when a TypeScript version adds or
  // removes one of those, this number moves, so equal numbers mean the engine reads the tree right
  if (!node || node.kind !== ts.SyntaxKind.SourceFile || typeof node.getLineAndCharacterOfPosition !== 'function')
    return undefined;
  return node.text === context.sourceCode.text ? node : undefined;
}

/**
 * The file's text with everything outside `<script>` blocks turned into spaces (line breaks kept), and the
 * script kind their `lang` asks for. Linear: each block's end is searched once from where the block starts.
 */
function scriptBlocks(text: string): { blanked?: string; kind: ts.ScriptKind } {
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
