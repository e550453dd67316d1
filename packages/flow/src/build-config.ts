import { ts } from './typescript.js';
import { createFinding, isServerSecretName, redact, type Finding } from '@keyward/core';
import { envRead, rangeOf } from './syntax.js';
import { keyIn } from './keys.js';
import type { ModuleSummary } from './module-summary.js';

// Values that cross into the browser by build configuration: Vite `define`, webpack `DefinePlugin` and
// `EnvironmentPlugin`, and `next.config` `env` copy what they are given into client bundles.

const CONFIG_FILE = /(?:^|\/)(?:vite|vitest|webpack|next|rollup|rsbuild|astro|nuxt)\.config\.[cm]?[jt]s$/;

export function buildConfigFindings(modules: Iterable<ModuleSummary>, showSecrets = false): Finding[] {
  const findings: Finding[] = [];
  for (const module of modules) {
    const { file, node } = module;
    if (!CONFIG_FILE.test(file)) continue;
    const report = (at: ts.Node, what: string, identity: string, shown: string, via: string, secret?: string) => {
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
    /** Reports the secrets inside a value handed to the bundler. */
    const inspect = (value: ts.Node, via: string) => {
      const visit = (n: ts.Node): void => {
        const env =
          (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && envRead(n)?.via === 'process.env'
            ? envRead(n)!.name
            : undefined;
        if (env && isServerSecretName(env)) report(n, `process.env.${env}`, env, env, via);
        else if (ts.isStringLiteralLike(n)) {
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
      if (ts.isNewExpression(n)) {
        const name = ts.isPropertyAccessExpression(n.expression)
          ? n.expression.name.text
          : ts.isIdentifier(n.expression)
            ? n.expression.text
            : '';
        if (name === 'DefinePlugin')
          n.arguments?.forEach((arg: ts.Expression) => inspect(arg, 'webpack `DefinePlugin`'));
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
  }
  return findings;
}

function propertyName(n: ts.PropertyAssignment): string | undefined {
  return ts.isIdentifier(n.name) || ts.isStringLiteral(n.name) ? n.name.text : undefined;
}
