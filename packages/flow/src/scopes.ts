import { ts } from './typescript.js';
import { CREDENTIAL_HEADERS } from '@keyward/core';
import { memberName, rootOf } from './syntax.js';
import { indexOf } from './module-index.js';

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
  private readonly resolved = new WeakMap<ts.Identifier, Declaration | null>();
  private writes: Map<Declaration, Write[]> | undefined;
  private deletions: Set<Declaration> | undefined;

  constructor(readonly file: ts.SourceFile) {}

  /** Declarations with `delete x.authorization` (or `delete x.headers`): their credential headers are removed. */
  get deleted(): ReadonlySet<Declaration> {
    if (!this.deletions) this.collectWrites(this.file);
    return this.deletions!;
  }

  /** The declaration `name` resolves to from `from`, walking out through the enclosing scopes. */
  declarationOf(from: ts.Node, name: string): Declaration | undefined {
    // the same identifier is asked about by several rules (is it a logger? a local function? a source?)
    const memoized = ts.isIdentifier(from) && from.text === name;
    if (memoized) {
      const known = this.resolved.get(from);
      if (known !== undefined) return known ?? undefined;
    }
    let found: Declaration | undefined;
    for (let scope: ts.Node | undefined = from; scope && !found; scope = scope.parent) {
      if (SCOPE_KINDS.has(scope.kind) || ts.isFunctionLike(scope)) found = this.namesIn(scope).get(name);
    }
    if (memoized) this.resolved.set(from as ts.Identifier, found ?? null);
    return found;
  }

  /** Every value written to the declaration; the module's writes are collected on the first question (most files never ask). */
  writesTo(declaration: Declaration): readonly Write[] {
    if (!this.writes) this.collectWrites(this.file);
    return this.writes!.get(declaration) ?? [];
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
    const writes = new Map<Declaration, Write[]>();
    const deleted = new Set<Declaration>();
    this.writes = writes;
    this.deletions = deleted;
    const index = indexOf(file);
    for (const write of index.writes) {
      const root = rootOf(write.target);
      const declaration = root && this.declarationOf(root, root.text);
      if (!declaration) continue;
      const list = writes.get(declaration) ?? [];
      list.push(
        write.property === undefined ? { value: write.value } : { value: write.value, property: write.property },
      );
      writes.set(declaration, list);
    }
    for (const target of index.deletes) {
      // `delete copy.authorization` (or `delete copy.headers`) removes the credential; other members leave it
      const member = memberName(target)?.toLowerCase();
      if (member === undefined || (member !== 'headers' && !CREDENTIAL_HEADERS.has(member))) continue;
      const root = rootOf(target);
      const declaration = root && this.declarationOf(root, root.text);
      if (declaration) deleted.add(declaration);
    }
  }
}

/** Nodes that open a scope, besides functions: the module, blocks, `case` blocks, `catch` and `for` heads. */
const SCOPE_KINDS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.SourceFile,
  ts.SyntaxKind.Block,
  ts.SyntaxKind.ModuleBlock,
  ts.SyntaxKind.CaseBlock,
  ts.SyntaxKind.CatchClause,
  ts.SyntaxKind.ForStatement,
  ts.SyntaxKind.ForOfStatement,
  ts.SyntaxKind.ForInStatement,
]);

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
