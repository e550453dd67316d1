import { ts } from './typescript.js';
import { COMPONENT_FILE, scriptBlocks } from './markup.js';
import { linkParents } from './parents.js';
import { indexWhileLinking } from './module-index.js';

// Parsing code for the engine: syntax only, parent pointers set, never a program or a type checker.

/** Nesting deeper than this is machine-made or hostile; the analyses recurse, so such files stay with the text scan. */
const MAX_NESTING = 400;

/** `.tsx` → TSX, `.ts`/`.mts`/`.cts` → TS, `.jsx` → JSX, anything else → JS (which also accepts JSX). */
export function scriptKindOf(file: string): ts.ScriptKind {
  if (/\.tsx$/.test(file)) return ts.ScriptKind.TSX;
  if (/\.[cm]?ts$/.test(file)) return ts.ScriptKind.TS;
  if (/\.jsx$/.test(file)) return ts.ScriptKind.JSX;
  return ts.ScriptKind.JS;
}

/**
 * The syntax tree of one module, or undefined when the parser gives up (it recurses too) or the tree nests too
 * deep for the analyses. `file` is the path relative to the root; it decides the script kind (a `.vue` or
 * `.svelte` file: its `<script>` blocks, in the kind their `lang` names).
 */
export function parseModule(
  file: string,
  text: string,
  kind?: ts.ScriptKind,
  options: ParseOptions = {},
): ts.SourceFile | undefined {
  // a `.vue` or `.svelte` component: its script blocks, the markup blanked (offsets kept)
  if (kind === undefined && COMPONENT_FILE.test(file)) {
    const scripts = scriptBlocks(text);
    if (!scripts.blanked) return undefined;
    return parseModule(file, scripts.blanked, scripts.kind, options);
  }
  kind ??= scriptKindOf(file);
  let node: ts.SourceFile;
  try {
    // parents are set by linkParents, not by the parser (`setParentNodes`): one walk then also bounds the depth
    node = ts.createSourceFile(`/${file}`, text, ts.ScriptTarget.Latest, false, kind);
  } catch {
    return undefined;
  }
  const kept = options.index ? indexWhileLinking(node, MAX_NESTING) : linkParents(node, MAX_NESTING);
  return kept ? node : undefined;
}

/**
 * The code the engine parses of a file: its text, or a component's with the markup blanked, and the script kind.
 * Undefined for a component without a `<script>` block.
 */
export function codeOf(
  file: string,
  text: string,
): { readonly text: string; readonly kind: ts.ScriptKind } | undefined {
  if (!COMPONENT_FILE.test(file)) return { text, kind: scriptKindOf(file) };
  const scripts = scriptBlocks(text);
  return scripts.blanked ? { text: scripts.blanked, kind: scripts.kind } : undefined;
}

/** A module's tree from codeOf's text and kind, parents linked and indexed in one walk (as the scanner parses). */
export function parseCode(file: string, text: string, kind: ts.ScriptKind): ts.SourceFile | undefined {
  return parseModule(file, text, kind, { index: true });
}

export interface ParseOptions {
  /**
   * Build the module's index (module-index.ts) in the walk that links the parents: for a front end that indexes
   * every module it parses (the scanner). ESLint leaves it off: its prefilter skips the engine on most files.
   */
  readonly index?: boolean;
}

/** Whether the tree nests deeper than `limit`; the recursion stops at the limit, so it cannot overflow. */
export function nestsDeeperThan(node: ts.Node, limit: number): boolean {
  if (limit < 0) return true;
  return ts.forEachChild(node, (child) => nestsDeeperThan(child, limit - 1) || undefined) ?? false;
}
