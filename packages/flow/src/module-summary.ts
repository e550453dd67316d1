import type { SecretMatch } from '@keyward/core';
import { ts } from './typescript.js';
import { directivesOf } from './syntax.js';
import { Scopes } from './scopes.js';

// What the flow analysis needs to know of one module before following values: its bindings, where each
// import comes from (a project module or a package), and what it exports.

export interface ModuleSummary {
  /** Path relative to the root, forward slashes. */
  readonly file: string;
  readonly node: ts.SourceFile;
  /** Keys the text scan found in the module's text (allow lists and suppressions already applied). */
  readonly keys: readonly SecretMatch[];
  readonly scopes: Scopes;
  /** Local import binding → [project module, exported name ('default', a name, or '*' for a namespace)]. */
  readonly imports: ReadonlyMap<ts.Identifier, readonly [string, string]>;
  /** Local import binding → the package (or unresolved module) it comes from (`pino`, `axios`, `@sentry/node`). */
  readonly packages: ReadonlyMap<ts.Identifier, string>;
  /** Exported name → the local node that holds it (a declaring identifier, or the `export default` expression). */
  readonly exports: ReadonlyMap<string, ts.Node>;
  /** `export { a as b } from './x'`: exported name → [project module, its exported name]. */
  readonly reexports: ReadonlyMap<string, readonly [string, string]>;
  /** `export * from './x'`: the project modules whose exports this one passes on. */
  readonly starExports: readonly string[];
  /** Modules and packages the module imports or requires at its top level, by specifier. */
  readonly specifiers: ReadonlySet<string>;
  /** The directive prologue: `'use client'`, `'use server'`. */
  readonly directives: ReadonlySet<string>;
}

/** Resolves an import to a module of the project (path relative to the root), or undefined (a package, or unseen). */
export type Resolve = (from: string, specifier: string) => string | undefined;

/** One module, parsed, with the key matches the text scan found in the same text. */
export interface ModuleInput {
  readonly file: string;
  readonly node: ts.SourceFile;
  readonly keys: readonly SecretMatch[];
}

export function summarise(input: ModuleInput, resolve: Resolve): ModuleSummary {
  const { file, node } = input;
  const scopes = new Scopes(node);
  const imports = new Map<ts.Identifier, readonly [string, string]>();
  const packages = new Map<ts.Identifier, string>();
  const exports = new Map<string, ts.Node>();
  const specifiers = new Set<string>();
  const reexports = new Map<string, readonly [string, string]>();
  const starExports: string[] = [];
  const bind = (local: ts.Identifier, specifier: string, name: string) => {
    const target = resolve(file, specifier);
    if (target) imports.set(local, [target, name]);
    else packages.set(local, specifier);
  };
  for (const statement of node.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const specifier = statement.moduleSpecifier.text;
      specifiers.add(specifier);
      const clause = statement.importClause;
      if (!clause || clause.isTypeOnly) continue;
      if (clause.name) bind(clause.name, specifier, 'default');
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) bind(bindings.name, specifier, '*');
      if (bindings && ts.isNamedImports(bindings))
        for (const e of bindings.elements) bind(e.name, specifier, (e.propertyName ?? e.name).text);
    } else if (ts.isVariableStatement(statement)) {
      const exported = hasModifier(statement, ts.SyntaxKind.ExportKeyword);
      for (const declaration of statement.declarationList.declarations) {
        const required = requireSpecifier(declaration.initializer);
        if (required) {
          specifiers.add(required);
          if (ts.isIdentifier(declaration.name)) bind(declaration.name, required, '*');
          else if (ts.isObjectBindingPattern(declaration.name)) {
            for (const element of declaration.name.elements) {
              if (!ts.isIdentifier(element.name)) continue;
              const imported =
                element.propertyName && ts.isIdentifier(element.propertyName)
                  ? element.propertyName.text
                  : element.name.text;
              bind(element.name, required, imported);
            }
          }
        }
        if (exported && ts.isIdentifier(declaration.name)) exports.set(declaration.name.text, declaration.name);
      }
    } else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) &&
      statement.name &&
      hasModifier(statement, ts.SyntaxKind.ExportKeyword)
    ) {
      exports.set(
        hasModifier(statement, ts.SyntaxKind.DefaultKeyword) ? 'default' : statement.name.text,
        statement.name,
      );
    } else if (ts.isExportAssignment(statement)) {
      exports.set('default', statement.expression);
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      !statement.isTypeOnly
    ) {
      const target = resolve(file, statement.moduleSpecifier.text);
      if (!target) continue;
      if (!statement.exportClause) starExports.push(target);
      else if (ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements)
          reexports.set(element.name.text, [target, (element.propertyName ?? element.name).text]);
      }
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.moduleSpecifier &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements) {
        const local = scopes.declarationOf(node, (element.propertyName ?? element.name).text);
        if (local) exports.set(element.name.text, local);
      }
    } else if (ts.isExpressionStatement(statement)) {
      commonJsExports(statement.expression, exports);
    }
  }
  const directives = directivesOf(node);
  return {
    file,
    node,
    keys: input.keys,
    scopes,
    imports,
    packages,
    exports,
    reexports,
    starExports,
    specifiers,
    directives,
  };
}

/** `module.exports = { a, b }`, `module.exports = value`, `exports.a = value`. */
function commonJsExports(expression: ts.Expression, exports: Map<string, ts.Node>): void {
  if (!ts.isBinaryExpression(expression) || expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
  const target = expression.left;
  if (!ts.isPropertyAccessExpression(target)) return;
  const owner = target.expression;
  if (ts.isIdentifier(owner) && owner.text === 'module' && target.name.text === 'exports') {
    if (ts.isObjectLiteralExpression(expression.right)) {
      for (const property of expression.right.properties) {
        if (ts.isShorthandPropertyAssignment(property)) exports.set(property.name.text, property.name);
        else if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name))
          exports.set(property.name.text, property.initializer);
      }
    }
    exports.set('default', expression.right);
  } else if (
    (ts.isIdentifier(owner) && owner.text === 'exports') ||
    (ts.isPropertyAccessExpression(owner) &&
      owner.name.text === 'exports' &&
      ts.isIdentifier(owner.expression) &&
      owner.expression.text === 'module')
  ) {
    exports.set(target.name.text, expression.right);
  }
}

/**
 * The package a name is bound to: an import or top-level `require` of a package (the summary), or a `require`
 * anywhere else (`const morgan = require('morgan')` inside a function).
 */
export function packageOf(module: ModuleSummary, name: ts.Identifier): string | undefined {
  const declaration = module.scopes.declarationOf(name, name.text);
  if (!declaration) return undefined;
  return (
    module.packages.get(declaration) ??
    (ts.isVariableDeclaration(declaration.parent) ? requireSpecifier(declaration.parent.initializer) : undefined)
  );
}

/** `require('x')` → 'x'. */
export function requireSpecifier(node: ts.Node | undefined): string | undefined {
  if (!node || !ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'require')
    return undefined;
  const [argument] = node.arguments;
  return argument && ts.isStringLiteralLike(argument) ? argument.text : undefined;
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  const modifiers = (node as { modifiers?: ts.NodeArray<ts.ModifierLike> }).modifiers;
  return modifiers !== undefined && modifiers.some((modifier) => modifier.kind === kind);
}
