// The part of TypeScript's bundle the CLI's engine reaches: `typescript.js` is one function holding ~5,000
// top-level declarations (compiler, checker, emitter, language service, tsserver), of which the engine calls the
// parser, the scanner, module resolution and the tsconfig reader. Loading all 9 MB costs a pre-commit hook
// ~100 ms even from V8's code cache; the declarations the engine's `ts.X` uses reach, transitively, are a
// fraction of it. This keeps those declarations, in their original order and text, and drops the rest.
//
// What is kept is decided by names, conservatively: a declaration is kept when any kept code mentions its name
// (a local that shadows it keeps it too). A namespace object (`var ts_X_exports = {}` filled by `__export`) is
// kept member by member when it is only used as `ts_X_exports.member`. Top-level statements that only fill the
// language service's registries (`registerRefactor`, `registerCodeFix`) are dropped; every other statement with
// an effect is kept. test/typescript-subset.test.ts checks that the subset parses and resolves exactly as the
// full bundle does.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/**
 * The subset the CLI's engine needs, from the TypeScript that flow depends on: the `ts.X` names of the flow,
 * scanner and cli sources that TypeScript exports (the others are types). `root` is the repository.
 */
export function engineTypescript(root) {
  const require = createRequire(path.join(root, 'packages/flow/package.json'));
  const exported = new Set(Object.keys(require('typescript')));
  const used = new Set();
  for (const name of ['flow', 'scanner', 'cli']) {
    const src = path.join(root, 'packages', name, 'src');
    for (const file of readdirSync(src, { recursive: true }))
      if (String(file).endsWith('.ts'))
        for (const match of readFileSync(path.join(src, String(file)), 'utf8').matchAll(/\bts\.([A-Za-z_$][\w$]*)/g))
          if (exported.has(match[1])) used.add(match[1]);
  }
  return typescriptSubset(readFileSync(require.resolve('typescript'), 'utf8'), [...used].sort());
}

/**
 * The subset of TypeScript's `typescript.js` text that defines `needed` (names of its public API, as in `ts.X`)
 * and everything they reach. Throws when the bundle's shape is not the one this understands, so a TypeScript
 * upgrade that changes it fails the build instead of producing a broken subset.
 */
export function typescriptSubset(text, needed) {
  const file = ts.createSourceFile('typescript.js', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const body = bundleBody(file);
  const declarations = new Map(); // name → statement
  const attached = new Map(); // name → statements that only fill the declaration (`X.y = …`, namespace bodies)
  const namespaces = new Map(); // namespace object → (member → declaration name)
  const namespaceExports = new Map(); // namespace object → its `__export` statement
  const roots = [];
  let publicExports;
  const attach = (name, statement) => {
    if (!attached.has(name)) attached.set(name, []);
    attached.get(name).push(statement);
  };

  for (const statement of body.statements) {
    if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) {
      declarations.set(statement.name.text, statement);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) throw new Error(`unexpected pattern at ${where(file, statement)}`);
        declarations.set(declaration.name.text, statement);
      }
    } else if (ts.isExpressionStatement(statement)) {
      const namespace = exportedNamespace(statement.expression);
      const filled = filledName(statement.expression);
      if (namespace) {
        const members = new Map(
          statement.expression.arguments[1].properties.map((member) => [
            member.name.text,
            member.initializer.body.text,
          ]),
        );
        if (namespace === 'typescript_exports') publicExports = { statement, members };
        else {
          namespaces.set(namespace, members);
          namespaceExports.set(namespace, statement);
        }
      } else if (registersLanguageServiceFeature(statement.expression) || exportNamesForLexer(statement.expression)) {
        continue;
      } else if (filled) attach(filled, statement);
      else roots.push(statement);
    } else if (ts.isIfStatement(statement)) roots.push(statement);
    else if (ts.isBlock(statement) && statement.statements.length === 0) continue;
    else throw new Error(`unexpected ${ts.SyntaxKind[statement.kind]} at ${where(file, statement)}`);
  }
  if (!publicExports) throw new Error('no __export(typescript_exports, …) in the bundle');

  const kept = new Set(); // statements
  const keptMembers = new Map(); // namespace → members kept
  const pending = [];
  const keepStatement = (statement) => {
    if (kept.has(statement)) return;
    kept.add(statement);
    pending.push(statement);
  };
  const keepName = (name) => {
    const statement = declarations.get(name);
    if (!statement || kept.has(statement)) return;
    keepStatement(statement);
    for (const filling of attached.get(name) ?? []) keepStatement(filling);
    if (namespaces.has(name)) keptMembers.set(name, new Set());
  };
  const keepMember = (namespace, member) => {
    keepName(namespace);
    const members = keptMembers.get(namespace);
    if (members.has(member)) return;
    members.add(member);
    keepValue(namespaces.get(namespace).get(member));
  };
  // a name used as a value: a namespace object used so (not as `ns.member`) keeps every member
  const keepValue = (name) => {
    keepName(name);
    for (const member of namespaces.get(name)?.keys() ?? []) keepMember(name, member);
  };
  const keepReferences = (statement) => {
    for (const reference of references(statement, namespaces)) {
      if (reference.member === undefined) keepValue(reference.name);
      else keepMember(reference.name, reference.member);
    }
  };

  keepName('__export'); // the export statements written below call it
  for (const name of needed) {
    const target = publicExports.members.get(name);
    if (target === undefined) throw new Error(`TypeScript exports no ${name}`);
    keepValue(target);
  }
  for (const root of roots) keepStatement(root);
  while (pending.length) keepReferences(pending.pop());

  const parts = [];
  for (const statement of body.statements) {
    if (statement === publicExports.statement) {
      const members = [...publicExports.members].filter(([, target]) => kept.has(declarations.get(target)));
      parts.push(exportStatement('typescript_exports', members));
    } else if (ts.isExpressionStatement(statement) && namespaceExports.has(exportedNamespace(statement.expression))) {
      const namespace = exportedNamespace(statement.expression);
      if (!kept.has(declarations.get(namespace))) continue;
      const members = [...namespaces.get(namespace)].filter(([member]) => keptMembers.get(namespace).has(member));
      parts.push(exportStatement(namespace, members));
    } else if (kept.has(statement)) parts.push(text.slice(statement.pos, statement.end));
  }
  return text.slice(0, body.statements.pos) + parts.join('') + text.slice(body.statements.end);
}

/** The statements of `var ts = {}; ((module) => { … })(…)`. */
function bundleBody(file) {
  const call = file.statements[1]?.expression;
  const wrapper = call && ts.isCallExpression(call) ? call.expression : undefined;
  const arrow = wrapper && ts.isParenthesizedExpression(wrapper) ? wrapper.expression : undefined;
  if (!arrow || !ts.isArrowFunction(arrow) || !ts.isBlock(arrow.body))
    throw new Error('typescript.js is not `var ts = {}; ((module) => { … })(…)`');
  return arrow.body;
}

/** `__export(X, { a: () => a, … })` → X. */
function exportedNamespace(expression) {
  if (!ts.isCallExpression(expression) || !isIdentifierNamed(expression.expression, '__export')) return undefined;
  const [target, members] = expression.arguments;
  if (!ts.isIdentifier(target) || !members || !ts.isObjectLiteralExpression(members)) return undefined;
  const simple = members.properties.every(
    (member) =>
      ts.isPropertyAssignment(member) &&
      ts.isArrowFunction(member.initializer) &&
      ts.isIdentifier(member.initializer.body),
  );
  return simple ? target.text : undefined;
}

/**
 * The declaration a statement only fills: `X.y = …` or a namespace body `((X2) => { … })(X || (X = {}))`.
 * Such a statement is kept with X.
 */
function filledName(expression) {
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    let target = expression.left;
    if (!ts.isPropertyAccessExpression(target) && !ts.isElementAccessExpression(target)) return undefined;
    while (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) target = target.expression;
    return ts.isIdentifier(target) && target.text !== 'module' ? target.text : undefined;
  }
  if (ts.isCallExpression(expression) && ts.isParenthesizedExpression(expression.expression)) {
    const [argument] = expression.arguments;
    if (
      argument &&
      ts.isBinaryExpression(argument) &&
      argument.operatorToken.kind === ts.SyntaxKind.BarBarToken &&
      ts.isIdentifier(argument.left)
    )
      return argument.left.text;
  }
  return undefined;
}

/** `registerRefactor(…)` / `registerCodeFix(…)`: entries of the language service's registries. */
function registersLanguageServiceFeature(expression) {
  return (
    ts.isCallExpression(expression) &&
    ts.isIdentifier(expression.expression) &&
    /^register(Refactor|CodeFix)$/.test(expression.expression.text)
  );
}

/** `0 && (module.exports = { … })`: never runs; it lists the export names for Node's CommonJS lexer. */
function exportNamesForLexer(expression) {
  return (
    ts.isBinaryExpression(expression) &&
    expression.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
    ts.isNumericLiteral(expression.left) &&
    expression.left.text === '0'
  );
}

/**
 * The top-level names a statement mentions: `{ name }`, or `{ name, member }` for `namespace.member`. Property
 * names (`a.name`, `{ name: … }`, methods) are not references.
 */
function references(statement, namespaces) {
  const found = [];
  const visit = (node) => {
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      namespaces.get(node.expression.text)?.has(node.name.text)
    ) {
      found.push({ name: node.expression.text, member: node.name.text });
      return;
    }
    if (ts.isIdentifier(node)) {
      if (!isPropertyName(node)) found.push({ name: node.text });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(statement);
  return found;
}

function isPropertyName(node) {
  const parent = node.parent;
  // a declaration's own name is not a use of it
  if (ts.isVariableDeclaration(parent) || ts.isFunctionDeclaration(parent) || ts.isClassDeclaration(parent))
    return parent.name === node;
  if (ts.isPropertyAccessExpression(parent)) return parent.name === node;
  if (ts.isBindingElement(parent)) return parent.propertyName === node;
  return (
    (ts.isPropertyAssignment(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isGetAccessorDeclaration(parent) ||
      ts.isSetAccessorDeclaration(parent)) &&
    parent.name === node
  );
}

function isIdentifierNamed(node, name) {
  return ts.isIdentifier(node) && node.text === name;
}

function exportStatement(namespace, members) {
  return `\n__export(${namespace}, {\n${members.map(([name, target]) => `  ${name}: () => ${target}`).join(',\n')}\n});`;
}

function where(file, node) {
  return `line ${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
}
