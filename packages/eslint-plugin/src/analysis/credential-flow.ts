import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  CARRIER_PROPERTIES,
  CREDENTIAL_HEADERS,
  isSecretName,
  KEEPING_FUNCTIONS,
  labelName,
  KEEPING_METHODS,
  KEEPING_STATICS,
} from '@keyward/core';
import { envObject, staticString, type FileFacts } from './file-facts.js';
import { namesSecret } from '@keyward/core';
import { nameOf } from './names.js';

/** Where a credential comes from, for the message: "the Authorization header", "process.env.LMIF_API_KEY". */
export interface Taint {
  readonly what: string;
  readonly node: TSESTree.Node;
}

const MAX_DEPTH = 24;

/**
 * Intra-file credential flow: follows values through variables (all their writes), destructuring,
 * spread, templates, concatenation, object and array literals, member access and local function returns.
 * Flow-insensitive on purpose: a variable that ever holds a credential is treated as holding one.
 */
export class CredentialFlow {
  private readonly memo = new WeakMap<TSESTree.Node, Taint | null>();
  private readonly variables = new Map<TSESLint.Scope.Variable, Taint | null>();

  constructor(
    private readonly context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
    private readonly facts: FileFacts,
    private readonly sanitizers: ReadonlySet<string>,
  ) {}

  taintOf(node: TSESTree.Node, depth = 0): Taint | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const known = this.memo.get(node);
    if (known !== undefined) return known ?? undefined;
    this.memo.set(node, null); // cycle guard
    const taint = this.compute(node, depth + 1);
    this.memo.set(node, taint ?? null);
    return taint;
  }

  private compute(node: TSESTree.Node, depth: number): Taint | undefined {
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        return typeof node.value === 'string' ? this.keyLiteral(node) : undefined;
      case AST_NODE_TYPES.TemplateLiteral:
        return this.keyLiteral(node) ?? this.first(node.expressions, depth);
      case AST_NODE_TYPES.BinaryExpression:
        return node.operator === '+' ? this.first([node.left, node.right], depth) : undefined;
      case AST_NODE_TYPES.LogicalExpression:
        return this.first([node.left, node.right], depth);
      case AST_NODE_TYPES.ConditionalExpression:
        return this.first([node.consequent, node.alternate], depth);
      case AST_NODE_TYPES.AwaitExpression:
        return this.taintOf(node.argument, depth);
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ChainExpression:
        return this.taintOf(node.expression, depth);
      case AST_NODE_TYPES.SpreadElement:
        return this.taintOf(node.argument, depth);
      case AST_NODE_TYPES.AssignmentExpression:
        return this.taintOf(node.right, depth);
      case AST_NODE_TYPES.SequenceExpression:
        return node.expressions.length
          ? this.taintOf(node.expressions[node.expressions.length - 1]!, depth)
          : undefined;
      case AST_NODE_TYPES.ArrayExpression:
        return this.first(
          node.elements.filter((element): element is TSESTree.Expression | TSESTree.SpreadElement => element !== null),
          depth,
        );
      case AST_NODE_TYPES.ObjectExpression:
        return this.objectTaint(node, depth);
      case AST_NODE_TYPES.Identifier:
        return this.identifierTaint(node, depth);
      case AST_NODE_TYPES.MemberExpression:
        return this.memberTaint(node, depth);
      case AST_NODE_TYPES.CallExpression:
        return this.callTaint(node, depth);
      case AST_NODE_TYPES.NewExpression:
        if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'Headers')
          return { what: 'a Headers object', node };
        if (
          node.callee.type === AST_NODE_TYPES.Identifier &&
          (node.callee.name === 'Error' || node.callee.name.endsWith('Error'))
        )
          return this.first(node.arguments, depth);
        return undefined;
      default:
        return undefined;
    }
  }

  private first(nodes: readonly TSESTree.Node[], depth: number): Taint | undefined {
    for (const node of nodes) {
      const taint = this.taintOf(node, depth);
      if (taint) return taint;
    }
    return undefined;
  }

  private keyLiteral(node: TSESTree.Literal | TSESTree.TemplateLiteral): Taint | undefined {
    const hit = this.facts.keys.find(
      (key) => !key.inComment && key.match.start >= node.range[0] && key.match.end <= node.range[1],
    );
    return hit ? { what: `a hardcoded ${hit.match.detector.title}`, node } : undefined;
  }

  private objectTaint(node: TSESTree.ObjectExpression, depth: number): Taint | undefined {
    for (const property of node.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        const taint = this.taintOf(property.argument, depth);
        if (taint) return taint;
        continue;
      }
      const key = keyName(property);
      if (key && CREDENTIAL_HEADERS.has(key.toLowerCase()) && !isEmptyValue(property.value))
        return { what: `the ${headerLabel(key)} header`, node: property };
      const taint = this.taintOf(property.value, depth);
      if (taint) return taint;
    }
    return undefined;
  }

  private identifierTaint(node: TSESTree.Identifier, depth: number): Taint | undefined {
    const variable = this.resolve(node);
    if (!variable) return undefined;
    let taint = this.variables.get(variable);
    if (taint === undefined) {
      this.variables.set(variable, null);
      taint = this.variableTaint(variable, depth) ?? null;
      this.variables.set(variable, taint);
    }
    return taint ?? undefined;
  }

  private variableTaint(variable: TSESLint.Scope.Variable, depth: number): Taint | undefined {
    const values: TSESTree.Node[] = [];
    let opaque = false;
    for (const def of variable.defs) {
      if (def.type === 'Variable' && def.node.type === AST_NODE_TYPES.VariableDeclarator) {
        // const { LMIF_API_KEY } = process.env
        const via = def.node.init ? envObject(def.node.init) : undefined;
        if (via) return namesSecret(variable.name) ? { what: `${via}.${variable.name}`, node: def.node } : undefined;
        if (def.node.init) values.push(def.node.init);
        if (
          def.node.parent?.parent?.type === AST_NODE_TYPES.ForOfStatement ||
          def.node.parent?.parent?.type === AST_NODE_TYPES.ForInStatement
        )
          opaque = true;
      } else if (def.type === 'Parameter' || def.type === 'CatchClause') {
        opaque = true;
      } else if (def.type === 'FunctionName' || def.type === 'ClassName' || def.type === 'ImportBinding') {
        return undefined;
      }
    }
    for (const reference of variable.references) {
      if (reference.isWrite() && reference.writeExpr && !values.includes(reference.writeExpr))
        values.push(reference.writeExpr);
    }
    for (const value of values) {
      const taint = this.taintOf(value, depth);
      if (taint) return taint;
    }
    const definite = values.length > 0 && values.every(isDefiniteValue);
    if (isSecretName(variable.name) && (opaque || !definite) && !this.sanitizedValue(values)) {
      return { what: `\`${variable.name}\``, node: variable.defs[0]?.name ?? variable.identifiers[0]! };
    }
    return undefined;
  }

  private sanitizedValue(values: readonly TSESTree.Node[]): boolean {
    return values.some(
      (value) => value.type === AST_NODE_TYPES.CallExpression && this.sanitizers.has(calleeName(value.callee) ?? ''),
    );
  }

  private memberTaint(node: TSESTree.MemberExpression, depth: number): Taint | undefined {
    const via = envObject(node.object);
    const name = memberName(node);
    if (via) return name && namesSecret(name) ? { what: `${via}.${labelName(name)}`, node } : undefined;
    if (name && CREDENTIAL_HEADERS.has(name.toLowerCase())) return { what: `the ${headerLabel(name)} header`, node };
    if (name === 'headers') {
      if (isIncomingRequest(node.object)) return { what: 'the incoming request headers', node };
      // Any `.headers` bag (request config, fetch init, axios error config) can carry Authorization.
      return this.taintOf(node.object, depth) ?? { what: `the headers of \`${nameOf(node.object)}\``, node };
    }
    if (name && isSecretName(name)) return { what: `\`${labelName(name)}\``, node };
    // Picking a field that cannot hold the credential (`config.url`) is safe; carriers keep it.
    if (name === undefined || CARRIER_PROPERTIES.has(name)) return this.taintOf(node.object, depth);
    return undefined;
  }

  private callTaint(node: TSESTree.CallExpression, depth: number): Taint | undefined {
    const name = calleeName(node.callee);
    if (name && this.sanitizers.has(name)) return undefined;
    const callee = node.callee;
    if (callee.type === AST_NODE_TYPES.Identifier) {
      if (KEEPING_FUNCTIONS.has(callee.name)) return this.first(node.arguments, depth);
      if (callee.name === 'headers' && this.facts.imports.get('headers') === 'next/headers')
        return { what: 'the incoming request headers', node };
      return this.returnTaint(callee, depth);
    }
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = memberName(callee);
      const object = callee.object;
      const qualified = object.type === AST_NODE_TYPES.Identifier && method ? `${object.name}.${method}` : undefined;
      if (qualified && KEEPING_STATICS.has(qualified)) return this.first(node.arguments, depth);
      if (method === 'get' && node.arguments[0]) {
        const header = staticString(node.arguments[0]);
        if (header && CREDENTIAL_HEADERS.has(header.toLowerCase()))
          return { what: `the ${headerLabel(header)} header`, node };
      }
      // a short prefix (`apiKey.slice(0, 4)`) is how a key is shown redacted
      if ((method === 'slice' || method === 'substring' || method === 'substr') && isShortPrefix(node.arguments))
        return undefined;
      if (method && KEEPING_METHODS.has(method)) return this.taintOf(object, depth);
    }
    return undefined;
  }

  /** A call to a function declared in this file returns a credential if any of its returns does. */
  private returnTaint(callee: TSESTree.Identifier, depth: number): Taint | undefined {
    const variable = this.resolve(callee);
    const def = variable?.defs[0];
    if (!def) return undefined;
    let fn: TSESTree.Node | undefined;
    if (def.type === 'FunctionName') fn = def.node;
    else if (def.type === 'Variable' && def.node.type === AST_NODE_TYPES.VariableDeclarator)
      fn = def.node.init ?? undefined;
    if (
      !fn ||
      (fn.type !== AST_NODE_TYPES.FunctionDeclaration &&
        fn.type !== AST_NODE_TYPES.FunctionExpression &&
        fn.type !== AST_NODE_TYPES.ArrowFunctionExpression)
    )
      return undefined;
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return this.taintOf(fn.body, depth);
    return this.first(returnArguments(fn.body), depth);
  }

  private resolve(node: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
    let scope: TSESLint.Scope.Scope | null = this.context.sourceCode.getScope(node);
    while (scope) {
      const variable = scope.set.get(node.name);
      if (variable) return variable;
      scope = scope.upper;
    }
    return undefined;
  }
}

function isShortPrefix(args: readonly TSESTree.Node[]): boolean {
  const [start, end] = args;
  const literal = (node: TSESTree.Node | undefined) =>
    node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'number' ? node.value : undefined;
  const from = literal(start);
  const to = literal(end);
  return from === 0 && to !== undefined && to <= 8;
}

function returnArguments(body: TSESTree.BlockStatement): TSESTree.Node[] {
  const found: TSESTree.Node[] = [];
  const walk = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      if (node.argument) found.push(node.argument);
      return;
    }
    if (
      node.type === AST_NODE_TYPES.FunctionDeclaration ||
      node.type === AST_NODE_TYPES.FunctionExpression ||
      node.type === AST_NODE_TYPES.ArrowFunctionExpression
    )
      return;
    for (const value of Object.values(node)) {
      if (value && typeof value === 'object' && value !== node.parent) {
        if (Array.isArray(value))
          value.forEach((item) => item && typeof item === 'object' && 'type' in item && walk(item as TSESTree.Node));
        else if ('type' in value && (value as TSESTree.Node) !== node.parent) walk(value as TSESTree.Node);
      }
    }
  };
  body.body.forEach(walk);
  return found;
}

export function keyName(property: TSESTree.Property): string | undefined {
  if (property.key.type === AST_NODE_TYPES.Identifier && !property.computed) return property.key.name;
  if (property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string') return property.key.value;
  return undefined;
}

export function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  if (node.computed) return staticString(node.property);
  return undefined;
}

export function calleeName(callee: TSESTree.Node): string | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression) return memberName(callee);
  return undefined;
}

function headerLabel(key: string): string {
  const lower = key.toLowerCase();
  return lower === 'authorization' ? 'Authorization' : lower;
}

function isEmptyValue(node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.Literal && (node.value === '' || node.value === null)) ||
    (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined')
  );
}

/** A literal, number, boolean or object/array of such: a value that is visibly not a credential. */
function isDefiniteValue(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Literal) return true;
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.expressions.length === 0;
  if (node.type === AST_NODE_TYPES.ArrayExpression || node.type === AST_NODE_TYPES.ObjectExpression) return true;
  if (node.type === AST_NODE_TYPES.UnaryExpression || node.type === AST_NODE_TYPES.UpdateExpression) return true;
  return false;
}

/** `req.headers`, `request.headers`, `ctx.request.headers`, `event.headers`. */
function isIncomingRequest(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) return /^(?:req|request|incoming|event|ctx)$/.test(node.name);
  if (node.type === AST_NODE_TYPES.MemberExpression) return memberName(node) === 'request';
  return false;
}
