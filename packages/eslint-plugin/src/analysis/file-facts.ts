import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { scanText, type SecretMatch } from '@keyward/core';

/** A key found in the file, with where it sits and the node that holds it. */
export interface KeyHit {
  readonly match: SecretMatch;
  readonly loc: TSESTree.SourceLocation;
  /** The string literal, template or JSX text holding the whole key, when there is one. */
  readonly literal: TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.JSXText | undefined;
  /** A `+` concatenation of literals whose value holds the key, when the key is split across literals. */
  readonly concatenation: TSESTree.BinaryExpression | undefined;
  readonly inComment: boolean;
}

/** A read of `process.env.X`, `process.env['X']`, `import.meta.env.X` or a destructured `{ X } = process.env`. */
export interface EnvRead {
  readonly node: TSESTree.Node;
  readonly name: string;
  readonly via: 'process.env' | 'import.meta.env';
}

/** Everything the rules need to know about one file, computed in one walk and shared by all rules. */
export interface FileFacts {
  readonly keys: readonly KeyHit[];
  readonly envReads: readonly EnvRead[];
  /** Directive prologue strings: `use client`, `use server`. */
  readonly directives: ReadonlySet<string>;
  /** Module specifiers imported or required, by the local name they are bound to (`''` for side effects). */
  readonly imports: ReadonlyMap<string, string>;
  readonly importedModules: ReadonlySet<string>;
  /** First references to browser-only globals (`window`, `document`, `localStorage`, `sessionStorage`). */
  readonly browserGlobals: readonly TSESTree.Identifier[];
  readonly calls: readonly TSESTree.CallExpression[];
  readonly news: readonly TSESTree.NewExpression[];
  readonly objects: readonly TSESTree.ObjectExpression[];
  readonly deletes: readonly TSESTree.UnaryExpression[];
}

const BROWSER_GLOBALS = new Set(['window', 'document', 'localStorage', 'sessionStorage']);
const cache = new WeakMap<TSESTree.Program, FileFacts>();

/** How many files were analysed: lets tests show that all rules share one pass per file. */
export const analysisCount = { files: 0 };

/** The facts for the file being linted; computed once per Program, whichever rule asks first. */
export function fileFacts(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): FileFacts {
  const sourceCode = context.sourceCode;
  const program = sourceCode.ast;
  let facts = cache.get(program);
  if (!facts) {
    analysisCount.files++;
    facts = computeFacts(sourceCode, context.filename);
    cache.set(program, facts);
  }
  return facts;
}

function computeFacts(sourceCode: Readonly<TSESLint.SourceCode>, filename: string): FileFacts {
  const envReads: EnvRead[] = [];
  const imports = new Map<string, string>();
  const importedModules = new Set<string>();
  const browserGlobals: TSESTree.Identifier[] = [];
  const calls: TSESTree.CallExpression[] = [];
  const news: TSESTree.NewExpression[] = [];
  const objects: TSESTree.ObjectExpression[] = [];
  const deletes: TSESTree.UnaryExpression[] = [];
  const concatenations: TSESTree.BinaryExpression[] = [];
  const keys = sourceCode.visitorKeys;

  const visit = (node: TSESTree.Node, parent: TSESTree.Node | undefined): void => {
    switch (node.type) {
      case AST_NODE_TYPES.MemberExpression: {
        const read = envRead(node);
        if (read) envReads.push(read);
        break;
      }
      case AST_NODE_TYPES.VariableDeclarator:
        collectDestructuredEnv(node, envReads);
        collectRequire(node, imports, importedModules);
        break;
      case AST_NODE_TYPES.ImportDeclaration:
        importedModules.add(node.source.value);
        if (node.specifiers.length === 0) imports.set('', node.source.value);
        for (const specifier of node.specifiers) imports.set(specifier.local.name, node.source.value);
        break;
      case AST_NODE_TYPES.CallExpression:
        calls.push(node);
        if (
          node.callee.type === AST_NODE_TYPES.Identifier &&
          node.callee.name === 'require' &&
          node.arguments[0]?.type === AST_NODE_TYPES.Literal &&
          typeof node.arguments[0].value === 'string'
        ) {
          importedModules.add(node.arguments[0].value);
        }
        break;
      case AST_NODE_TYPES.NewExpression:
        news.push(node);
        break;
      case AST_NODE_TYPES.ObjectExpression:
        objects.push(node);
        break;
      case AST_NODE_TYPES.UnaryExpression:
        if (node.operator === 'delete') deletes.push(node);
        break;
      case AST_NODE_TYPES.BinaryExpression:
        if (node.operator === '+' && !(parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+'))
          concatenations.push(node);
        break;
      case AST_NODE_TYPES.Identifier:
        if (BROWSER_GLOBALS.has(node.name) && browserGlobals.length < 8 && isReference(node, parent))
          browserGlobals.push(node);
        break;
      default:
        break;
    }
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child)
          if (item && typeof item === 'object' && 'type' in item) visit(item as TSESTree.Node, node);
      } else if (child && typeof child === 'object' && 'type' in child) {
        visit(child as TSESTree.Node, node);
      }
    }
  };
  visit(sourceCode.ast, undefined);

  return {
    keys: findKeys(sourceCode, filename, concatenations),
    envReads,
    directives: directivesOf(sourceCode.ast),
    imports,
    importedModules,
    browserGlobals,
    calls,
    news,
    objects,
    deletes,
  };
}

/** Keys anywhere in the file text (strings, templates, JSX, comments): the same scan `keyward scan` runs. */
function findKeys(
  sourceCode: Readonly<TSESLint.SourceCode>,
  filename: string,
  concatenations: readonly TSESTree.BinaryExpression[],
): KeyHit[] {
  const text = sourceCode.text;
  const hits: KeyHit[] = scanText(text, { path: filename, fileKind: 'code' }).map((match) => {
    const node = sourceCode.getNodeByRangeIndex(match.start) as TSESTree.Node | null;
    const comment =
      !node || sourceCode.getAllComments().some((c) => c.range[0] <= match.start && match.end <= c.range[1]);
    return {
      match,
      loc: { start: sourceCode.getLocFromIndex(match.start), end: sourceCode.getLocFromIndex(match.end) },
      literal: comment ? undefined : literalHolding(node),
      concatenation: undefined,
      inComment: comment,
    };
  });
  const seen = new Set(hits.map((hit) => hit.match.secret));
  for (const node of concatenations) {
    const value = staticString(node);
    if (value === undefined) continue;
    for (const match of scanText(value, { path: filename, fileKind: 'code' })) {
      if (seen.has(match.secret)) continue;
      seen.add(match.secret);
      hits.push({ match, loc: node.loc, literal: undefined, concatenation: node, inComment: false });
    }
  }
  return hits;
}

function literalHolding(node: TSESTree.Node | null): KeyHit['literal'] {
  if (!node) return undefined;
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node;
  if (node.type === AST_NODE_TYPES.JSXText) return node;
  if (node.type === AST_NODE_TYPES.TemplateElement && node.parent?.type === AST_NODE_TYPES.TemplateLiteral)
    return node.parent;
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node;
  return undefined;
}

/** The value of a `+` chain of string literals and expression-free templates, else undefined. */
export function staticString(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' ? node.value : undefined;
  if (node.type === AST_NODE_TYPES.TemplateLiteral)
    return node.expressions.length === 0 ? (node.quasis[0]?.value.cooked ?? undefined) : undefined;
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') {
    const left = staticString(node.left);
    const right = left === undefined ? undefined : staticString(node.right);
    return left !== undefined && right !== undefined ? left + right : undefined;
  }
  return undefined;
}

function propertyName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  if (node.computed && node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string')
    return node.property.value;
  return undefined;
}

/** `process.env` or `import.meta.env` (also `globalThis.process.env`). */
export function envObject(node: TSESTree.Node): EnvRead['via'] | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression || propertyName(node) !== 'env') return undefined;
  const object = node.object;
  if (object.type === AST_NODE_TYPES.MetaProperty && object.meta.name === 'import' && object.property.name === 'meta')
    return 'import.meta.env';
  if (object.type === AST_NODE_TYPES.Identifier && object.name === 'process') return 'process.env';
  if (object.type === AST_NODE_TYPES.MemberExpression && propertyName(object) === 'process') return 'process.env';
  return undefined;
}

function envRead(node: TSESTree.MemberExpression): EnvRead | undefined {
  const via = envObject(node.object);
  const name = via ? propertyName(node) : undefined;
  return via && name ? { node, name, via } : undefined;
}

function collectDestructuredEnv(node: TSESTree.VariableDeclarator, reads: EnvRead[]): void {
  if (node.id.type !== AST_NODE_TYPES.ObjectPattern || !node.init) return;
  const via = envObject(node.init);
  if (!via) return;
  for (const property of node.id.properties) {
    if (property.type === AST_NODE_TYPES.Property && property.key.type === AST_NODE_TYPES.Identifier) {
      reads.push({ node: property, name: property.key.name, via });
    }
  }
}

function collectRequire(node: TSESTree.VariableDeclarator, imports: Map<string, string>, modules: Set<string>): void {
  // const logger = pino() / winston.createLogger() / createDebug('app'): the binding inherits the module
  if (node.id.type === AST_NODE_TYPES.Identifier && node.init?.type === AST_NODE_TYPES.CallExpression) {
    let callee: TSESTree.Node = node.init.callee;
    while (callee.type === AST_NODE_TYPES.MemberExpression || callee.type === AST_NODE_TYPES.CallExpression) {
      callee = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : callee.callee;
    }
    const source = callee.type === AST_NODE_TYPES.Identifier ? imports.get(callee.name) : undefined;
    if (source !== undefined) imports.set(node.id.name, source);
  }
  let init = node.init;
  // const log = require('pino')() and const debug = require('debug')('app')
  while (init?.type === AST_NODE_TYPES.CallExpression && init.callee.type === AST_NODE_TYPES.CallExpression)
    init = init.callee;
  if (
    init?.type !== AST_NODE_TYPES.CallExpression ||
    init.callee.type !== AST_NODE_TYPES.Identifier ||
    init.callee.name !== 'require'
  )
    return;
  const source = init.arguments[0];
  if (source?.type !== AST_NODE_TYPES.Literal || typeof source.value !== 'string') return;
  modules.add(source.value);
  if (node.id.type === AST_NODE_TYPES.Identifier) imports.set(node.id.name, source.value);
  else if (node.id.type === AST_NODE_TYPES.ObjectPattern) {
    for (const property of node.id.properties) {
      if (property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier)
        imports.set(property.value.name, source.value);
    }
  }
}

function directivesOf(program: TSESTree.Program): Set<string> {
  const found = new Set<string>();
  for (const statement of program.body) {
    if (
      statement.type !== AST_NODE_TYPES.ExpressionStatement ||
      statement.expression.type !== AST_NODE_TYPES.Literal ||
      typeof statement.expression.value !== 'string'
    )
      break;
    found.add(statement.expression.value);
  }
  return found;
}

/** An identifier used as a value (not a property name, declaration or `typeof` guard). */
function isReference(node: TSESTree.Identifier, parent: TSESTree.Node | undefined): boolean {
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.property === node && !parent.computed) return false;
  if (parent.type === AST_NODE_TYPES.Property && parent.key === node && !parent.computed) return false;
  if (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'typeof') return false;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id === node) return false;
  if (
    parent.type === AST_NODE_TYPES.TSPropertySignature ||
    parent.type === AST_NODE_TYPES.TSQualifiedName ||
    parent.type === AST_NODE_TYPES.TSTypeReference
  )
    return false;
  if (parent.type === AST_NODE_TYPES.ImportSpecifier || parent.type === AST_NODE_TYPES.ExportSpecifier) return false;
  return true;
}
