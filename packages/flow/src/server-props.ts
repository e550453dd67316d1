import { ts } from './typescript.js';
import { rangeOf, stepAt } from './syntax.js';
import { createFinding, type Finding } from '@keyward/core';
import type { ModuleSummary } from './module-summary.js';
import type { Flow, Taint } from './taint.js';

// Secrets passed as props from a server component to a `'use client'` component: React serialises the props
// into the page's payload, so the browser receives the value even though the server read it.

export function serverPropFindings(flow: Flow): Finding[] {
  const findings: Finding[] = [];
  if (![...flow.modules.values()].some((module) => module.directives.has('use client'))) return findings;
  for (const module of flow.modules.values()) {
    if (module.directives.has('use client') || !module.node.text.includes('<')) continue;
    // a finding needs a JSX tag bound to an import from a `'use client'` module (clientComponent)
    if (![...module.imports.values()].some(([file]) => flow.modules.get(file)?.directives.has('use client'))) continue;
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
  }
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
  const target = imported && flow.modules.get(imported[0]);
  return target && target.directives.has('use client') ? target.file : undefined;
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
