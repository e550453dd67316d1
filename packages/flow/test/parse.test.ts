import { describe, expect, it } from 'vitest';
import { ts } from '../src/typescript.js';
import { nestsDeeperThan, parseModule } from '../src/parse.js';
import { indexOf, type ModuleIndex } from '../src/module-index.js';

// parseModule links parents itself (one walk that also bounds the depth) instead of asking the parser to: the
// trees must be the ones `setParentNodes` gives, and the depth bound the one nestsDeeperThan states.

const SAMPLE = `
/**
 * A documented function.
 * @param {{ apiKey: string, nested: { depth: number } }} options the options
 * @returns {Promise<string>} the key
 */
export async function load(options) {
  const { apiKey } = options;
  class Holder { /** @type {string} */ key = apiKey; }
  return new Holder().key ?? \`\${apiKey}-\${[1, [2, [3]]].length}\`;
}
export const view = (props: { token: string }) => <div title={props.token}>{/* c */}<span>{props.token}</span></div>;
const { STRIPE_SECRET_KEY } = process.env;
const env = import.meta.env;
const split = 'lmif_' + ('live_' + 'x');
headers.set('Authorization', env.API_TOKEN);
Object.assign(config, { auth: split });
delete config.headers;
const client = new Client({ dangerouslyAllowBrowser: true, apiKey: window.key });
import('./lazy').then((m) => m.run(require('./other')));
`;

/** Every node, JSDoc nodes and their contents included, in a fixed order. */
function nodesOf(file: ts.SourceFile): ts.Node[] {
  const nodes: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    nodes.push(node);
    for (const doc of (node as { jsDoc?: ts.Node[] }).jsDoc ?? []) visit(doc);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return nodes;
}

/** An index as data: each entry by its node's kind and position, so two trees of one text can be compared. */
function indexShape(index: ModuleIndex, file: ts.SourceFile) {
  const at = (node: ts.Node | undefined) => (node ? `${ts.SyntaxKind[node.kind]}@${node.pos}-${node.end}` : '-');
  const functions = index.calls.flatMap((call) => (call.within ? [call.within] : []));
  return {
    calls: index.calls.map((call) => `${at(call.node)} in ${at(call.within)}`),
    imports: index.imports.map((entry) => `${entry.specifier} ${at(entry.at)}`),
    envReads: index.envReads.map((read) => `${read.name} ${read.via} ${at(read.node)}`),
    writes: index.writes.map((write) => `${at(write.target)} ${at(write.value)} ${write.property ?? ''}`),
    deletes: index.deletes.map(at),
    plusChains: index.plusChains.map(at),
    browserGlobals: index.browserGlobals.map(at),
    allowBrowser: index.allowBrowser.map(at),
    callsIn: [file, ...functions].map((fn) => index.callsIn(fn).map((call) => at(call.node))),
  };
}

describe('parseModule', () => {
  it('with the index option, builds the index a separate walk builds, parents the same', () => {
    const indexed = parseModule('src/view.tsx', SAMPLE, undefined, { index: true })!;
    const plain = parseModule('src/view.tsx', SAMPLE)!;
    const shape = indexShape(indexOf(indexed), indexed);
    expect(shape).toEqual(indexShape(indexOf(plain), plain));
    // the sample exercises every list of the index
    for (const list of Object.values(shape)) expect(list.length).toBeGreaterThan(0);
    const a = nodesOf(indexed);
    const b = nodesOf(plain);
    const parents = (nodes: ts.Node[]) => {
      const index = new Map(nodes.map((node, i) => [node, i]));
      return nodes.map((node) => (node.parent ? index.get(node.parent) : -1));
    };
    expect(parents(a)).toEqual(parents(b));
  });

  it('sets the same parents as the parser does with setParentNodes, JSDoc included', () => {
    const ours = parseModule('src/view.tsx', SAMPLE)!;
    const theirs = ts.createSourceFile('/src/view.tsx', SAMPLE, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const a = nodesOf(ours);
    const b = nodesOf(theirs);
    expect(a.length).toBe(b.length);
    expect(a.some((node) => ts.isJSDoc(node))).toBe(true);
    const indexA = new Map(a.map((node, i) => [node, i]));
    const indexB = new Map(b.map((node, i) => [node, i]));
    const parents = (nodes: ts.Node[], index: Map<ts.Node, number>) =>
      nodes.map((node) => (node.parent ? index.get(node.parent) : -1));
    expect(parents(a, indexA)).toEqual(parents(b, indexB));
    expect(a.slice(1).every((node) => node.parent !== undefined)).toBe(true);
  });

  it('leaves out exactly the trees that nest deeper than the bound', () => {
    // each bracket adds a level; the depth of the innermost node crosses 400 somewhere in this range
    const verdicts = [380, 390, 394, 395, 396, 397, 398, 399, 400, 405, 420].map((depth) => {
      const text = `const v = ${'['.repeat(depth)}k${']'.repeat(depth)};\n`;
      const reference = ts.createSourceFile('/a.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      return {
        kept: parseModule('a.ts', text) !== undefined,
        indexed: parseModule('a.ts', text, undefined, { index: true }) !== undefined,
        deep: nestsDeeperThan(reference, 400),
      };
    });
    expect(verdicts.map((v) => v.kept)).toEqual(verdicts.map((v) => !v.deep));
    expect(verdicts.map((v) => v.indexed)).toEqual(verdicts.map((v) => !v.deep));
    expect(verdicts.some((v) => v.deep)).toBe(true);
    expect(verdicts.some((v) => !v.deep)).toBe(true);
  });

  it('bounds the depth of types too, which the index does not walk for itself', () => {
    // type subtrees are linked apart from the index's walk (module-index.ts): the bound must still hold there
    const verdicts = [380, 390, 396, 398, 400, 420].map((depth) => {
      const text = `let v: ${'Array<'.repeat(depth)}string${'>'.repeat(depth)};\n`;
      const reference = ts.createSourceFile('/a.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      return {
        kept: parseModule('a.ts', text) !== undefined,
        indexed: parseModule('a.ts', text, undefined, { index: true }) !== undefined,
        deep: nestsDeeperThan(reference, 400),
      };
    });
    expect(verdicts.map((v) => v.indexed)).toEqual(verdicts.map((v) => !v.deep));
    expect(verdicts.map((v) => v.kept)).toEqual(verdicts.map((v) => !v.deep));
    expect(verdicts.some((v) => v.deep)).toBe(true);
    expect(verdicts.some((v) => !v.deep)).toBe(true);
  });

  it('does not overflow the stack on a tree thousands of levels deep', () => {
    const text = `const v = ${'['.repeat(5000)}k${']'.repeat(5000)};\n`;
    expect(parseModule('a.ts', text)).toBeUndefined();
    expect(parseModule('a.ts', text, undefined, { index: true })).toBeUndefined();
  });
});
