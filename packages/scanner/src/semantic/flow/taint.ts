import { ts } from '../typescript.js';
import {
  CARRIER_PROPERTIES,
  CREDENTIAL_HEADERS,
  isSecretName,
  isServerSecretName,
  labelName,
  KEEPING_FUNCTIONS,
  KEEPING_METHODS,
  KEEPING_STATICS,
  scanText,
  type Catalog,
} from '@keyward/core';
import { envRead, nameOf } from '../syntax.js';
import { memberName, propertyName, type Declaration } from './scopes.js';
import { packageOf, type ModuleSummary } from './module-summary.js';

// Follows a value back to where a credential enters it. Syntax only and flow-insensitive: a variable that is
// ever given a credential holds one. Property-sensitive where it matters: `config.url` is not the secret,
// `config.headers` carries it.

/**
 * How a credential entered: a key literal, a secret env read, a credential header (outgoing or incoming),
 * a key-named binding, or an HTTP client's config/error object (whose headers carry the credential).
 */
export type TaintKind = 'literal' | 'env' | 'header' | 'incoming' | 'name' | 'client';

export interface Taint {
  readonly what: string;
  readonly kind: TaintKind;
  /** "file:line what" steps from the source; the sink is appended by the reporter. */
  readonly steps: readonly string[];
}

/** Constructors whose instance holds its arguments' secret. */
const KEEPING_CONSTRUCTORS = new Set(['Headers', 'URL', 'URLSearchParams', 'Request', 'Map', 'Set', 'String']);
/** Identifiers that name an incoming request in Express, Fastify, Koa, Next.js and fetch handlers. */
const INCOMING = /^(?:req|request|incoming|incomingRequest)$/;
const HTTP_CLIENT_METHODS = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'head',
  'options',
  'request',
  'postForm',
  'putForm',
  'patchForm',
]);
const MAX_DEPTH = 32;

export class Flow {
  /** Parameters given a credential by a call site being followed (one call deep). */
  readonly parameterTaints = new Map<ts.ParameterDeclaration, Taint>();
  /** Parameters that always carry a credential: axios interceptor arguments, catch bindings after a credentialed call. */
  readonly knownParameters = new Map<ts.Node, Taint>();
  private readonly memo = new Map<ts.Node, Taint | null>();
  private readonly exportMemo = new Map<string, Taint | null>();

  constructor(
    readonly modules: ReadonlyMap<string, ModuleSummary>,
    private readonly catalog: Catalog,
    private readonly sanitizers: ReadonlySet<string>,
  ) {}

  /** Drops remembered results, after the known parameters change. */
  forget(): void {
    this.memo.clear();
    this.exportMemo.clear();
  }

  taintOf(node: ts.Node, module: ModuleSummary, depth = 0): Taint | undefined {
    if (depth > MAX_DEPTH) return undefined;
    // results depend on the parameters being followed, so the memo holds only for the plain case
    const memoize = this.parameterTaints.size === 0;
    if (memoize) {
      const known = this.memo.get(node);
      if (known !== undefined) return known ?? undefined;
      this.memo.set(node, null); // cycle guard
    }
    const taint = this.compute(node, module, depth + 1);
    if (memoize) this.memo.set(node, taint ?? null);
    return taint;
  }

  /** A credential inside the value written to `declaration` anywhere in its module, or at its declaration. */
  bindingTaint(declaration: Declaration, module: ModuleSummary, depth: number): Taint | undefined {
    const imported = module.imports.get(declaration);
    if (imported) {
      const taint = this.exported(imported[0], imported[1], depth);
      return taint && withStep(taint, `${module.file}:${lineOf(module, declaration)} imports ${declaration.text}`);
    }
    const parent = declaration.parent;
    let taint: Taint | undefined;
    if (ts.isVariableDeclaration(parent) && parent.initializer) taint = this.taintOf(parent.initializer, module, depth);
    else if (ts.isBindingElement(parent)) taint = this.bindingElementTaint(parent, module, depth);
    else if (ts.isParameter(parent)) taint = this.parameterTaint(parent, module);
    else if (ts.isVariableDeclaration(parent)) taint = this.knownParameters.get(parent); // a catch binding
    for (const write of module.scopes.writesTo(declaration)) {
      if (taint) break;
      if (write.property !== undefined && CREDENTIAL_HEADERS.has(write.property.toLowerCase())) {
        taint = {
          what: `the ${write.property} header`,
          kind: 'header',
          steps: [`${module.file}:${lineOf(module, write.value)} the ${write.property} header`],
        };
      } else {
        taint = this.taintOf(write.value, module, depth);
      }
    }
    if (
      taint &&
      (taint.kind === 'header' || taint.kind === 'incoming' || taint.kind === 'client') &&
      module.scopes.deleted.has(declaration)
    )
      return undefined;
    return taint;
  }

  private compute(node: ts.Node, module: ModuleSummary, depth: number): Taint | undefined {
    const source = (what: string, kind: TaintKind, at: ts.Node = node): Taint => ({
      what,
      kind,
      steps: [`${module.file}:${lineOf(module, at)} ${what}`],
    });
    if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) {
      const match = scanText(node.getText(module.node), {
        path: module.file,
        catalog: this.catalog,
        fileKind: 'code',
      })[0];
      if (match) return source(`a hardcoded ${match.detector.title}`, 'literal');
      return ts.isTemplateExpression(node)
        ? this.first(
            node.templateSpans.map((span) => span.expression),
            module,
            depth,
          )
        : undefined;
    }
    if (
      ts.isParenthesizedExpression(node) ||
      ts.isAsExpression(node) ||
      ts.isNonNullExpression(node) ||
      ts.isAwaitExpression(node) ||
      ts.isSatisfiesExpression(node) ||
      ts.isTypeAssertionExpression(node)
    ) {
      return this.taintOf(node.expression, module, depth);
    }
    if (ts.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      if (operator === ts.SyntaxKind.EqualsToken || operator === ts.SyntaxKind.CommaToken)
        return this.taintOf(node.right, module, depth);
      const keeps =
        operator === ts.SyntaxKind.PlusToken ||
        operator === ts.SyntaxKind.BarBarToken ||
        operator === ts.SyntaxKind.QuestionQuestionToken ||
        operator === ts.SyntaxKind.AmpersandAmpersandToken;
      return keeps ? this.first([node.left, node.right], module, depth) : undefined;
    }
    if (ts.isConditionalExpression(node)) return this.first([node.whenTrue, node.whenFalse], module, depth);
    if (ts.isArrayLiteralExpression(node)) return this.first([...node.elements], module, depth);
    if (ts.isSpreadElement(node) || ts.isSpreadAssignment(node)) return this.taintOf(node.expression, module, depth);
    if (ts.isObjectLiteralExpression(node)) return this.objectTaint(node, module, depth, source);
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node))
      return this.memberTaint(node, module, depth, source);
    if (ts.isIdentifier(node)) {
      const declaration = module.scopes.declarationOf(node, node.text);
      return declaration ? this.bindingTaint(declaration, module, depth) : undefined;
    }
    if (ts.isCallExpression(node)) return this.callTaint(node, module, depth, source);
    if (ts.isNewExpression(node)) {
      const name = ts.isIdentifier(node.expression) ? node.expression.text : undefined;
      return name && KEEPING_CONSTRUCTORS.has(name)
        ? this.first([...(node.arguments ?? [])], module, depth)
        : undefined;
    }
    return undefined;
  }

  private first(nodes: readonly ts.Node[], module: ModuleSummary, depth: number): Taint | undefined {
    for (const node of nodes) {
      const taint = this.taintOf(node, module, depth);
      if (taint) return taint;
    }
    return undefined;
  }

  private objectTaint(
    node: ts.ObjectLiteralExpression,
    module: ModuleSummary,
    depth: number,
    source: Source,
  ): Taint | undefined {
    for (const property of node.properties) {
      const key = ts.isSpreadAssignment(property) ? undefined : propertyName(property.name);
      if (key && isHeaderName(key) && !isEmptyValue(property)) return source(`the ${key} header`, 'header', property);
      const value = ts.isPropertyAssignment(property)
        ? property.initializer
        : ts.isShorthandPropertyAssignment(property)
          ? property.name
          : ts.isSpreadAssignment(property)
            ? property.expression
            : undefined;
      const taint = value && this.taintOf(value, module, depth);
      if (taint) return taint;
    }
    return undefined;
  }

  /** `process.env.X`, `x.authorization`, `this.apiKey`, `config.headers`, `req.headers`, `cfg.apiKey`. */
  private memberTaint(
    node: ts.PropertyAccessExpression | ts.ElementAccessExpression,
    module: ModuleSummary,
    depth: number,
    source: Source,
  ): Taint | undefined {
    const env = envRead(node);
    // public-by-design values (publishable keys, NEXT_PUBLIC_ names) are not credentials wherever they go
    if (env) return isServerSecretName(env.name) ? source(`${env.via}.${labelName(env.name)}`, 'env') : undefined;
    const name = memberName(node);
    const object = node.expression;
    if (name === undefined) return this.taintOf(object, module, depth);
    if (name === 'headers' && isIncoming(object)) return source('the incoming request headers', 'incoming');
    if (isHeaderAccess(name, object)) return source(`the ${name} header`, isIncoming(object) ? 'incoming' : 'header');
    const field = object.kind === ts.SyntaxKind.ThisKeyword ? this.classField(node, name, module, depth) : undefined;
    if (field) return field;
    const member = this.literalMember(object, name, module, depth);
    if (member !== undefined) return member ?? undefined;
    if (isCredentialName(name) && !isSecretlessOwner(object)) return source(`\`${nameOf(node)}\``, 'name');
    // any `.headers` bag (a request config, fetch init, an HTTP error's config) can carry Authorization
    // judged by shape alone, like a key-named value: reported, at medium severity
    if (name === 'headers')
      return this.taintOf(object, module, depth) ?? source(`the headers of \`${nameOf(object)}\``, 'name');
    return CARRIER_PROPERTIES.has(name) ? this.taintOf(object, module, depth) : undefined;
  }

  /**
   * `cfg.apiKey` where `cfg` is bound to an object literal (or a module namespace): the property's own value.
   * Returns null when the object is known and the property holds nothing secret, undefined when unknown.
   */
  private literalMember(
    object: ts.Expression,
    name: string,
    module: ModuleSummary,
    depth: number,
  ): Taint | null | undefined {
    if (!ts.isIdentifier(object)) return undefined;
    const declaration = module.scopes.declarationOf(object, object.text);
    if (!declaration) return undefined;
    const imported = module.imports.get(declaration);
    if (imported && imported[1] === '*') {
      const taint = this.exported(imported[0], name, depth);
      return taint ? withStep(taint, `${module.file}:${lineOf(module, object)} imports ${object.text}.${name}`) : null;
    }
    const initializer = ts.isVariableDeclaration(declaration.parent) ? declaration.parent.initializer : undefined;
    if (!initializer || !ts.isObjectLiteralExpression(initializer)) return undefined;
    const property = initializer.properties.find((p) => !ts.isSpreadAssignment(p) && propertyName(p.name) === name);
    if (property && ts.isPropertyAssignment(property)) return this.taintOf(property.initializer, module, depth) ?? null;
    if (property && ts.isShorthandPropertyAssignment(property))
      return this.taintOf(property.name, module, depth) ?? null;
    if (initializer.properties.some(ts.isSpreadAssignment)) return undefined;
    const written = module.scopes.writesTo(declaration).find((write) => write.property === name);
    return written ? (this.taintOf(written.value, module, depth) ?? null) : undefined;
  }

  /** `this.x` inside a class: the field's initializer, constructor parameter property, or `this.x = …` writes. */
  private classField(node: ts.Node, name: string, module: ModuleSummary, depth: number): Taint | undefined {
    let owner: ts.Node | undefined = node.parent;
    while (owner && !ts.isClassLike(owner)) owner = owner.parent;
    if (!owner) return undefined;
    const values: ts.Node[] = [];
    for (const member of owner.members) {
      if (ts.isPropertyDeclaration(member) && propertyName(member.name) === name && member.initializer)
        values.push(member.initializer);
      if (ts.isConstructorDeclaration(member)) {
        const parameter = member.parameters.find(
          (p) => ts.isIdentifier(p.name) && p.name.text === name && ts.getModifiers(p)?.length,
        );
        if (parameter && isCredentialName(name))
          return {
            what: `\`this.${name}\``,
            kind: 'name',
            steps: [`${module.file}:${lineOf(module, parameter)} this.${name}`],
          };
      }
    }
    const collect = (n: ts.Node): void => {
      if (
        ts.isBinaryExpression(n) &&
        n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(n.left) &&
        n.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
        n.left.name.text === name
      )
        values.push(n.right);
      ts.forEachChild(n, collect);
    };
    collect(owner);
    return this.first(values, module, depth);
  }

  private bindingElementTaint(element: ts.BindingElement, module: ModuleSummary, depth: number): Taint | undefined {
    // the path of property names from the pattern's root to this element
    const path: (string | undefined)[] = [];
    let current: ts.Node = element;
    let excludesCredential = false;
    while (ts.isBindingElement(current)) {
      const pattern: ts.BindingPattern = current.parent;
      if (current.dotDotDotToken) {
        excludesCredential = pattern.elements.some(
          (e) =>
            !ts.isOmittedExpression(e) &&
            isCredentialKey(propertyName(e.propertyName) ?? (ts.isIdentifier(e.name) ? e.name.text : undefined)),
        );
      } else {
        path.unshift(
          ts.isObjectBindingPattern(pattern)
            ? (propertyName(current.propertyName) ?? (ts.isIdentifier(current.name) ? current.name.text : undefined))
            : undefined,
        );
      }
      current = pattern.parent;
    }
    if (excludesCredential) return undefined; // `const { authorization, ...rest } = headers`: rest is clean
    const root = ts.isVariableDeclaration(current) ? current.initializer : undefined;
    if (!root) return undefined;
    const leaf = path.at(-1);
    if (leaf && CREDENTIAL_HEADERS.has(leaf.toLowerCase())) {
      return {
        what: `the ${leaf} header`,
        kind: isIncoming(root) ? 'incoming' : 'header',
        steps: [`${module.file}:${lineOf(module, element)} the ${leaf} header`],
      };
    }
    const taint = this.taintOf(root, module, depth);
    if (!taint || path.length === 0) return taint;
    if (leaf && ts.isIdentifier(root)) {
      const member = this.literalMember(root, leaf, module, depth);
      if (member !== undefined) return member ?? undefined;
    }
    return path.every((name) => name === undefined || CARRIER_PROPERTIES.has(name) || isCredentialName(name))
      ? taint
      : undefined;
  }

  private parameterTaint(parameter: ts.ParameterDeclaration, module: ModuleSummary): Taint | undefined {
    const passed = this.parameterTaints.get(parameter) ?? this.knownParameters.get(parameter);
    if (passed) return passed;
    const name = ts.isIdentifier(parameter.name) ? parameter.name.text : undefined;
    return name && isCredentialName(name)
      ? { what: `\`${name}\``, kind: 'name', steps: [`${module.file}:${lineOf(module, parameter)} parameter ${name}`] }
      : undefined;
  }

  private callTaint(node: ts.CallExpression, module: ModuleSummary, depth: number, source: Source): Taint | undefined {
    const callee = node.expression;
    const name = ts.isIdentifier(callee)
      ? callee.text
      : ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : undefined;
    if (!name || this.sanitizers.has(name)) return undefined;
    const [first, second] = node.arguments;
    if (name === 'pick' || name === 'omit') {
      const keys = second ? stringsIn(second) : [];
      const keepsCredential = name === 'pick' ? keys.some(isCredentialKey) : !keys.some(isCredentialKey);
      return keepsCredential && first ? this.taintOf(first, module, depth) : undefined;
    }
    if ((name === 'get' || name === 'header' || name === 'getHeader') && first && ts.isStringLiteralLike(first)) {
      if (!CREDENTIAL_HEADERS.has(first.text.toLowerCase())) return undefined;
      const incoming =
        ts.isPropertyAccessExpression(callee) && (isIncoming(callee.expression) || isNextHeaders(callee.expression));
      return source(`the ${incoming ? 'incoming ' : ''}${first.text} header`, incoming ? 'incoming' : 'header');
    }
    if (ts.isIdentifier(callee) && KEEPING_FUNCTIONS.has(name)) return this.first([...node.arguments], module, depth);
    if (ts.isPropertyAccessExpression(callee)) {
      const qualified = `${callee.expression.getText(module.node)}.${name}`;
      if (KEEPING_STATICS.has(qualified)) return this.first([...node.arguments], module, depth);
      if (KEEPING_METHODS.has(name)) return this.first([callee.expression, ...node.arguments], module, depth);
      if (this.isHttpClientCall(node, module)) {
        const taint = this.first([...node.arguments], module, depth);
        return taint && { ...taint, kind: 'client' };
      }
    }
    if (ts.isIdentifier(callee)) return this.returnTaint(node, callee, module, depth);
    return undefined;
  }

  /** axios.get(…), axios(…), api.post(…) on an instance from axios.create(). */
  isHttpClientCall(node: ts.CallExpression, module: ModuleSummary): boolean {
    const callee = node.expression;
    const base =
      ts.isPropertyAccessExpression(callee) && HTTP_CLIENT_METHODS.has(callee.name.text)
        ? callee.expression
        : ts.isIdentifier(callee)
          ? callee
          : undefined;
    return base !== undefined && this.isAxios(base, module);
  }

  /** An expression bound to the axios package or to an instance it created (in this module or imported). */
  isAxios(node: ts.Node, module: ModuleSummary, depth = 0): boolean {
    if (depth > 4 || !ts.isIdentifier(node)) return false;
    const declaration = module.scopes.declarationOf(node, node.text);
    if (!declaration) return false;
    if (packageOf(module, node) === 'axios') return true;
    const imported = module.imports.get(declaration);
    if (imported) {
      const exported = this.resolveExport(imported[0], imported[1]);
      return exported !== undefined && this.isAxios(exported.node, exported.module, depth + 1);
    }
    const initializer = ts.isVariableDeclaration(declaration.parent) ? declaration.parent.initializer : undefined;
    return (
      initializer !== undefined &&
      ts.isCallExpression(initializer) &&
      ts.isPropertyAccessExpression(initializer.expression) &&
      initializer.expression.name.text === 'create' &&
      this.isAxios(initializer.expression.expression, module, depth + 1)
    );
  }

  /** The value a local or imported function returns, following the call's arguments into its parameters. */
  private returnTaint(
    call: ts.CallExpression,
    callee: ts.Identifier,
    module: ModuleSummary,
    depth: number,
  ): Taint | undefined {
    const target = this.functionFor(callee, module);
    const body = target?.fn.body;
    if (!target || !body) return undefined;
    const { owner, fn } = target;
    const returns: ts.Node[] = [];
    if (!ts.isBlock(body)) returns.push(body);
    else {
      const collect = (n: ts.Node): void => {
        if (ts.isReturnStatement(n) && n.expression) returns.push(n.expression);
        else if (!ts.isFunctionLike(n)) ts.forEachChild(n, collect);
      };
      ts.forEachChild(body, collect);
    }
    const bound: ts.ParameterDeclaration[] = [];
    call.arguments.forEach((argument, index) => {
      const parameter = fn.parameters[index];
      if (!parameter || this.parameterTaints.has(parameter)) return;
      const taint = this.taintOf(argument, module, depth);
      if (taint) {
        this.parameterTaints.set(parameter, taint);
        bound.push(parameter);
      }
    });
    const taint = this.first(returns, owner, depth);
    for (const parameter of bound) this.parameterTaints.delete(parameter);
    return taint && owner !== module
      ? withStep(taint, `${module.file}:${lineOf(module, callee)} calls ${callee.text}()`)
      : taint;
  }

  /** The function a callee names, in this module or (through an import) in another, with its module. */
  functionFor(
    callee: ts.Identifier,
    module: ModuleSummary,
  ): { owner: ModuleSummary; fn: ts.FunctionLikeDeclaration } | undefined {
    const declaration = module.scopes.declarationOf(callee, callee.text);
    if (!declaration) return undefined;
    let owner = module;
    let node: ts.Node | undefined = declaration;
    const imported = module.imports.get(declaration);
    if (imported) {
      const exported = this.resolveExport(imported[0], imported[1]);
      if (!exported) return undefined;
      owner = exported.module;
      node = exported.node;
    }
    const fn = ts.isIdentifier(node) ? functionOfName(node) : node;
    return fn && (ts.isFunctionDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))
      ? { owner, fn }
      : undefined;
  }

  /** The module and node behind an export, through `export … from` and `export *` re-exports. */
  resolveExport(file: string, name: string, depth = 0): { module: ModuleSummary; node: ts.Node } | undefined {
    const module = this.modules.get(file);
    if (!module || depth > 8) return undefined;
    const node = module.exports.get(name);
    if (node) return { module, node };
    const reexport = module.reexports.get(name);
    if (reexport) return this.resolveExport(reexport[0], reexport[1], depth + 1);
    if (name === 'default') return undefined;
    for (const target of module.starExports) {
      const found = this.resolveExport(target, name, depth + 1);
      if (found) return found;
    }
    return undefined;
  }

  private exported(file: string, name: string, depth: number): Taint | undefined {
    const key = `${file}\0${name}`;
    const known = this.exportMemo.get(key);
    if (known !== undefined) return known ?? undefined;
    this.exportMemo.set(key, null);
    const resolved = this.resolveExport(file, name);
    const module = resolved?.module;
    const node = resolved?.node;
    let taint: Taint | undefined;
    if (module && node && ts.isIdentifier(node)) {
      const holder = node.parent;
      if (!ts.isFunctionDeclaration(holder) && !ts.isClassDeclaration(holder))
        taint = this.bindingTaint(node, module, depth);
    } else if (module && node && !ts.isFunctionLike(node)) {
      taint = this.taintOf(node, module, depth);
    }
    this.exportMemo.set(key, taint ?? null);
    return taint;
  }
}

type Source = (what: string, kind: TaintKind, at?: ts.Node) => Taint;

export function withStep(taint: Taint, step: string): Taint {
  return { ...taint, steps: [...taint.steps, step] };
}

export function lineOf(module: ModuleSummary, node: ts.Node): number {
  return module.node.getLineAndCharacterOfPosition(node.getStart(module.node)).line + 1;
}

function functionOfName(name: ts.Identifier): ts.Node | undefined {
  const parent = name.parent;
  if (ts.isFunctionDeclaration(parent)) return parent;
  if (ts.isVariableDeclaration(parent)) return parent.initializer;
  return undefined;
}

/** `req.headers`, `request.headers`, `ctx.request`, `c.req`: the request a server handler received. */
function isIncoming(node: ts.Node): boolean {
  if (ts.isIdentifier(node)) return INCOMING.test(node.text);
  if (ts.isPropertyAccessExpression(node))
    return node.name.text === 'headers' ? isIncoming(node.expression) : INCOMING.test(node.name.text);
  return false;
}

/** `headers()` from next/headers. */
function isNextHeaders(node: ts.Node): boolean {
  while (ts.isParenthesizedExpression(node) || ts.isAwaitExpression(node)) node = node.expression;
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'headers';
}

/** `process.env`, `import.meta.env`: key-named members there are env reads, judged by their name already. */
function isSecretlessOwner(node: ts.Node): boolean {
  return ts.isPropertyAccessExpression(node) && node.name.text === 'env';
}

/**
 * A credential header by its spelling: `Authorization`, `x-api-key`, `Cookie`. Identifier-like names that are
 * also header names (`apiKey`, `apikey`) are judged as key-named values instead, by what they hold.
 */
function isHeaderName(name: string): boolean {
  const lower = name.toLowerCase();
  return CREDENTIAL_HEADERS.has(lower) && (lower.includes('-') || lower === 'authorization' || lower === 'cookie');
}

/** `x.Authorization`, `req.headers['x-api-key']`, `config.headers.apikey`. */
function isHeaderAccess(name: string, object: ts.Node): boolean {
  if (isHeaderName(name)) return true;
  return (
    CREDENTIAL_HEADERS.has(name.toLowerCase()) &&
    ((ts.isPropertyAccessExpression(object) && object.name.text === 'headers') ||
      (ts.isIdentifier(object) && /headers$/i.test(object.text)))
  );
}

/** Words that make a key-named binding a flag or a description of a secret rather than the secret itself. */
const FLAG_WORDS = new Set([
  'is',
  'has',
  'show',
  'should',
  'can',
  'use',
  'enable',
  'enabled',
  'disable',
  'disabled',
  'allow',
  'with',
  'without',
  'no',
  'include',
  'require',
  'required',
  'needs',
  'skip',
  'hide',
  'verify',
  'validate',
  'check',
  'valid',
  'invalid',
  'missing',
  'expect',
  'expected',
  'max',
  'min',
  'num',
]);
const DESCRIPTION_WORDS = new Set([
  'header',
  'headers',
  'name',
  'names',
  'id',
  'ids',
  'path',
  'file',
  'url',
  'env',
  'var',
  'field',
  'prefix',
  'suffix',
  'pattern',
  'regex',
  'length',
  'count',
  'type',
  'label',
  'ttl',
  'expiry',
  'expires',
  'at',
  'hash',
  'hashed',
  'option',
  'flag',
  'enabled',
  'source',
]);

/**
 * A binding named for a credential (`apiKey`, `token`, `this.secret`), not for a flag or a description of one
 * (`showSecrets`, `hasToken`, `apiKeyHeader`, `tokenUrl`).
 */
export function isCredentialName(name: string): boolean {
  if (!isSecretName(name)) return false;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.length > 0 && !FLAG_WORDS.has(words[0]!) && !DESCRIPTION_WORDS.has(words.at(-1)!);
}

function isCredentialKey(key: string | undefined): boolean {
  return key !== undefined && (CREDENTIAL_HEADERS.has(key.toLowerCase()) || key === 'headers');
}

function isEmptyValue(property: ts.ObjectLiteralElementLike): boolean {
  return (
    ts.isPropertyAssignment(property) &&
    ts.isStringLiteralLike(property.initializer) &&
    property.initializer.text === ''
  );
}

function stringsIn(node: ts.Node): string[] {
  if (ts.isStringLiteralLike(node)) return [node.text];
  if (ts.isArrayLiteralExpression(node)) return node.elements.filter(ts.isStringLiteralLike).map((e) => e.text);
  return [];
}
