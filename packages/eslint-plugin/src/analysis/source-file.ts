import type { TSESLint } from '@typescript-eslint/utils';
import { parseModule, scriptBlocks, ts } from '@keyward/flow';

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
