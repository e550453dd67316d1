// Which modules a package's shipped files load, and which of those its package.json does not declare.
// Used by scripts/check-packages.mjs; tested in test/package-imports.test.ts.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/** Bare module names the package's shipped .js and .d.ts files load that its package.json does not declare. */
export function undeclaredImports(pkg, dir, files) {
  const declared = new Set([
    pkg.name,
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
    ...Object.keys(pkg.optionalDependencies ?? {}),
  ]);
  const problems = [];
  for (const file of files.filter((file) => /\.(?:[cm]?js|d\.[cm]?ts)$/.test(file))) {
    for (const specifier of moduleSpecifiers(path.join(dir, file), undefined, { optional: false })) {
      const name = packageName(specifier);
      if (name && !declared.has(name)) problems.push(`${file} loads '${specifier}', which is not a dependency`);
    }
  }
  return problems;
}

/**
 * `import`/`export … from`, `import()`, `import x = require()`, `require()` and `createRequire(…)()` of a literal.
 * With `optional: false`, loads inside a `try` block are left out: code that catches a failed load does not need
 * the module (TypeScript's own `require("source-map-support")` in its debug path, say).
 */
export function moduleSpecifiers(file, text = readFileSync(file, 'utf8'), { optional = true } = {}) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found = [];
  const visit = (node) => {
    if (!optional && ts.isTryStatement(node)) {
      if (node.catchClause) visit(node.catchClause);
      if (node.finallyBlock) visit(node.finallyBlock);
      return;
    }
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      found.push(node.moduleSpecifier);
    else if (ts.isExternalModuleReference(node)) found.push(node.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) found.push(node.argument.literal);
    else if (ts.isCallExpression(node) && isLoader(node.expression)) found.push(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((node) => node && ts.isStringLiteralLike(node)).map((node) => node.text);
}

function isLoader(callee) {
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return true;
  if (ts.isIdentifier(callee)) return callee.text === 'require' || callee.text === '__require';
  return (
    ts.isCallExpression(callee) && ts.isIdentifier(callee.expression) && /createRequire$/.test(callee.expression.text)
  );
}

/** 'globby' → 'globby', '@a/b/c' → '@a/b'; relative paths, URLs and Node's own modules → undefined. */
export function packageName(specifier) {
  if (/^[./]|^[a-z]+:/.test(specifier) || builtinModules.includes(specifier.split('/')[0])) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}
