import { ts } from './typescript.js';
import {
  CARRIER_PROPERTIES,
  CREDENTIAL_HEADERS,
  isCredentialName,
  isNonSecretTokenName,
  isServerSecretName,
  labelName,
  KEEPING_FUNCTIONS,
  KEEPING_METHODS,
  KEEPING_STATICS,
  type TraceStep,
} from '@keyward/core';
import { dottedName, envObject, envRead, memberName, nameOf, propertyName, stepAt } from './syntax.js';
import type { Declaration } from './scopes.js';
import { packageOf, type ModuleSummary } from './module-summary.js';
import { keyIn } from './keys.js';
import type { SecretMatch } from '@keyward/core';
import type { ModuleStore } from './module-store.js';

// Follows a value back to where a credential enters it. Syntax only and flow-insensitive: a variable that is
// ever given a credential holds one. Property-sensitive where it matters: `config.url` is not the secret,
// `config.headers` carries it.

/**
 * How a credential entered: a key literal, a secret env read, a credential header (outgoing or incoming),
 * a key-named binding, or an HTTP client's config/error object (whose headers carry the credential).
 */
export type TaintKind = 'literal' | 'env' | 'header' | 'incoming' | 'name' | 'client';

export interface Taint {
  /** What the credential is, in names only: `process.env.LMIF_API_KEY`, `the Authorization header`, `` `apiKey` ``. */
  readonly what: string;
  readonly kind: TaintKind;
  /** Where it came from and how it travelled, from the source on; the sink's step is added by the finding. */
  readonly steps: readonly TraceStep[];
  /** What the source is, for fingerprints: its kind and names (and the key itself for a literal), never a line. */
  readonly identity: string;
}

/** Constructors whose instance holds its arguments' secret (an Error keeps its message). */
const KEEPING_CONSTRUCTORS = new Set(['Headers', 'URL', 'URLSearchParams', 'Request', 'Map', 'Set', 'String']);
const ERROR_CONSTRUCTOR = /(?:Error|Exception)$/;
/** Identifiers that name an incoming request in Express, Fastify, Koa, Next.js, Lambda/H3 and fetch handlers. */
const INCOMING = /^(?:req|request|incoming|incomingRequest|event|ctx)$/;
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
  /**
   * What an import resolves to, for rules that ask of every imported callee or receiver, as data that outlives the
   * exporting module's tree (module-store.ts): so the answer is not parsed again. By rule; the keys say which import.
   */
  readonly importFacts = new Map<string, unknown>();
  /** Results by node, weakly: a module's tree may be dropped (module-store.ts) and its results with it. */
  private memo = new WeakMap<ts.Node, Taint | null>();
  private readonly exportMemo = new Map<string, Taint | null>();

  constructor(
    readonly modules: ModuleStore,
    private readonly sanitizers: ReadonlySet<string>,
    /** Keys split across literals in a module: outermost `+` chains → the key they join into. */
    private readonly splitKeys: (module: ModuleSummary) => ReadonlyMap<ts.Node, SecretMatch>,
  ) {}

  /** Drops remembered results, after the known parameters change. */
  forget(): void {
    this.memo = new WeakMap();
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
      return taint && withStep(taint, stepAt(module.file, module.node, declaration, `imports ${declaration.text}`));
    }
    const parent = declaration.parent;
    let taint: Taint | undefined;
    if (ts.isVariableDeclaration(parent) && parent.initializer)
      taint = this.namedValue(declaration, parent.initializer, this.taintOf(parent.initializer, module, depth), module);
    else if (ts.isBindingElement(parent))
      taint = this.namedValue(
        declaration,
        bindingRoot(parent),
        this.bindingElementTaint(parent, module, depth),
        module,
      );
    else if (ts.isParameter(parent)) taint = this.parameterTaint(parent, module);
    else if (ts.isVariableDeclaration(parent)) taint = this.knownParameters.get(parent); // a catch binding
    for (const write of module.scopes.writesTo(declaration)) {
      if (taint) break;
      if (write.property !== undefined && CREDENTIAL_HEADERS.has(write.property.toLowerCase())) {
        taint = header(module, write.value, write.property, 'header');
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

  /**
   * A local's own name where its value's origin cannot tell: `accessToken = jwt.sign(…)`, `{ password } =
   * req.body` are credentials by name (medium severity); a name that marks a non-secret (`couponToken =
   * cart.coupon.token`) overrules a value judged by name alone.
   */
  private namedValue(
    declaration: Declaration,
    value: ts.Node | undefined,
    taint: Taint | undefined,
    module: ModuleSummary,
  ): Taint | undefined {
    const name = declaration.text;
    if (taint) return taint.kind === 'name' && isNonSecretTokenName(name) ? undefined : taint;
    if (!value || !isCredentialName(name) || !isOpaque(value, this.sanitizers)) return undefined;
    return source(module, declaration, `\`${name}\``, 'name', `name:${name}`);
  }

  private compute(node: ts.Node, module: ModuleSummary, depth: number): Taint | undefined {
    if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) {
      const match = keyIn(module.keys, node, module.node);
      if (match) return literal(module, node, match.detector.title, match.secret);
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
      if (operator === ts.SyntaxKind.PlusToken) {
        // a key split across literals: 'lmif_live_' + '…'
        const split = this.splitKeys(module).get(node);
        if (split) return literal(module, node, split.detector.title, split.secret);
      }
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
    if (ts.isObjectLiteralExpression(node)) return this.objectTaint(node, module, depth);
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node))
      return this.memberTaint(node, module, depth);
    if (ts.isIdentifier(node)) {
      const declaration = module.scopes.declarationOf(node, node.text);
      return declaration ? this.bindingTaint(declaration, module, depth) : undefined;
    }
    if (ts.isCallExpression(node)) return this.callTaint(node, module, depth);
    if (ts.isNewExpression(node)) {
      const name = ts.isIdentifier(node.expression) ? node.expression.text : undefined;
      return name && (KEEPING_CONSTRUCTORS.has(name) || ERROR_CONSTRUCTOR.test(name))
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

  private objectTaint(node: ts.ObjectLiteralExpression, module: ModuleSummary, depth: number): Taint | undefined {
    for (const [position, property] of node.properties.entries()) {
      const key = ts.isSpreadAssignment(property) ? undefined : propertyName(property.name);
      if (key && isHeaderName(key) && !isEmptyValue(property)) return header(module, property, key, 'header');
      const value = ts.isPropertyAssignment(property)
        ? property.initializer
        : ts.isShorthandPropertyAssignment(property)
          ? property.name
          : ts.isSpreadAssignment(property)
            ? property.expression
            : undefined;
      const taint = value && this.taintOf(value, module, depth);
      // `{ ...headers, Authorization: 'Bearer ***' }`: a later property overwrites the header the spread carried
      if (taint && !(ts.isSpreadAssignment(property) && overwritten(taint, node.properties.slice(position + 1))))
        return taint;
    }
    return undefined;
  }

  /** `process.env.X`, `x.authorization`, `this.apiKey`, `config.headers`, `req.headers`, `cfg.apiKey`. */
  private memberTaint(
    node: ts.PropertyAccessExpression | ts.ElementAccessExpression,
    module: ModuleSummary,
    depth: number,
  ): Taint | undefined {
    const env = envRead(node);
    // public-by-design values (publishable keys, NEXT_PUBLIC_ names) are not credentials wherever they go
    if (env) return isServerSecretName(env.name) ? envSource(module, node, env.via, env.name) : undefined;
    // all of `process.env` holds every server secret (`import.meta.env` only what the bundler made public)
    if (envObject(node) === 'process.env') return source(module, node, 'all of process.env', 'env', 'env:*');
    const name = memberName(node);
    const object = node.expression;
    if (name === undefined) return this.taintOf(object, module, depth);
    if (name === 'headers' && isIncoming(object)) return incomingHeaders(module, node);
    if (isHeaderAccess(name, object)) return header(module, node, name, isIncoming(object) ? 'incoming' : 'header');
    const field = object.kind === ts.SyntaxKind.ThisKeyword ? this.classField(node, name, module, depth) : undefined;
    if (field) return field;
    const member = this.literalMember(object, name, module, depth);
    if (member !== undefined) return member ?? undefined;
    if (isCredentialName(name) && !envObject(object))
      return source(module, node, `\`${nameOf(node)}\``, 'name', `name:${name}`);
    // any `.headers` bag (a request config, fetch init, an HTTP error's config) can carry Authorization
    // judged by shape alone, like a key-named value: reported, at medium severity. A response's headers
    // (`response.headers` of a fetch, `err.headers` of http-errors) are what a server sent, not credentials.
    if (name === 'headers') {
      const owner = nameOf(object);
      const taint = this.taintOf(object, module, depth);
      if (taint) return taint;
      return this.isResponse(object, module)
        ? undefined
        : source(module, node, `the headers of \`${owner}\``, 'name', `headers:${owner}`);
    }
    if (!CARRIER_PROPERTIES.has(name)) return undefined;
    const taint = this.taintOf(object, module, depth);
    // the whole incoming request carries its headers; its query, params and body do not
    return taint && isWholeRequest(taint) && !REQUEST_WRAPPERS.has(name) ? undefined : taint;
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
      return taint ? withStep(taint, stepAt(module.file, module.node, object, `imports ${object.text}.${name}`)) : null;
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
          return source(module, parameter, `\`this.${name}\``, 'name', `name:${name}`);
        const field = parameter && credentialField(parameter.type, module.node);
        if (field)
          return source(
            module,
            parameter,
            `\`this.${name}\` (its type holds \`${field}\`)`,
            'name',
            `typed:${name}.${field}`,
          );
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
    // `const { LMIF_API_KEY } = process.env`
    const via = path.length === 1 ? envObject(root) : undefined;
    if (via) return leaf && isServerSecretName(leaf) ? envSource(module, element, via, leaf) : undefined;
    if (leaf && CREDENTIAL_HEADERS.has(leaf.toLowerCase()))
      return header(module, element, leaf, isIncoming(root) ? 'incoming' : 'header');
    const taint = this.taintOf(root, module, depth);
    if (!taint || path.length === 0) return taint;
    if (leaf && ts.isIdentifier(root)) {
      const member = this.literalMember(root, leaf, module, depth);
      if (member !== undefined) return member ?? undefined;
    }
    if (isWholeRequest(taint) && !path.every((name) => name !== undefined && REQUEST_WRAPPERS.has(name)))
      return undefined;
    return path.every((name) => name === undefined || CARRIER_PROPERTIES.has(name) || isCredentialName(name))
      ? taint
      : undefined;
  }

  private parameterTaint(parameter: ts.ParameterDeclaration, module: ModuleSummary): Taint | undefined {
    const passed = this.parameterTaints.get(parameter) ?? this.knownParameters.get(parameter);
    if (passed) return passed;
    const name = ts.isIdentifier(parameter.name) ? parameter.name.text : undefined;
    if (!name) return undefined;
    if (isCredentialName(name)) return source(module, parameter, `\`${name}\``, 'name', `name:${name}`);
    if (isRequestParameter(parameter, name))
      return source(
        module,
        parameter,
        `the incoming request \`${name}\` (its headers carry credentials)`,
        'incoming',
        REQUEST_IDENTITY,
      );
    const field = credentialField(parameter.type, module.node);
    return field
      ? source(module, parameter, `\`${name}\` (its type holds \`${field}\`)`, 'name', `typed:${name}.${field}`)
      : undefined;
  }

  /** `response.headers` of a fetch, `err.headers` of http-errors, `res.headers`: headers a server sent. */
  private isResponse(node: ts.Expression, module: ModuleSummary): boolean {
    while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node))
      node = node.expression;
    const name = ts.isIdentifier(node) ? node.text : ts.isPropertyAccessExpression(node) ? node.name.text : undefined;
    if (name === undefined) return false;
    if (RESPONSE_NAME.test(name) || ERROR_NAME.test(name)) return true;
    if (!ts.isIdentifier(node)) return false;
    // `const probe = await fetch(url)`
    const declaration = module.scopes.declarationOf(node, node.text);
    let value =
      declaration && ts.isVariableDeclaration(declaration.parent) ? declaration.parent.initializer : undefined;
    while (value && (ts.isAwaitExpression(value) || ts.isParenthesizedExpression(value))) value = value.expression;
    return (
      value !== undefined &&
      ts.isCallExpression(value) &&
      ts.isIdentifier(value.expression) &&
      value.expression.text === 'fetch'
    );
  }

  private callTaint(node: ts.CallExpression, module: ModuleSummary, depth: number): Taint | undefined {
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
    // NestJS `this.config.get('STRIPE_SECRET_KEY')`, `configService.getOrThrow('webhook.secret')`
    const setting = configRead(callee, name, first);
    if (setting) return source(module, node, `${nameOf(callee)}('${labelName(setting)}')`, 'env', `config:${setting}`);
    if ((name === 'get' || name === 'header' || name === 'getHeader') && first && ts.isStringLiteralLike(first)) {
      if (!CREDENTIAL_HEADERS.has(first.text.toLowerCase())) return undefined;
      const incoming =
        ts.isPropertyAccessExpression(callee) && (isIncoming(callee.expression) || isNextHeaders(callee.expression));
      return header(module, node, first.text, incoming ? 'incoming' : 'header');
    }
    // a short prefix or suffix (`apiKey.slice(0, 4)`, `key.slice(-4)`) is how a key is shown redacted
    if ((name === 'slice' || name === 'substring' || name === 'substr') && isShortPiece(name, node.arguments))
      return undefined;
    if (ts.isIdentifier(callee) && KEEPING_FUNCTIONS.has(name)) return this.first([...node.arguments], module, depth);
    if (ts.isPropertyAccessExpression(callee)) {
      const receiver = dottedName(callee.expression);
      if (receiver !== undefined && KEEPING_STATICS.has(`${receiver}.${name}`))
        return this.first([...node.arguments], module, depth);
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
      ? withStep(taint, stepAt(module.file, module.node, callee, `calls ${callee.text}()`))
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
    // by the module's export names: its tree is needed only when it holds the export itself
    const facts = this.modules.exportsOf(file);
    if (!facts || depth > 8) return undefined;
    if (facts.names.has(name)) {
      const module = this.modules.get(file)!;
      return { module, node: module.exports.get(name)! };
    }
    const reexport = facts.reexports.get(name);
    if (reexport) return this.resolveExport(reexport[0], reexport[1], depth + 1);
    if (name === 'default') return undefined;
    for (const target of facts.starExports) {
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

export function withStep(taint: Taint, step: TraceStep): Taint {
  return { ...taint, steps: [...taint.steps, step] };
}

/** A source at `node`: its one step is labelled with what it is. */
function source(module: ModuleSummary, node: ts.Node, what: string, kind: TaintKind, identity: string): Taint {
  return { what, kind, steps: [stepAt(module.file, module.node, node, what)], identity: `${module.file}\0${identity}` };
}

function literal(module: ModuleSummary, node: ts.Node, title: string, secret: string): Taint {
  // the key itself identifies the source (hashed into the fingerprint, never stored)
  return source(module, node, `a hardcoded ${title}`, 'literal', `literal:${secret}`);
}

function envSource(module: ModuleSummary, node: ts.Node, via: string, name: string): Taint {
  return source(module, node, `${via}.${labelName(name)}`, 'env', `env:${name}`);
}

function header(module: ModuleSummary, node: ts.Node, name: string, kind: 'header' | 'incoming'): Taint {
  const label = name.toLowerCase() === 'authorization' ? 'Authorization' : name;
  return source(
    module,
    node,
    `the ${kind === 'incoming' ? 'incoming ' : ''}${label} header`,
    kind,
    `${kind}:${name.toLowerCase()}`,
  );
}

function incomingHeaders(module: ModuleSummary, node: ts.Node): Taint {
  return source(module, node, 'the incoming request headers', 'incoming', 'incoming:*');
}

function functionOfName(name: ts.Identifier): ts.Node | undefined {
  const parent = name.parent;
  if (ts.isFunctionDeclaration(parent)) return parent;
  if (ts.isVariableDeclaration(parent)) return parent.initializer;
  return undefined;
}

/** Names of what a server answered, or an error (whose `headers` are the response's, as in http-errors). */
const RESPONSE_NAME = /^(?:res|resp|response|reply|upstream|.*Response)$/;
const ERROR_NAME = /^(?:e|err|error|exception|.*Error)$/;
const REQUEST_IDENTITY = 'incoming:request';
/** Members of an incoming request that are the request again (Fastify's `request.raw`, Koa's `ctx.request`). */
const REQUEST_WRAPPERS: ReadonlySet<string> = new Set(['request', 'req', 'raw']);
/** Types of a handler's request or event parameter. */
const REQUEST_TYPE =
  /^(?:Request|NextRequest|NextApiRequest|IncomingMessage|FastifyRequest|APIGatewayProxyEvent(?:V2)?|ALBEvent|H3Event|RequestEvent|HandlerEvent|Context)$/;

function isWholeRequest(taint: Taint): boolean {
  return taint.identity.endsWith(`\0${REQUEST_IDENTITY}`);
}

/**
 * The request a server handler received, as handlers declare it: `(req, res)`, `(request, reply)`, `(ctx, next)`,
 * `(event, context)`, or a parameter typed `Request`, `NextRequest`, `APIGatewayProxyEvent`…. A lone `event` of
 * a browser callback is not one.
 */
function isRequestParameter(parameter: ts.ParameterDeclaration, name: string): boolean {
  if (!/^(?:req|request|incoming|event|ctx)$/.test(name)) return false;
  const type = parameter.type;
  if (type && ts.isTypeReferenceNode(type)) {
    const typeName = ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
    if (REQUEST_TYPE.test(typeName)) return true;
  }
  const fn = parameter.parent;
  if (!ts.isFunctionLike(fn) || fn.parameters[0] !== parameter) return false;
  const second = fn.parameters[1];
  const next = second && ts.isIdentifier(second.name) ? second.name.text.replace(/^_+/, '') : undefined;
  if (name === 'event') return next === 'context' || next === 'ctx' || isNamedHandler(fn);
  if (name === 'ctx') return next === 'next';
  return next !== undefined && /^(?:res|response|reply|h)$/.test(next);
}

/** `export const handler = async (event) => …`, `export async function handler(event)`. */
function isNamedHandler(fn: ts.SignatureDeclaration): boolean {
  const name = ts.isFunctionDeclaration(fn)
    ? fn.name?.text
    : ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)
      ? fn.parent.name.text
      : undefined;
  return name !== undefined && /^(?:handler|main|lambdaHandler)$/.test(name);
}

/**
 * The credential-named member of a parameter's declared type: an inline `{ apiKey: string }`, or an interface or
 * type alias of the same module (`options: ClientOptions`). Other modules' types are not followed.
 */
function credentialField(type: ts.TypeNode | undefined, file: ts.SourceFile): string | undefined {
  if (!type) return undefined;
  let members: ts.NodeArray<ts.TypeElement> | undefined;
  if (ts.isTypeLiteralNode(type)) members = type.members;
  else if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
    const name = type.typeName.text;
    for (const statement of file.statements) {
      if (ts.isInterfaceDeclaration(statement) && statement.name.text === name) members = statement.members;
      else if (
        ts.isTypeAliasDeclaration(statement) &&
        statement.name.text === name &&
        ts.isTypeLiteralNode(statement.type)
      )
        members = statement.type.members;
      if (members) break;
    }
  }
  for (const member of members ?? []) {
    const name = ts.isPropertySignature(member) ? propertyName(member.name) : undefined;
    if (name && isCredentialName(name)) return name;
  }
  return undefined;
}

/** `req.headers`, `request.headers`, `event.headers`, `ctx.request`, `c.req`: the request a server handler received. */
export function isIncoming(node: ts.Node): boolean {
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

/**
 * A credential header by its spelling: `Authorization`, `x-api-key`, `Cookie`. Identifier-like names that are
 * also header names (`apiKey`, `apikey`) are judged as key-named values instead, by what they hold.
 */
export function isHeaderName(name: string): boolean {
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

function isCredentialKey(key: string | undefined): boolean {
  return key !== undefined && (CREDENTIAL_HEADERS.has(key.toLowerCase()) || key === 'headers');
}

/** Whether properties after a spread overwrite the credential header its taint came from, with a clean value. */
function overwritten(taint: Taint, later: readonly ts.ObjectLiteralElementLike[]): boolean {
  if (taint.kind !== 'header' && taint.kind !== 'incoming') return false;
  const header = taint.identity.slice(taint.identity.lastIndexOf(':') + 1);
  const names = later.flatMap((p) =>
    ts.isPropertyAssignment(p) && isStaticValue(p.initializer) ? [propertyName(p.name)?.toLowerCase()] : [],
  );
  // a whole header bag counts as cleaned when its Authorization (or Cookie) is overwritten
  return header === '*' ? names.includes('authorization') || names.includes('cookie') : names.includes(header);
}

/**
 * A configuration read of a secret: `get` / `getOrThrow` on a receiver named for configuration (`config`,
 * `this.configService`) with a key that names a secret (`STRIPE_SECRET_KEY`, `webhook.secret`, `db.password`).
 */
function configRead(callee: ts.Expression, name: string, first: ts.Expression | undefined): string | undefined {
  if ((name !== 'get' && name !== 'getOrThrow') || !first || !ts.isStringLiteralLike(first)) return undefined;
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const receiver = ts.isIdentifier(callee.expression)
    ? callee.expression.text
    : ts.isPropertyAccessExpression(callee.expression)
      ? callee.expression.name.text
      : '';
  if (!/config/i.test(receiver)) return undefined;
  const key = first.text;
  const last = key.slice(key.lastIndexOf('.') + 1);
  return isServerSecretName(key) || isCredentialName(last) ? key : undefined;
}

/** The value a destructuring pattern takes apart: `req.body` of `const { password } = req.body`. */
function bindingRoot(element: ts.BindingElement): ts.Node | undefined {
  let current: ts.Node = element;
  while (ts.isBindingElement(current)) current = current.parent.parent;
  return ts.isVariableDeclaration(current) ? current.initializer : undefined;
}

/**
 * A value whose origin the syntax cannot judge: a call, a member of something unknown, a value awaited. Literals,
 * env reads (their name decides), sanitizer calls, short pieces and functions are known.
 */
function isOpaque(node: ts.Node, sanitizers: ReadonlySet<string>): boolean {
  while (
    ts.isParenthesizedExpression(node) ||
    ts.isAwaitExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isSatisfiesExpression(node)
  )
    node = node.expression;
  if (ts.isCallExpression(node)) {
    const callee = node.expression;
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
    if (sanitizers.has(name)) return false;
    if ((name === 'slice' || name === 'substring' || name === 'substr') && isShortPiece(name, node.arguments))
      return false;
    return true;
  }
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node))
    return !envObject(node) && !envRead(node) && memberName(node) !== 'length';
  if (ts.isBinaryExpression(node)) {
    const operator = node.operatorToken.kind;
    return (
      (operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken) &&
      (isOpaque(node.left, sanitizers) || isOpaque(node.right, sanitizers))
    );
  }
  return false;
}

/** Masks written in place of a credential: `'Bearer ***'`, `'[REDACTED]'`, `'<hidden>'`, `'…'`. */
const MASKED =
  /\*\*\*|…|\.\.\.|redact|hidden|masked|omitted|removed|filtered|<[^>]{0,40}>|^(?:bearer|basic|token)?\s*$/i;

/** A literal written in place of a credential: a mask, `''`, `undefined`, `null`. */
function isStaticValue(node: ts.Expression): boolean {
  return (
    (ts.isStringLiteralLike(node) && MASKED.test(node.text)) ||
    node.kind === ts.SyntaxKind.NullKeyword ||
    (ts.isIdentifier(node) && node.text === 'undefined')
  );
}

function isEmptyValue(property: ts.ObjectLiteralElementLike): boolean {
  return ts.isPropertyAssignment(property) && isStaticValue(property.initializer);
}

/** The most characters of a key that may be shown: the way keys are printed redacted (`lmif_liv…`, `…a1b2`). */
const MAX_SHOWN = 8;

/**
 * A piece of at most 8 characters: a prefix `(0, 4)`, a suffix `(-4)` or `(key.length - 4)`, or `substr(i, 4)`.
 * Anything longer (`slice(0, 40)`, `slice(7)`) keeps most of the key.
 */
function isShortPiece(method: string, args: readonly ts.Expression[]): boolean {
  const [start, end] = args;
  if (start === undefined) return false;
  if (end === undefined)
    return method !== 'substring' ? isSmallNegative(start) || isLengthMinusSmall(start) : isLengthMinusSmall(start);
  if (method === 'substr') return isSmallCount(end);
  if (isSmallCount(start) && Number((start as ts.NumericLiteral).text) === 0) return isSmallCount(end);
  // `slice(-4, -1)`, `slice(key.length - 4, key.length)`
  return (isSmallNegative(start) || isLengthMinusSmall(start)) && !isSmallCount(end);
}

function isSmallCount(node: ts.Expression): boolean {
  return ts.isNumericLiteral(node) && Number(node.text) <= MAX_SHOWN;
}

/** `-4` */
function isSmallNegative(node: ts.Expression): boolean {
  return (
    ts.isPrefixUnaryExpression(node) &&
    node.operator === ts.SyntaxKind.MinusToken &&
    ts.isNumericLiteral(node.operand) &&
    Number(node.operand.text) <= MAX_SHOWN
  );
}

/** `key.length - 4` */
function isLengthMinusSmall(node: ts.Expression): boolean {
  return (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.MinusToken &&
    ts.isPropertyAccessExpression(node.left) &&
    node.left.name.text === 'length' &&
    isSmallCount(node.right)
  );
}

function stringsIn(node: ts.Node): string[] {
  if (ts.isStringLiteralLike(node)) return [node.text];
  if (ts.isArrayLiteralExpression(node)) return node.elements.filter(ts.isStringLiteralLike).map((e) => e.text);
  return [];
}
