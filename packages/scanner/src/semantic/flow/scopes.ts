import { ts } from '../typescript.js';

// A small lexical binder for syntax-only analysis: which declaration an identifier refers to, and every
// write to that declaration in the module. No type checker: scopes are blocks, functions, catch clauses,
// `for` heads and the module itself; `var` is treated as block-scoped, which is close enough for data flow.

/** The identifier that declares a name: a variable, parameter, binding element, function, class or import. */
export type Declaration = ts.Identifier;

/** A value written to a declaration, or to one of its properties (`x.authorization = …`, `Object.assign(x, …)`). */
export interface Write {
  readonly value: ts.Node;
  /** The property written, when the write is to a member (`headers.Authorization = v` → 'Authorization'). */
  readonly property?: string;
}

export class Scopes {
  private readonly declared = new WeakMap<ts.Node, Map<string, Declaration>>();
  private readonly writes = new Map<Declaration, Write[]>();
  /** Declarations with `delete x.authorization` (or `delete x.headers`): their credential headers are removed. */
  readonly deleted = new Set<Declaration>();

  constructor(readonly file: ts.SourceFile) {
    this.collectWrites(file);
  }

  /** The declaration `name` resolves to from `from`, walking out through the enclosing scopes. */
  declarationOf(from: ts.Node, name: string): Declaration | undefined {
    for (let scope: ts.Node | undefined = from; scope; scope = scope.parent) {
      if (!isScope(scope)) continue;
      const found = this.namesIn(scope).get(name);
      if (found) return found;
    }
    return undefined;
  }

  writesTo(declaration: Declaration): readonly Write[] {
    return this.writes.get(declaration) ?? [];
  }

  private namesIn(scope: ts.Node): Map<string, Declaration> {
    let names = this.declared.get(scope);
    if (names) return names;
    names = new Map();
    const add = (name: ts.BindingName | undefined) => addBindingNames(name, names!);
    if (ts.isFunctionLike(scope)) {
      for (const parameter of scope.parameters) add(parameter.name);
      if ((ts.isFunctionExpression(scope) || ts.isClassExpression(scope)) && scope.name)
        names.set(scope.name.text, scope.name);
    } else if (ts.isCatchClause(scope)) {
      add(scope.variableDeclaration?.name);
    } else if (ts.isForStatement(scope) || ts.isForOfStatement(scope) || ts.isForInStatement(scope)) {
      if (scope.initializer && ts.isVariableDeclarationList(scope.initializer))
        for (const d of scope.initializer.declarations) add(d.name);
    } else {
      const statements = ts.isCaseBlock(scope)
        ? scope.clauses.flatMap((clause) => [...clause.statements])
        : (scope as ts.Block | ts.SourceFile | ts.ModuleBlock).statements;
      for (const statement of statements) declareStatement(statement, names);
    }
    this.declared.set(scope, names);
    return names;
  }

  private collectWrites(file: ts.SourceFile): void {
    const record = (target: ts.Expression, value: ts.Node, property?: string) => {
      const root = rootOf(target);
      if (!root) return;
      const declaration = this.declarationOf(root, root.text);
      if (!declaration) return;
      const list = this.writes.get(declaration) ?? [];
      list.push(property === undefined ? { value } : { value, property });
      this.writes.set(declaration, list);
    };
    const visit = (node: ts.Node): void => {
      if (ts.isBinaryExpression(node) && isAssignment(node.operatorToken.kind)) {
        const left = node.left;
        if (ts.isIdentifier(left)) record(left, node.right);
        else if (ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left))
          record(left, node.right, memberName(left) ?? '');
      } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const callee = node.expression;
        const [first, second] = node.arguments;
        // Object.assign(target, …sources)
        if (
          ts.isIdentifier(callee.expression) &&
          callee.expression.text === 'Object' &&
          callee.name.text === 'assign' &&
          first
        ) {
          for (const source of node.arguments.slice(1)) record(first, source);
        }
        // headers.set('Authorization', v), params.append('api_key', v)
        if (
          (callee.name.text === 'set' || callee.name.text === 'append') &&
          first &&
          second &&
          ts.isStringLiteralLike(first)
        ) {
          record(callee.expression, second, first.text);
        }
      } else if (
        ts.isDeleteExpression(node) &&
        (ts.isPropertyAccessExpression(node.expression) || ts.isElementAccessExpression(node.expression))
      ) {
        const root = rootOf(node.expression);
        const declaration = root && this.declarationOf(root, root.text);
        if (declaration) this.deleted.add(declaration);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
}

function isScope(node: ts.Node): boolean {
  return (
    ts.isSourceFile(node) ||
    ts.isBlock(node) ||
    ts.isModuleBlock(node) ||
    ts.isCaseBlock(node) ||
    ts.isFunctionLike(node) ||
    ts.isCatchClause(node) ||
    ts.isForStatement(node) ||
    ts.isForOfStatement(node) ||
    ts.isForInStatement(node)
  );
}

function declareStatement(statement: ts.Statement, names: Map<string, Declaration>): void {
  if (ts.isVariableStatement(statement)) {
    for (const declaration of statement.declarationList.declarations) addBindingNames(declaration.name, names);
  } else if (
    (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) &&
    statement.name
  ) {
    names.set(statement.name.text, statement.name);
  } else if (ts.isImportDeclaration(statement) && statement.importClause && !statement.importClause.isTypeOnly) {
    const clause = statement.importClause;
    if (clause.name) names.set(clause.name.text, clause.name);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.set(bindings.name.text, bindings.name);
    if (bindings && ts.isNamedImports(bindings))
      for (const element of bindings.elements) names.set(element.name.text, element.name);
  } else if (ts.isImportEqualsDeclaration(statement)) {
    names.set(statement.name.text, statement.name);
  }
}

function addBindingNames(name: ts.BindingName | undefined, names: Map<string, Declaration>): void {
  if (!name) return;
  if (ts.isIdentifier(name)) {
    names.set(name.text, name);
    return;
  }
  for (const element of name.elements) if (!ts.isOmittedExpression(element)) addBindingNames(element.name, names);
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return (
    kind === ts.SyntaxKind.EqualsToken ||
    kind === ts.SyntaxKind.PlusEqualsToken ||
    kind === ts.SyntaxKind.QuestionQuestionEqualsToken ||
    kind === ts.SyntaxKind.BarBarEqualsToken
  );
}

/** The identifier at the root of `a.b[c].d`, or undefined (`this.x`, calls). */
export function rootOf(node: ts.Node): ts.Identifier | undefined {
  if (ts.isIdentifier(node)) return node;
  if (
    ts.isPropertyAccessExpression(node) ||
    ts.isElementAccessExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isParenthesizedExpression(node)
  )
    return rootOf(node.expression);
  return undefined;
}

/** `a.b` → 'b'; `a['x-api-key']` → 'x-api-key'; computed non-literal keys → undefined. */
export function memberName(node: ts.PropertyAccessExpression | ts.ElementAccessExpression): string | undefined {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  return ts.isStringLiteralLike(node.argumentExpression) ? node.argumentExpression.text : undefined;
}

/** The property name of an object literal member or binding element, when it is static. */
export function propertyName(name: ts.PropertyName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name))
    return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}
