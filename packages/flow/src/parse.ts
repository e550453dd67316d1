import { ts } from './typescript.js';
import { COMPONENT_FILE, scriptBlocks } from './markup.js';

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
export function parseModule(file: string, text: string, kind?: ts.ScriptKind): ts.SourceFile | undefined {
  // a `.vue` or `.svelte` component: its script blocks, the markup blanked (offsets kept)
  if (kind === undefined && COMPONENT_FILE.test(file)) {
    const scripts = scriptBlocks(text);
    if (!scripts.blanked) return undefined;
    return parseModule(file, scripts.blanked, scripts.kind);
  }
  kind ??= scriptKindOf(file);
  let node: ts.SourceFile;
  try {
    // parents are set by linkParents, not by the parser (`setParentNodes`): one walk then also bounds the depth
    node = ts.createSourceFile(`/${file}`, text, ts.ScriptTarget.Latest, false, kind);
  } catch {
    return undefined;
  }
  return linkParents(node, MAX_NESTING) ? node : undefined;
}

type Linked = { parent: ts.Node; jsDoc?: readonly ts.Node[] };

/**
 * Sets every node's parent, as `createSourceFile`'s `setParentNodes` does (JSDoc nodes included), and stops with
 * false as soon as the tree nests deeper than `limit` (see nestsDeeperThan). One walk instead of the parser's
 * parent walk plus a depth walk: on a real app's 4,000 files the two cost twice the one (bench/RESULTS.md).
 */
export function linkParents(root: ts.SourceFile, limit: number): boolean {
  let parent: ts.Node = root;
  let depth = 0;
  const bind = (child: ts.Node): true | undefined => {
    (child as unknown as Linked).parent = parent;
    const docs = (child as unknown as Linked).jsDoc;
    if (docs !== undefined)
      for (const doc of docs) {
        (doc as unknown as Linked).parent = child;
        linkJsDoc(doc);
      }
    if (depth >= limit) return true;
    const outer = parent;
    parent = child;
    depth++;
    const deeper = ts.forEachChild(child, bind);
    parent = outer;
    depth--;
    return deeper;
  };
  return ts.forEachChild(root, bind) === undefined;
}

/** Parents inside a JSDoc comment, with a stack: a comment's types are not code and do not count as depth. */
function linkJsDoc(doc: ts.Node): void {
  const stack = [doc];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const owner = node;
    ts.forEachChild(owner, (child) => {
      (child as unknown as Linked).parent = owner;
      stack.push(child);
    });
  }
}

/** Whether the tree nests deeper than `limit`; the recursion stops at the limit, so it cannot overflow. */
export function nestsDeeperThan(node: ts.Node, limit: number): boolean {
  if (limit < 0) return true;
  return ts.forEachChild(node, (child) => nestsDeeperThan(child, limit - 1) || undefined) ?? false;
}
