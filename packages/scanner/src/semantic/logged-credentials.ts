import { ts } from 'ts-morph';
import {
  ANALYTICS_METHODS,
  CONSOLE_METHODS,
  CREDENTIAL_HEADERS,
  DEFAULT_SANITIZERS,
  fingerprint,
  isSecretName,
  KEEPING_FUNCTIONS,
  LOG_LEVELS,
  LOGGER_MODULES,
  LOGGER_NAME,
  namesSecret,
  scanText,
  SENTRY_METHODS,
  type Catalog,
  type Finding,
} from '@keyward/core';

const SANITIZERS = new Set(DEFAULT_SANITIZERS);

// `no-logged-credential` across files: a credential made in one module (a key literal, a secret env read, an
// Authorization header bag) that reaches a log, analytics or error-report call in another, through imports,
// exported values, function returns and function parameters. Syntax only: bindings are resolved through import
// declarations, not the type checker.

/** Where a credential comes from, and the steps it took ("file:line what"). */
interface Taint {
  readonly what: string;
  readonly steps: readonly string[];
}

interface Module {
  readonly file: string;
  readonly node: ts.SourceFile;
  /** Top-level declarations by name: variable initialisers and functions. */
  readonly declarations: Map<string, ts.Node>;
  /** Imported local name → [module file, exported name ('default' or the name)]. */
  readonly imports: Map<string, [string, string]>;
  readonly exports: Map<string, string>;
  readonly loggers: Set<string>;
}

export interface LoggedCredentialOptions {
  readonly modules: ReadonlyMap<string, ts.SourceFile>;
  readonly resolve: (from: string, specifier: string) => string | undefined;
  readonly catalog: Catalog;
}

/** Cross-file flows into sinks. Findings sit at the sink; `trace` shows source → … → sink. */
export function loggedCredentialFindings(options: LoggedCredentialOptions): Finding[] {
  const modules = new Map<string, Module>();
  for (const [file, node] of options.modules) modules.set(file, summarise(file, node, options.resolve));
  const analysis = new Flow(modules, options.catalog);
  const findings: Finding[] = [];
  for (const module of modules.values()) {
    const visit = (node: ts.Node, fn: ts.FunctionLikeDeclaration | undefined): void => {
      if (ts.isCallExpression(node)) {
        const sink = sinkName(node, module);
        if (sink) {
          for (const argument of node.arguments) {
            const taint = analysis.taintOf(argument, module, 0);
            if (!taint) continue;
            findings.push(report(module, node, sink, taint));
            break;
          }
        }
      }
      ts.forEachChild(node, (child) => visit(child, ts.isFunctionLike(child) ? (child as ts.FunctionLikeDeclaration) : fn));
    };
    visit(module.node, undefined);
  }
  // Arguments carrying a credential into another module's function: its sinks see the parameter as tainted.
  for (const module of modules.values()) {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const target = analysis.functionFor(node.expression, module);
        if (target && target.owner !== module) findings.push(...parameterFlows(analysis, module, node, target.owner, target.fn));
      }
      ts.forEachChild(node, visit);
    };
    visit(module.node);
  }
  // Only flows that cross a module boundary: in-file flows are the ESLint rule's, and the scanner must not repeat them.
  return findings.filter((finding) => finding.trace?.some((step) => !step.startsWith(`${finding.file}:`)));
}

function parameterFlows(analysis: Flow, caller: Module, call: ts.CallExpression, owner: Module, fn: ts.FunctionLikeDeclaration): Finding[] {
  const findings: Finding[] = [];
  call.arguments.forEach((argument, index) => {
    const parameter = fn.parameters[index];
    if (!parameter || !fn.body) return;
    const taint = analysis.taintOf(argument, caller, 0);
    if (!taint) return;
    const name = ts.isIdentifier(parameter.name) ? parameter.name.text : `#${index + 1}`;
    const callee = (call.expression as ts.Identifier).text;
    analysis.parameterTaints.set(parameter, { what: taint.what, steps: [...taint.steps, `${caller.file}:${line(caller, call)} passes it to ${callee}(${name})`] });
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const sink = sinkName(node, owner);
        const reached = sink && node.arguments.map((arg) => analysis.taintOf(arg, owner, 0)).find(Boolean);
        if (sink && reached) findings.push(report(owner, node, sink, reached));
      }
      if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
    };
    ts.forEachChild(fn.body, visit);
    analysis.parameterTaints.delete(parameter);
  });
  return findings;
}

function report(module: Module, call: ts.CallExpression, sink: string, taint: Taint): Finding {
  const start = module.node.getLineAndCharacterOfPosition(call.getStart(module.node));
  const end = module.node.getLineAndCharacterOfPosition(call.getEnd());
  const at = `${module.file}:${start.line + 1}`;
  const trace = [...taint.steps, `${at} ${sink}(…)`];
  return {
    ruleId: 'no-logged-credential',
    category: 'logged-credential',
    severity: 'high',
    file: module.file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    message: `${capitalize(taint.what)} reaches ${sink}: ${trace.join(' → ')}. Log a redacted value instead, and rotate any key that was logged.`,
    fingerprint: fingerprint('no-logged-credential', `${taint.steps[0] ?? ''}\0${at}`),
    redacted: taint.what,
    trace,
  };
}

function capitalize(text: string): string {
  return /^(?:a|an|the) /.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function summarise(file: string, node: ts.SourceFile, resolve: LoggedCredentialOptions['resolve']): Module {
  const declarations = new Map<string, ts.Node>();
  const imports = new Map<string, [string, string]>();
  const exports = new Map<string, string>();
  const loggers = new Set<string>();
  for (const statement of node.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const specifier = statement.moduleSpecifier.text;
      const target = resolve(file, specifier);
      const clause = statement.importClause;
      if (clause?.name) {
        if (target) imports.set(clause.name.text, [target, 'default']);
        if (LOGGER_MODULES.has(specifier)) loggers.add(clause.name.text);
      }
      if (clause?.namedBindings && ts.isNamedImports(clause.namedBindings)) {
        for (const element of clause.namedBindings.elements) {
          if (target) imports.set(element.name.text, [target, (element.propertyName ?? element.name).text]);
        }
      }
    } else if (ts.isVariableStatement(statement)) {
      const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
        declarations.set(declaration.name.text, declaration.initializer);
        if (exported) exports.set(declaration.name.text, declaration.name.text);
        const callee = declaration.initializer && ts.isCallExpression(declaration.initializer) ? rootIdentifier(declaration.initializer.expression) : undefined;
        if (callee && (loggers.has(callee) || LOGGER_MODULES.has(callee))) loggers.add(declaration.name.text);
      }
    } else if (ts.isFunctionDeclaration(statement) && statement.name) {
      declarations.set(statement.name.text, statement);
      const modifiers = statement.modifiers ?? [];
      if (modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
        exports.set(modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword) ? 'default' : statement.name.text, statement.name.text);
      }
    }
  }
  return { file, node, declarations, imports, exports, loggers };
}

class Flow {
  private readonly exportMemo = new Map<string, Taint | null>();
  /** Parameters known to receive a credential from a call site in another module. */
  readonly parameterTaints = new Map<ts.ParameterDeclaration, Taint>();

  constructor(
    private readonly modules: ReadonlyMap<string, Module>,
    private readonly catalog: Catalog,
  ) {}

  taintOf(node: ts.Node, module: Module, depth: number): Taint | undefined {
    if (depth > 24) return undefined;
    const next = depth + 1;
    const step = (what: string, at: ts.Node): Taint => ({ what, steps: [`${module.file}:${line(module, at)} ${what}`] });
    if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) {
      const text = node.getText(module.node);
      const match = scanText(text, { path: module.file, catalog: this.catalog, fileKind: 'code' })[0];
      if (match) return step(`a hardcoded ${match.detector.title}`, node);
      return ts.isTemplateExpression(node) ? this.first(node.templateSpans.map((span) => span.expression), module, next) : undefined;
    }
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) || ts.isAwaitExpression(node) || ts.isSatisfiesExpression(node)) {
      return this.taintOf(node.expression, module, next);
    }
    if (ts.isBinaryExpression(node)) return this.first([node.left, node.right], module, next);
    if (ts.isConditionalExpression(node)) return this.first([node.whenTrue, node.whenFalse], module, next);
    if (ts.isArrayLiteralExpression(node)) return this.first([...node.elements], module, next);
    if (ts.isSpreadElement(node) || ts.isSpreadAssignment(node)) return this.taintOf(node.expression, module, next);
    if (ts.isObjectLiteralExpression(node)) {
      for (const property of node.properties) {
        const key = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;
        if (key && CREDENTIAL_HEADERS.has(key.toLowerCase())) return step(`the ${key} header`, property);
        const value = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : ts.isSpreadAssignment(property) ? property.expression : undefined;
        const taint = value && this.taintOf(value, module, next);
        if (taint) return taint;
      }
      return undefined;
    }
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const name = ts.isPropertyAccessExpression(node) ? node.name.text : ts.isStringLiteralLike(node.argumentExpression) ? node.argumentExpression.text : undefined;
      const object = node.expression;
      if (ts.isPropertyAccessExpression(object) && object.name.text === 'env' && name) {
        const via = ts.isIdentifier(object.expression) && object.expression.text === 'process' ? 'process.env' : ts.isMetaProperty(object.expression) ? 'import.meta.env' : undefined;
        return via && namesSecret(name) ? step(`${via}.${name}`, node) : undefined;
      }
      if (name && CREDENTIAL_HEADERS.has(name.toLowerCase())) return step(`the ${name} header`, node);
      if (name === 'headers' || name === 'config' || name === undefined) return this.taintOf(object, module, next);
      return undefined;
    }
    if (ts.isIdentifier(node)) return this.identifier(node, module, next);
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
      if (name && SANITIZERS.has(name)) return undefined;
      if (name && (KEEPING_FUNCTIONS.has(name) || (ts.isPropertyAccessExpression(callee) && callee.expression.getText(module.node) === 'JSON' && name === 'stringify'))) {
        return this.first([...node.arguments], module, next);
      }
      if (ts.isIdentifier(callee)) return this.callResult(callee, module, next);
    }
    return undefined;
  }

  private first(nodes: readonly ts.Node[], module: Module, depth: number): Taint | undefined {
    for (const node of nodes) {
      const taint = this.taintOf(node, module, depth);
      if (taint) return taint;
    }
    return undefined;
  }

  /** A top-level binding of this module, or an imported one followed into its module. */
  private identifier(node: ts.Identifier, module: Module, depth: number): Taint | undefined {
    const name = node.text;
    const local = localBinding(node, name);
    if (local) {
      if (ts.isParameter(local)) {
        const passed = this.parameterTaints.get(local);
        if (passed) return passed;
        return isSecretName(name) ? { what: `\`${name}\``, steps: [`${module.file}:${line(module, local)} parameter ${name}`] } : undefined;
      }
      return this.taintOf(local, module, depth);
    }
    const imported = module.imports.get(name);
    if (imported) {
      const taint = this.exported(imported[0], imported[1], depth);
      return taint && { what: taint.what, steps: [...taint.steps, `${module.file}:${line(module, node)} imports ${name}`] };
    }
    const declaration = module.declarations.get(name);
    if (declaration && !ts.isFunctionDeclaration(declaration)) return this.taintOf(declaration, module, depth);
    return undefined;
  }

  private exported(file: string, name: string, depth: number): Taint | undefined {
    const key = `${file}\0${name}`;
    const known = this.exportMemo.get(key);
    if (known !== undefined) return known ?? undefined;
    this.exportMemo.set(key, null);
    const module = this.modules.get(file);
    const local = module?.exports.get(name);
    const declaration = local ? module!.declarations.get(local) : undefined;
    let taint: Taint | undefined;
    if (module && declaration && !ts.isFunctionDeclaration(declaration)) taint = this.taintOf(declaration, module, depth);
    else if (module && local && isSecretName(local) && declaration && !ts.isFunctionDeclaration(declaration)) taint = { what: `\`${local}\``, steps: [`${file}:${line(module, declaration)} ${local}`] };
    this.exportMemo.set(key, taint ?? null);
    return taint;
  }

  /** The function a call's callee names, in this module or (through an import) in another, with its module. */
  functionFor(callee: ts.Identifier, module: Module): { owner: Module; fn: ts.FunctionLikeDeclaration } | undefined {
    let owner = module;
    let fn = module.declarations.get(callee.text);
    const imported = module.imports.get(callee.text);
    if (imported) {
      const target = this.modules.get(imported[0]);
      const local = target?.exports.get(imported[1]);
      if (!target || !local) return undefined;
      owner = target;
      fn = target.declarations.get(local);
    }
    return fn && (ts.isFunctionDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) ? { owner, fn } : undefined;
  }

  /** The value a call returns: a local or imported function whose return statements carry a credential. */
  private callResult(callee: ts.Identifier, module: Module, depth: number): Taint | undefined {
    const target = this.functionFor(callee, module);
    if (!target) return undefined;
    const { owner, fn } = target;
    const body = fn.body;
    if (!body) return undefined;
    const returns: ts.Node[] = [];
    if (!ts.isBlock(body)) returns.push(body);
    else {
      const collect = (n: ts.Node): void => {
        if (ts.isReturnStatement(n) && n.expression) returns.push(n.expression);
        else if (!ts.isFunctionLike(n)) ts.forEachChild(n, collect);
      };
      ts.forEachChild(body, collect);
    }
    const taint = this.first(returns, owner, depth);
    return taint && owner !== module ? { what: taint.what, steps: [...taint.steps, `${module.file}:${line(module, callee)} calls ${callee.text}()`] } : taint;
  }
}

/**
 * The initialiser of a variable or the parameter that `name` refers to inside a function, found by walking
 * out through the enclosing blocks (lexical lookup without the checker). Top-level bindings are left to the
 * module summary.
 */
function localBinding(from: ts.Node, name: string): ts.Node | undefined {
  for (let scope: ts.Node | undefined = from.parent; scope && !ts.isSourceFile(scope); scope = scope.parent) {
    if (ts.isBlock(scope) || ts.isCaseClause(scope) || ts.isDefaultClause(scope)) {
      for (const statement of scope.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer) return declaration.initializer;
          if (ts.isObjectBindingPattern(declaration.name) && declaration.initializer && declaration.name.elements.some((e) => ts.isIdentifier(e.name) && e.name.text === name)) {
            return declaration.initializer;
          }
        }
      }
    }
    if (ts.isFunctionLike(scope)) {
      const parameter = scope.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === name);
      if (parameter) return parameter;
    }
  }
  return undefined;
}

function sinkName(call: ts.CallExpression, module: Module): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text === 'gtag' || module.loggers.has(callee.text) ? callee.text : undefined;
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const method = callee.name.text;
  const root = rootIdentifier(callee.expression);
  const label = `${root ?? '…'}.${method}`;
  if (root === 'console') return CONSOLE_METHODS.has(method) ? label : undefined;
  if (root === 'Sentry' && SENTRY_METHODS.has(method)) return label;
  if (ANALYTICS_METHODS.has(method)) return label;
  if (LOG_LEVELS.has(method) && root && (module.loggers.has(root) || LOGGER_NAME.test(root) || LOGGER_MODULES.has(root))) return label;
  return undefined;
}

function rootIdentifier(node: ts.Node): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return rootIdentifier(node.expression);
  if (ts.isCallExpression(node)) return rootIdentifier(node.expression);
  return undefined;
}

function line(module: Module, node: ts.Node): number {
  return module.node.getLineAndCharacterOfPosition(node.getStart(module.node)).line + 1;
}
