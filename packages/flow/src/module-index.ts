import { ts } from './typescript.js';
import { envObject, envRead, memberName, propertyName, svelteKitEnvModule, type EnvObject } from './syntax.js';
import { link, linkBelow } from './parents.js';

// Everything the rules look up in a module, gathered in one walk of its syntax tree when first asked for: calls
// (with the function each sits in), imports of every kind, env reads, writes, `+` chains of literals, browser
// globals and SDK options. ESLint runs the engine on every file it lints, so one walk instead of one per rule is
// most of the engine's cost there.

export interface EnvReadSite {
  readonly name: string;
  readonly via: EnvObject;
  /** `process.env.X`, the binding element of `const { X } = process.env`, or the import of `$env/static/private`. */
  readonly node: ts.Node;
}

export interface CallSite {
  readonly node: ts.CallExpression | ts.NewExpression;
  /** The function the call sits in (it runs when that function is called), or undefined at the top level. */
  readonly within: ts.Node | undefined;
}

/** A write to a name or one of its properties, before the name is resolved: `x = v`, `x.y = v`, `Object.assign(x, v)`. */
export interface RawWrite {
  readonly target: ts.Expression;
  readonly value: ts.Node;
  readonly property?: string;
}

export interface ModuleIndex {
  readonly calls: readonly CallSite[];
  /** Module specifiers of static, dynamic and `require` imports (type-only ones left out), with the node. */
  readonly imports: readonly { readonly specifier: string; readonly at: ts.Node }[];
  readonly envReads: readonly EnvReadSite[];
  readonly writes: readonly RawWrite[];
  /** `delete x.y`: the member deleted. */
  readonly deletes: readonly (ts.PropertyAccessExpression | ts.ElementAccessExpression)[];
  /** Outermost `+` expressions with a string literal directly on either side. */
  readonly plusChains: readonly ts.BinaryExpression[];
  /** Identifiers spelled like a browser-only global, in the order met (not yet checked against declarations). */
  readonly browserGlobals: readonly ts.Identifier[];
  /** `dangerouslyAllowBrowser` properties (`: value` or shorthand) with the object they belong to. */
  readonly allowBrowser: readonly (ts.PropertyAssignment | ts.ShorthandPropertyAssignment)[];
  /** The calls a function runs itself (not those of functions nested in it, which run when those are called). */
  callsIn(fn: ts.Node): readonly CallSite[];
}

const BROWSER_GLOBALS = new Set(['window', 'document', 'localStorage', 'sessionStorage']);
const cache = new WeakMap<ts.SourceFile, ModuleIndex>();

export function indexOf(node: ts.SourceFile): ModuleIndex {
  let index = cache.get(node);
  if (!index) {
    index = build(node);
    cache.set(node, index);
  }
  return index;
}

/**
 * Links the parents of a tree parsed without them (as parents.ts's linkParents does) and builds its index in the
 * same walk, for a front end that indexes every module it parses (the scanner): false, and no index, when the
 * tree nests deeper than `limit`.
 */
export function indexWhileLinking(file: ts.SourceFile, limit: number): boolean {
  const index = build(file, limit);
  if (index) cache.set(file, index);
  return index !== undefined;
}

/** The index of a module; with `linkLimit`, also links parents and gives up (undefined) past that depth. */
function build(file: ts.SourceFile): ModuleIndex;
function build(file: ts.SourceFile, linkLimit: number): ModuleIndex | undefined;
function build(file: ts.SourceFile, linkLimit?: number): ModuleIndex | undefined {
  const calls: CallSite[] = [];
  const imports: { specifier: string; at: ts.Node }[] = [];
  const envReads: EnvReadSite[] = [];
  const writes: RawWrite[] = [];
  const deletes: (ts.PropertyAccessExpression | ts.ElementAccessExpression)[] = [];
  const plusChains: ts.BinaryExpression[] = [];
  const browserGlobals: ts.Identifier[] = [];
  const allowBrowser: (ts.PropertyAssignment | ts.ShorthandPropertyAssignment)[] = [];
  // the walk keeps its context in two variables instead of a closure per node: this runs on every file ESLint lints
  let within: ts.Node | undefined;
  let inPlus = false;
  // names bound to an env object (`const env = import.meta.env`, `import { env } from '$env/dynamic/private'`):
  // by name, as written before their reads, which is how modules use them
  const envAliases = new Map<string, EnvObject>();
  const linking = linkLimit !== undefined;
  let parent: ts.Node = file;
  let depth = 0;
  const visit = (node: ts.Node): true | undefined => {
    if (linking) {
      link(node, parent);
      if (depth >= linkLimit) return true;
    }
    let plus = false;
    switch (node.kind) {
      case ts.SyntaxKind.CallExpression: {
        const call = node as ts.CallExpression;
        calls.push({ node: call, within });
        callFacts(call, imports, writes);
        break;
      }
      case ts.SyntaxKind.NewExpression:
        calls.push({ node: node as ts.NewExpression, within });
        break;
      case ts.SyntaxKind.ImportDeclaration:
      case ts.SyntaxKind.ExportDeclaration: {
        const declaration = node as ts.ImportDeclaration | ts.ExportDeclaration;
        const typeOnly = ts.isImportDeclaration(declaration)
          ? declaration.importClause?.isTypeOnly
          : (declaration as ts.ExportDeclaration).isTypeOnly;
        if (declaration.moduleSpecifier && ts.isStringLiteral(declaration.moduleSpecifier) && !typeOnly) {
          imports.push({ specifier: declaration.moduleSpecifier.text, at: declaration });
          if (ts.isImportDeclaration(declaration)) svelteKitEnvImports(declaration, envReads, envAliases);
        }
        break;
      }
      case ts.SyntaxKind.PropertyAccessExpression:
      case ts.SyntaxKind.ElementAccessExpression: {
        const access = node as ts.PropertyAccessExpression | ts.ElementAccessExpression;
        const read = envRead(access);
        if (read) envReads.push({ ...read, node });
        else if (envAliases.size > 0 && ts.isIdentifier(access.expression)) {
          const via = envAliases.get(access.expression.text);
          const name = via && memberName(access);
          if (via && name) envReads.push({ name, via, node });
        }
        break;
      }
      case ts.SyntaxKind.VariableDeclaration: {
        // const { STRIPE_SECRET_KEY } = process.env
        const declaration = node as ts.VariableDeclaration;
        const via =
          declaration.initializer && ts.isObjectBindingPattern(declaration.name)
            ? envObject(declaration.initializer)
            : undefined;
        if (via)
          for (const element of (declaration.name as ts.ObjectBindingPattern).elements) {
            const name = element.propertyName ?? element.name;
            if (ts.isIdentifier(name)) envReads.push({ name: name.text, via, node: element });
          }
        const alias =
          declaration.initializer && ts.isIdentifier(declaration.name) && envObject(declaration.initializer);
        if (alias) envAliases.set((declaration.name as ts.Identifier).text, alias);
        break;
      }
      case ts.SyntaxKind.BinaryExpression: {
        const binary = node as ts.BinaryExpression;
        const operator = binary.operatorToken.kind;
        if (isAssignment(operator)) {
          const left = binary.left;
          if (ts.isIdentifier(left)) writes.push({ target: left, value: binary.right });
          else if (ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left))
            writes.push({ target: left, value: binary.right, property: memberName(left) ?? '' });
        } else if (operator === ts.SyntaxKind.PlusToken) {
          plus = true;
          if (!inPlus && (ts.isStringLiteralLike(binary.left) || ts.isStringLiteralLike(binary.right)))
            plusChains.push(binary);
        }
        break;
      }
      case ts.SyntaxKind.DeleteExpression: {
        const target = (node as ts.DeleteExpression).expression;
        if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) deletes.push(target);
        break;
      }
      case ts.SyntaxKind.Identifier:
        if (BROWSER_GLOBALS.has((node as ts.Identifier).text) && browserGlobals.length < 16)
          browserGlobals.push(node as ts.Identifier);
        return;
      case ts.SyntaxKind.PropertyAssignment:
      case ts.SyntaxKind.ShorthandPropertyAssignment: {
        // the value is judged by the rule (`true`, or a const set to true)
        const property = node as ts.PropertyAssignment | ts.ShorthandPropertyAssignment;
        if (propertyName(property.name) === 'dangerouslyAllowBrowser') allowBrowser.push(property);
        break;
      }
      default:
        // types hold no call, import, env read, write or value, and are a good part of a typed module's nodes: not
        // indexed, but when this walk links the parents, linked (and their depth bounded) all the same
        if (isTypeOnly(node.kind)) return linking && linkBelow(node, linkLimit - depth - 1) ? true : undefined;
        break;
    }
    const outerWithin = within;
    const outerPlus = inPlus;
    const outerParent = parent;
    if (ts.isFunctionLike(node)) within = node;
    // a `+` chain's outermost expression is recorded; inside it, only the chain itself continues
    inPlus = plus || (inPlus && ts.isParenthesizedExpression(node));
    parent = node;
    depth++;
    const deeper = ts.forEachChild(node, visit);
    parent = outerParent;
    depth--;
    within = outerWithin;
    inPlus = outerPlus;
    return deeper;
  };
  if (ts.forEachChild(file, visit)) return undefined;
  let byFunction: Map<ts.Node, CallSite[]> | undefined;
  const callsIn = (fn: ts.Node): readonly CallSite[] => {
    if (!byFunction) {
      byFunction = new Map();
      for (const call of calls) {
        if (!call.within) continue;
        const list = byFunction.get(call.within);
        if (list) list.push(call);
        else byFunction.set(call.within, [call]);
      }
    }
    return byFunction.get(fn) ?? [];
  };
  return { calls, imports, envReads, writes, deletes, plusChains, browserGlobals, allowBrowser, callsIn };
}

/** `import { STRIPE_SECRET_KEY } from '$env/static/private'` reads it; `import { env } from '$env/dynamic/private'` binds `env`. */
function svelteKitEnvImports(
  declaration: ts.ImportDeclaration,
  envReads: EnvReadSite[],
  envAliases: Map<string, EnvObject>,
): void {
  const via = svelteKitEnvModule((declaration.moduleSpecifier as ts.StringLiteral).text);
  const bindings = declaration.importClause?.namedBindings;
  if (!via || !bindings || !ts.isNamedImports(bindings)) return;
  for (const element of bindings.elements) {
    const imported = (element.propertyName ?? element.name).text;
    if (via.startsWith('$env/static/')) envReads.push({ name: imported, via, node: element });
    else if (imported === 'env') envAliases.set(element.name.text, via);
  }
}

/** Dynamic imports and `require` calls; `Object.assign(target, …)`, `headers.set('Authorization', v)` as writes. */
function callFacts(call: ts.CallExpression, imports: { specifier: string; at: ts.Node }[], writes: RawWrite[]): void {
  const callee = call.expression;
  const [first, second] = call.arguments;
  if (call.arguments.length === 1 && first && ts.isStringLiteralLike(first)) {
    if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require'))
      imports.push({ specifier: first.text, at: call });
  }
  if (!ts.isPropertyAccessExpression(callee) || !first) return;
  if (ts.isIdentifier(callee.expression) && callee.expression.text === 'Object' && callee.name.text === 'assign') {
    for (const source of call.arguments.slice(1)) writes.push({ target: first, value: source });
  } else if ((callee.name.text === 'set' || callee.name.text === 'append') && second && ts.isStringLiteralLike(first)) {
    writes.push({ target: callee.expression, value: second, property: first.text });
  }
}

function isTypeOnly(kind: ts.SyntaxKind): boolean {
  return (
    (kind >= ts.SyntaxKind.FirstTypeNode && kind <= ts.SyntaxKind.LastTypeNode) ||
    kind === ts.SyntaxKind.InterfaceDeclaration ||
    kind === ts.SyntaxKind.TypeAliasDeclaration
  );
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return (
    kind === ts.SyntaxKind.EqualsToken ||
    kind === ts.SyntaxKind.PlusEqualsToken ||
    kind === ts.SyntaxKind.QuestionQuestionEqualsToken ||
    kind === ts.SyntaxKind.BarBarEqualsToken
  );
}
