import { ts } from './typescript.js';
import { rangeOf, stepAt } from './syntax.js';
import { createFinding, type Finding } from '@keyward/core';
import type { ModuleSummary } from './module-summary.js';
import type { Flow, Taint } from './taint.js';

// Secrets passed as props from a server component to a `'use client'` component: React serialises the props
// into the page's payload, so the browser receives the value even though the server read it.

/** Whether any module may be `'use client'` (its text spells it): else no module has a finding. */
export function mayHaveClientModules(flow: Flow): boolean {
  const { modules } = flow;
  return modules.files.some((file) => modules.text(file)!.includes('use client'));
}

/** One module's findings: props from its JSX to components imported from `'use client'` modules. */
export function serverPropFindingsIn(flow: Flow, module: ModuleSummary): Finding[] {
  const findings: Finding[] = [];
  if (module.directives.has('use client') || !module.node.text.includes('<')) return findings;
  // a finding needs a JSX tag bound to an import from a `'use client'` module (clientComponent)
  if (![...module.imports.values()].some(([file]) => isClientModule(flow, file))) return findings;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningElement(node)) {
      const component = clientComponent(node.tagName, module, flow);
      if (component) {
        for (const attribute of node.attributes.properties) {
          const value = ts.isJsxAttribute(attribute) ? attribute.initializer : attribute.expression;
          const expression = value && ts.isJsxExpression(value) ? value.expression : value;
          const taint = expression && flow.taintOf(expression, module);
          if (!taint || !crossesAsSecret(taint)) continue;
          const prop = ts.isJsxAttribute(attribute) ? jsxName(attribute.name) : '{...spread}';
          findings.push(propFinding(module, attribute, component, prop, taint));
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(module.node);
  return findings;
}

/** Only values that are secrets wherever they go: server env secrets, key literals, credential headers. */
function crossesAsSecret(taint: Taint): boolean {
  return taint.kind === 'env' || taint.kind === 'literal' || taint.kind === 'header';
}

/** The module of a JSX tag imported from a `'use client'` module. */
function clientComponent(tag: ts.JsxTagNameExpression, module: ModuleSummary, flow: Flow): string | undefined {
  const name = ts.isIdentifier(tag)
    ? tag
    : ts.isPropertyAccessExpression(tag) && ts.isIdentifier(tag.expression)
      ? tag.expression
      : undefined;
  if (!name) return undefined;
  const declaration = module.scopes.declarationOf(name, name.text);
  const imported = declaration && module.imports.get(declaration);
  return imported && isClientModule(flow, imported[0]) ? imported[0] : undefined;
}

/** A `'use client'` module of the project; one whose text cannot say so is not parsed to find out. */
function isClientModule(flow: Flow, file: string): boolean {
  return (
    (flow.modules.text(file)?.includes('use client') ?? false) && flow.modules.get(file)!.directives.has('use client')
  );
}

function propFinding(module: ModuleSummary, at: ts.Node, component: string, prop: string, taint: Taint): Finding {
  return createFinding({
    ruleId: 'no-client-side-key',
    file: module.file,
    ...rangeOf(module.node, at),
    message: `${taint.what} is passed as the ${prop} prop to a 'use client' component (${component}); React sends client component props to the browser. Make the call on the server and pass down only its result.`,
    identity: `${module.file}\0${prop}\0${taint.identity}`,
    redacted: taint.what,
    trace: [
      ...taint.steps,
      stepAt(module.file, module.node, at, `passes it as the ${prop} prop of a client component from ${component}`),
    ],
  });
}

function jsxName(name: ts.JsxAttributeName): string {
  return ts.isIdentifier(name) ? name.text : `${name.namespace.text}:${name.name.text}`;
}
