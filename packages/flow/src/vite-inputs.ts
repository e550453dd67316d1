import { ts } from './typescript.js';
import { propertyName, staticString } from './syntax.js';
import type { ModuleSummary } from './module-summary.js';

// Vite builds the browser bundle from `build.rollupOptions.input`: HTML pages (whose scripts the scanner reads
// from the tree) or modules given directly. Each module named there is a client entry.

const VITE_CONFIG = /(?:^|\/)vite\.config\.[cm]?[jt]s$/;

/** The project modules a Vite config names as build inputs, relative to the root. */
export function viteInputs(modules: ReadonlyMap<string, ModuleSummary>): Set<string> {
  const inputs = new Set<string>();
  for (const module of modules.values()) {
    if (!VITE_CONFIG.test(module.file)) continue;
    const dir = module.file.includes('/') ? module.file.slice(0, module.file.lastIndexOf('/')) : '';
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && propertyName(node.name) === 'input' && isUnderRollupOptions(node))
        for (const value of inputPaths(node.initializer)) {
          const file = joined(dir, value);
          if (modules.has(file)) inputs.add(file);
        }
      ts.forEachChild(node, visit);
    };
    visit(module.node);
  }
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
