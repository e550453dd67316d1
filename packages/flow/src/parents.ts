import { ts } from './typescript.js';

// Parent pointers for a tree parsed without `setParentNodes` (see parse.ts): set in the walk that also bounds its
// depth, so a tree is walked once for both.

type Linked = { parent: ts.Node; jsDoc?: readonly ts.Node[] };

/**
 * Sets every node's parent, as `createSourceFile`'s `setParentNodes` does (JSDoc nodes included), and stops with
 * false as soon as the tree nests deeper than `limit` (see nestsDeeperThan). One walk instead of the parser's
 * parent walk plus a depth walk: on a real app's 4,000 files the two cost twice the one (bench/RESULTS.md).
 */
export function linkParents(root: ts.SourceFile, limit: number): boolean {
  return !linkBelow(root, limit);
}

/**
 * Sets the parents of every node below `node` (whose own parent is set) and answers true as soon as they nest
 * more than `limit` levels below it: the module index's walk hands it the subtrees it does not index (types).
 */
export function linkBelow(node: ts.Node, limit: number): boolean {
  let parent: ts.Node = node;
  let depth = 0;
  const bind = (child: ts.Node): true | undefined => {
    link(child, parent);
    if (depth >= limit) return true;
    const outer = parent;
    parent = child;
    depth++;
    const deeper = ts.forEachChild(child, bind);
    parent = outer;
    depth--;
    return deeper;
  };
  return ts.forEachChild(node, bind) === true;
}

/** Sets one node's parent, and the parents inside its JSDoc comments. */
export function link(child: ts.Node, parent: ts.Node): void {
  (child as unknown as Linked).parent = parent;
  const docs = (child as unknown as Linked).jsDoc;
  if (docs !== undefined)
    for (const doc of docs) {
      (doc as unknown as Linked).parent = child;
      linkJsDoc(doc);
    }
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
