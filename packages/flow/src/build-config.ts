import { ts } from './typescript.js';
import {
  createFinding,
  isCredentialName,
  isPublicByDesign,
  isServerSecretName,
  PUBLIC_PREFIXES,
  redact,
  type Finding,
} from '@keyward/core';
import { envObject, envRead, propertyName as memberKey, rangeOf } from './syntax.js';
import { keyIn } from './keys.js';
import { BUILD_CONFIG_FILE } from './sink-words.js';
import type { ModuleSummary } from './module-summary.js';

// Values that cross into the browser by build configuration: Vite `define`, webpack `DefinePlugin` and
// `EnvironmentPlugin`, `next.config` `env` and Nuxt `runtimeConfig.public` copy what they are given into client
// bundles — a secret env read, a key, all of `process.env`, or what Vite's `loadEnv()` read.

/** How deep a value handed to the bundler is followed through consts and local functions. */
const MAX_FOLLOW = 4;

export function buildConfigFindings(modules: Iterable<ModuleSummary>, showSecrets = false): Finding[] {
  const findings: Finding[] = [];
  for (const module of modules)
    if (BUILD_CONFIG_FILE.test(module.file)) findings.push(...configFindings(module, showSecrets));
  return findings;
}

function configFindings(module: ModuleSummary, showSecrets: boolean): Finding[] {
  const { file, node } = module;
  const findings: Finding[] = [];
  // one finding per secret and bundler option (`process.env` twice in one helper is one leak)
  const reported = new Set<string>();
  const report = (at: ts.Node, what: string, identity: string, shown: string, via: string, secret?: string) => {
    if (reported.has(`${via}\0${identity}`)) return;
    reported.add(`${via}\0${identity}`);
    findings.push(
      createFinding({
        ruleId: 'no-client-side-key',
        file,
        ...rangeOf(node, at),
        message: `${what} is given to ${via} in ${file}, which copies it into the browser bundle. Keep the secret on the server and call an API route instead.`,
        identity: `${file}\0${identity}`,
        redacted: shown,
        ...(showSecrets && secret !== undefined ? { secret } : {}),
      }),
    );
  };
  /** Reports the secrets inside a value handed to the bundler, following consts and local functions. */
  const inspect = (value: ts.Node, via: string, depth = 0): void => {
    // an env object filtered to the public prefixes (`Object.keys(process.env).filter(k => /^REACT_APP_/.test(k))`)
    const filtered = PUBLIC_PREFIXES.some((prefix) => value.getText(node).includes(prefix));
    const visit = (n: ts.Node): void => {
      if (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) {
        const read = envRead(n);
        if (read?.via === 'process.env') {
          if (isServerSecretName(read.name)) report(n, `process.env.${read.name}`, read.name, read.name, via);
          return;
        }
        const loaded = ts.isIdentifier(n.expression) ? loadEnvOf(n.expression, module) : undefined;
        const name = loaded && memberName(n);
        if (name !== undefined) {
          if (isServerSecretName(name)) report(n, `${name} from loadEnv()`, name, name, via);
          return;
        }
      }
      if (envObject(n) === 'process.env' && !filtered) {
        report(n, 'all of process.env', 'process.env', 'process.env', via);
        return;
      }
      if (ts.isIdentifier(n) && !isMemberName(n)) {
        const loaded = loadEnvOf(n, module);
        if (loaded?.everything && !filtered) report(n, 'every variable loadEnv() read', 'loadEnv', 'loadEnv()', via);
        if (loaded) return;
        const followed = depth < MAX_FOLLOW ? definitionOf(n, module) : undefined;
        if (followed) inspect(followed, via, depth + 1);
        return;
      }
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && depth < MAX_FOLLOW) {
        const body = functionBody(n.expression, module);
        if (body) inspect(body, via, depth + 1);
      }
      if (ts.isStringLiteralLike(n)) {
        const match = keyIn(module.keys, n, node);
        if (match) {
          const shown = redact(match.secret, match.detector.prefixLength ?? 0);
          report(n, `${match.detector.title} ${shown}`, match.secret, shown, via, match.secret);
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(value);
  };
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAssignment(n) && propertyName(n) === 'define' && ts.isObjectLiteralExpression(n.initializer))
      inspect(n.initializer, 'Vite `define`');
    if (
      ts.isPropertyAssignment(n) &&
      propertyName(n) === 'env' &&
      /next\.config/.test(file) &&
      ts.isObjectLiteralExpression(n.initializer)
    )
      inspect(n.initializer, '`next.config` `env`');
    if (
      ts.isPropertyAssignment(n) &&
      propertyName(n) === 'runtimeConfig' &&
      ts.isObjectLiteralExpression(n.initializer)
    )
      runtimeConfigPublic(n.initializer, inspect, report);
    if (ts.isNewExpression(n)) {
      const name = ts.isPropertyAccessExpression(n.expression)
        ? n.expression.name.text
        : ts.isIdentifier(n.expression)
          ? n.expression.text
          : '';
      if (name === 'DefinePlugin') n.arguments?.forEach((arg: ts.Expression) => inspect(arg, 'webpack `DefinePlugin`'));
      if (name === 'EnvironmentPlugin') {
        for (const arg of n.arguments ?? []) {
          const names = ts.isArrayLiteralExpression(arg)
            ? arg.elements
            : ts.isObjectLiteralExpression(arg)
              ? arg.properties.map((p: ts.ObjectLiteralElementLike) => p.name ?? p)
              : [arg];
          for (const entry of names) {
            const text = entry && (ts.isStringLiteralLike(entry) || ts.isIdentifier(entry)) ? entry.text : undefined;
            if (text && isServerSecretName(text))
              report(entry!, `process.env.${text}`, text, text, 'webpack `EnvironmentPlugin`');
          }
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return findings;
}

/**
 * Nuxt's `runtimeConfig.public` is sent to the browser: a secret env read or key in it, or a key named for a
 * credential (Nuxt fills `stripeSecretKey` from `NUXT_PUBLIC_STRIPE_SECRET_KEY` at run time).
 */
function runtimeConfigPublic(
  config: ts.ObjectLiteralExpression,
  inspect: (value: ts.Node, via: string) => void,
  report: (at: ts.Node, what: string, identity: string, shown: string, via: string) => void,
): void {
  const via = 'Nuxt `runtimeConfig.public`';
  for (const property of config.properties) {
    if (!ts.isPropertyAssignment(property) || memberKey(property.name) !== 'public') continue;
    if (!ts.isObjectLiteralExpression(property.initializer)) continue;
    inspect(property.initializer, via);
    for (const entry of property.initializer.properties) {
      const name = ts.isPropertyAssignment(entry) ? memberKey(entry.name) : undefined;
      if (!name || !isCredentialName(name) || isPublicByDesign(envName(name))) continue;
      const what = `\`${name}\` (which Nuxt fills from NUXT_PUBLIC_${envName(name)})`;
      report(entry.name!, what, `runtimeConfig.public.${name}`, name, via);
    }
  }
}

/** `stripeSecretKey` → `STRIPE_SECRET_KEY`, as Nuxt maps runtime config keys to env names. */
function envName(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** A binding to `loadEnv(mode, root, prefixes)`; `everything` when the prefixes include '' (all variables). */
function loadEnvOf(name: ts.Identifier, module: ModuleSummary): { everything: boolean } | undefined {
  const value = definitionOf(name, module);
  if (!value || !ts.isCallExpression(value)) return undefined;
  const callee = value.expression;
  const called = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
  if (called !== 'loadEnv') return undefined;
  const prefixes = value.arguments[2];
  const everything =
    prefixes !== undefined &&
    ((ts.isStringLiteralLike(prefixes) && prefixes.text === '') ||
      (ts.isArrayLiteralExpression(prefixes) &&
        prefixes.elements.some((e) => ts.isStringLiteralLike(e) && e.text === '')));
  return { everything };
}

/** The initialiser of the `const` (or `let` never reassigned) a name refers to, in its module. */
function definitionOf(name: ts.Identifier, module: ModuleSummary): ts.Expression | undefined {
  const declaration = module.scopes.declarationOf(name, name.text);
  const holder = declaration?.parent;
  if (!holder || !ts.isVariableDeclaration(holder) || holder.name !== declaration || !holder.initializer)
    return undefined;
  return module.scopes.writesTo(declaration).some((write) => write.property === undefined)
    ? undefined
    : holder.initializer;
}

/** The body of a local function a call names (`new DefinePlugin(getClientEnv())`). */
function functionBody(name: ts.Identifier, module: ModuleSummary): ts.Node | undefined {
  const declaration = module.scopes.declarationOf(name, name.text);
  const holder = declaration?.parent;
  if (holder && ts.isFunctionDeclaration(holder)) return holder.body;
  const value = declaration && definitionOf(declaration, module);
  return value && (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) ? value.body : undefined;
}

function memberName(node: ts.PropertyAccessExpression | ts.ElementAccessExpression): string | undefined {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  return ts.isStringLiteralLike(node.argumentExpression) ? node.argumentExpression.text : undefined;
}

/** `x.name` and `{ name: … }`: a name that is not a reference to a binding. */
function isMemberName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isPropertyAssignment(parent) && parent.name === node) ||
    (ts.isVariableDeclaration(parent) && parent.name === node) ||
    ts.isParameter(parent) ||
    ts.isBindingElement(parent)
  );
}

function propertyName(n: ts.PropertyAssignment): string | undefined {
  return ts.isIdentifier(n.name) || ts.isStringLiteral(n.name) ? n.name.text : undefined;
}
