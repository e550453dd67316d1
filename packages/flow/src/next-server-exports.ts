import { ts } from './typescript.js';
import type { ModuleSummary } from './module-summary.js';

// Next.js pages are client code, except what runs only on the server: `getServerSideProps`, `getStaticProps` and
// `getStaticPaths` are removed from the page's browser bundle, with every top-level function, constant and import
// that only they use. A secret read there never reaches the browser.

const SERVER_EXPORTS = new Set(['getServerSideProps', 'getStaticProps', 'getStaticPaths']);
const cache = new WeakMap<ts.SourceFile, ReadonlySet<ts.Node>>();
const NONE: ReadonlySet<ts.Node> = new Set();

/** The top-level nodes of a module that Next.js keeps out of the browser (empty when it exports none of them). */
export function serverOnlyParts(module: ModuleSummary): ReadonlySet<ts.Node> {
  let parts = cache.get(module.node);
  if (!parts) {
    parts = collect(module);
    cache.set(module.node, parts);
  }
  return parts;
}

/** Whether `node` sits inside one of the server-only parts. */
export function isServerOnly(node: ts.Node, parts: ReadonlySet<ts.Node>): boolean {
  if (parts.size === 0) return false;
  for (let at: ts.Node | undefined = node; at; at = at.parent) if (parts.has(at)) return true;
  return false;
}

function collect(module: ModuleSummary): ReadonlySet<ts.Node> {
  const parts = new Set<ts.Node>();
  // top-level declarations that may be only the server exports' helpers: declaring name → the node to mark
  const candidates = new Map<ts.Identifier, ts.Node>();
  for (const statement of module.node.statements) {
    const exported =
      ts.canHaveModifiers(statement) &&
      (ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false);
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      if (exported && SERVER_EXPORTS.has(statement.name.text)) parts.add(statement);
      else if (!exported) candidates.set(statement.name, statement);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) continue;
        if (exported && SERVER_EXPORTS.has(declaration.name.text)) parts.add(declaration);
        else if (!exported) candidates.set(declaration.name, declaration);
      }
    } else if (ts.isImportDeclaration(statement) && statement.importClause && !statement.importClause.isTypeOnly) {
      for (const name of importedNames(statement.importClause)) candidates.set(name, statement);
    }
  }
  if (parts.size === 0) return NONE;
  const references = referencesTo(module, candidates);
  // an import declaration is server-only when every binding it makes is
  const holders = new Map<ts.Node, ts.Identifier[]>();
  for (const [name, holder] of candidates) holders.set(holder, [...(holders.get(holder) ?? []), name]);
  for (let changed = true; changed;) {
    changed = false;
    for (const [holder, names] of holders) {
      if (parts.has(holder)) continue;
      const uses = names.flatMap((name) => references.get(name) ?? []);
      if (
        uses.length > 0 &&
        names.every((name) => (references.get(name)?.length ?? 0) > 0) &&
        uses.every((use) => isServerOnly(use, parts))
      ) {
        parts.add(holder);
        changed = true;
      }
    }
  }
  return parts;
}

function importedNames(clause: ts.ImportClause): ts.Identifier[] {
  const names: ts.Identifier[] = clause.name ? [clause.name] : [];
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name);
  if (bindings && ts.isNamedImports(bindings))
    for (const element of bindings.elements) if (!element.isTypeOnly) names.push(element.name);
  return names;
}

/** Every identifier in the module that refers to one of the candidates (their declarations left out). */
function referencesTo(
  module: ModuleSummary,
  candidates: ReadonlyMap<ts.Identifier, ts.Node>,
): Map<ts.Identifier, ts.Node[]> {
  const byText = new Map<string, ts.Identifier[]>();
  for (const name of candidates.keys()) byText.set(name.text, [...(byText.get(name.text) ?? []), name]);
  const references = new Map<ts.Identifier, ts.Node[]>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      if (!byText.has(node.text) || candidates.has(node)) return;
      const parent = node.parent;
      // `x.name` and `{ name: … }` are not references to a binding called name
      if (
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node)
      )
        return;
      const declaration = module.scopes.declarationOf(node, node.text);
      if (declaration && candidates.has(declaration))
        references.set(declaration, [...(references.get(declaration) ?? []), node]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(module.node);
  return references;
}
