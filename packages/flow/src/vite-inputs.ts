import { ts } from './typescript.js';
import { propertyName, staticString } from './syntax.js';
import type { ModuleStore } from './module-store.js';

// Vite builds the browser bundle from `build.rollupOptions.input`: HTML pages (whose scripts the scanner reads
// from the tree) or modules given directly. Each module named there is a client entry.

const VITE_CONFIG = /(?:^|\/)vite\.config\.[cm]?[jt]s$/;

/** The project modules a Vite config names as build inputs, relative to the root. */
export function viteInputs(modules: ModuleStore): Set<string> {
  const inputs = new Set<string>();
  for (const config of modules.files)
    if (VITE_CONFIG.test(config))
      for (const file of viteConfigInputs(config, modules.get(config)!.node)) if (modules.has(file)) inputs.add(file);
  return inputs;
}

/** The files one Vite config (`file`, relative to the root) names in `build.rollupOptions.input`. */
export function viteConfigInputs(file: string, node: ts.SourceFile): string[] {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const inputs: string[] = [];
  const visit = (child: ts.Node): void => {
    if (ts.isPropertyAssignment(child) && propertyName(child.name) === 'input' && isUnderRollupOptions(child))
      for (const value of inputPaths(child.initializer)) inputs.push(joined(dir, value));
    ts.forEachChild(child, visit);
  };
  visit(node);
  return inputs;
}

function isUnderRollupOptions(property: ts.PropertyAssignment): boolean {
  const owner = property.parent.parent;
  return ts.isPropertyAssignment(owner) && /^(?:rollupOptions|rolldownOptions)$/.test(propertyName(owner.name) ?? '');
}

/** `'src/a.ts'`, `['a.ts', 'b.html']`, `{ admin: resolve(__dirname, 'admin/main.ts') }`, `fileURLToPath(new URL(…))`. */
function inputPaths(node: ts.Expression): string[] {
  const text = staticString(node);
  if (text !== undefined) return [text];
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((e) => inputPaths(e));
  if (ts.isObjectLiteralExpression(node))
    return node.properties.flatMap((p) => (ts.isPropertyAssignment(p) ? inputPaths(p.initializer) : []));
  // `resolve(__dirname, 'admin/main.ts')`, `new URL('./x.ts', import.meta.url)`: the path is the last literal
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const strings = (node.arguments ?? []).flatMap((a) => inputPaths(a));
    return strings.length > 0 ? [strings.at(-1)!] : [];
  }
  return [];
}

/** `dir` joined with a relative path, `.` and `..` resolved; undefined above the root. */
function joined(dir: string, relative: string): string {
  const parts = dir === '' || dir === '.' ? [] : dir.split('/');
  for (const part of relative.replace(/^\/+/, '').split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
