import { ts } from './typescript.js';
import { directivesOf, rangeOf } from './syntax.js';
import { fingerprint, type Finding } from '@keyward/core';
import type { ModuleSummary } from './flow/module-summary.js';
import { lineOf, type Flow, type Taint } from './flow/taint.js';

// Secrets passed as props from a server component to a `'use client'` component: React serialises the props
// into the page's payload, so the browser receives the value even though the server read it.

export function serverPropFindings(flow: Flow): Finding[] {
  const findings: Finding[] = [];
  if (![...flow.modules.values()].some((module) => directivesOf(module.node).has('use client'))) return findings;
  for (const module of flow.modules.values()) {
    if (directivesOf(module.node).has('use client') || !module.node.text.includes('<')) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningElement(node)) {
        const component = clientComponent(node.tagName, module, flow);
        if (component) {
          for (const attribute of node.attributes.properties) {
            const value = ts.isJsxAttribute(attribute) ? attribute.initializer : attribute.expression;
            const expression = value && ts.isJsxExpression(value) ? value.expression : value;
            const taint = expression && flow.taintOf(expression, module);
            if (!taint || !crossesAsSecret(taint)) continue;
            const prop = ts.isJsxAttribute(attribute) ? attribute.name.getText(module.node) : '{...spread}';
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
  return target && directivesOf(target.node).has('use client') ? target.file : undefined;
}

function propFinding(module: ModuleSummary, at: ts.Node, component: string, prop: string, taint: Taint): Finding {
  const trace = [
    ...taint.steps,
    `${module.file}:${lineOf(module, at)} passes it as the ${prop} prop of a client component from ${component}`,
  ];
  return {
    ruleId: 'no-client-side-key',
    category: 'client-side',
    severity: 'high',
    file: module.file,
    ...rangeOf(module.node, at),
    message: `${taint.what} is passed as the ${prop} prop to a 'use client' component (${component}); React sends client component props to the browser. Make the call on the server and pass down only its result.`,
    fingerprint: fingerprint('no-client-side-key', `${module.file}\0${prop}\0${taint.steps[0] ?? ''}`),
    redacted: taint.what,
    trace,
  };
}
