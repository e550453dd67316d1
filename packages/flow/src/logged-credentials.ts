import { ts } from './typescript.js';
import { createFinding, type Finding } from '@keyward/core';
import { rangeOf, stepAt } from './syntax.js';
import type { ModuleSummary } from './module-summary.js';
import { withStep, type Flow, type Taint } from './taint.js';
import { constructedSink, sinkOf, type Sink } from './sinks.js';
import { requestLoggerLeaks } from './request-loggers.js';
import { indexOf, type CallSite } from './module-index.js';

// `no-logged-credential`: a credential (a key literal, a secret env read, a credential header, a key-named
// binding, an HTTP client's config or error) that reaches a log, analytics, error-report, tracing or response
// sink, within a module or across modules through imports, exports, return values and parameters. The finding
// sits on the argument that carries it; `trace` goes from the source to the sink.

/** One module's flows into sinks: from its calls into functions that log (`passed`), and into its own sinks. */
export interface ModuleFlows {
  readonly passed: readonly Finding[];
  readonly sunk: readonly Finding[];
}

/** The flows of one module: calls handing a credential to a function that logs it, and its own sinks. */
export function moduleFlows(flow: Flow, module: ModuleSummary): ModuleFlows {
  const calls = callsOf(module);
  const hasSinks = calls.some((call) => sinkAt(call.node, module, flow) !== undefined);
  const passed = parameterFlows(flow, module, hasSinks);
  const sunk: Finding[] = [];
  if (!hasSinks) return { passed, sunk: requestLoggerLeaks(module).map((leak) => leakOf(module, leak)) };
  for (const call of calls) {
    const found = sinkAt(call.node, module, flow);
    if (!found) continue;
    const reached = firstTaint(flow, module, found.sink, found.args);
    if (reached) sunk.push(report(module, reached.argument, found.sink, reached.taint));
  }
  for (const leak of requestLoggerLeaks(module)) sunk.push(leakOf(module, leak));
  return { passed, sunk };
}

function leakOf(module: ModuleSummary, leak: ReturnType<typeof requestLoggerLeaks>[number]): Finding {
  return leakFinding(module, leak.node, leak.label, leak.message);
}

/**
 * `no-logged-credential` over the modules' flows, in the modules' order: one finding per place. The calls that
 * hand a credential to another function come first (their traces say where it came from), then the sinks'.
 */
export function loggedCredentialFindings(flows: readonly ModuleFlows[]): Finding[] {
  const findings = new Map<string, Finding>();
  for (const { passed } of flows) for (const finding of passed) keep(findings, finding);
  for (const { sunk } of flows) for (const finding of sunk) keep(findings, finding);
  return [...findings.values()];
}

function keep(findings: Map<string, Finding>, finding: Finding): void {
  const at = `${finding.file}:${finding.line}:${finding.column}`;
  if (!findings.has(at)) findings.set(at, finding);
}

function callsOf(module: ModuleSummary): readonly CallSite[] {
  return indexOf(module.node).calls;
}

type SinkCall = { readonly sink: Sink; readonly args: readonly ts.Expression[] };

/** Per analysis, per call: the sink it writes to (null: none). The module's own walk and its functions' both ask. */
const sinkCalls = new WeakMap<Flow, WeakMap<ts.Node, SinkCall | null>>();

function sinkAt(node: ts.CallExpression | ts.NewExpression, module: ModuleSummary, flow: Flow): SinkCall | undefined {
  let known = sinkCalls.get(flow);
  if (!known) sinkCalls.set(flow, (known = new WeakMap()));
  let found = known.get(node);
  if (found === undefined) {
    const sink = ts.isCallExpression(node) ? sinkOf(node, module, flow) : constructedSink(node);
    found = sink ? { sink, args: node.arguments ?? [] } : null;
    known.set(node, found);
  }
  return found ?? undefined;
}

function firstTaint(
  flow: Flow,
  module: ModuleSummary,
  sink: Sink,
  args: readonly ts.Expression[],
): { argument: ts.Expression; taint: Taint } | undefined {
  for (const argument of args) {
    const taint = flow.taintOf(argument, module);
    if (taint && !sink.ignores?.has(taint.kind)) return { argument, taint };
  }
  return undefined;
}

/**
 * Arguments carrying a credential into a local or imported function whose body logs the parameter. `hasSinks`:
 * whether any call of the caller's module is a sink; when none is, no local function runs one either.
 */
function parameterFlows(flow: Flow, caller: ModuleSummary, hasSinks: boolean): Finding[] {
  const findings: Finding[] = [];
  for (const { node } of callsOf(caller)) {
    if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.arguments.length === 0) continue;
    // an imported function known to run no sink: its module is not parsed again to find so
    const declaration = caller.scopes.declarationOf(node.expression, node.expression.text);
    const imported = declaration && caller.imports.get(declaration);
    if (!imported && !hasSinks) continue;
    const key = imported && `sinks\0${imported[0]}\0${imported[1]}`;
    if (key && flow.importFacts.has(key)) continue;
    const target = flow.functionFor(node.expression, caller);
    if (target?.fn.body && sinksIn(target.fn, target.owner, flow).length > 0)
      findings.push(...callFlows(flow, caller, node, target.owner, target.fn));
    else if (key) flow.importFacts.set(key, false);
  }
  return findings;
}

function callFlows(
  flow: Flow,
  caller: ModuleSummary,
  call: ts.CallExpression,
  owner: ModuleSummary,
  fn: ts.FunctionLikeDeclaration,
): Finding[] {
  const findings: Finding[] = [];
  const callee = (call.expression as ts.Identifier).text;
  // the sinks the function itself runs (not those of functions nested in it: they run when called); when it
  // runs none, its arguments' taints need not be computed, which is most calls of most files ESLint lints
  const sinks = sinksIn(fn, owner, flow);
  if (sinks.length === 0) return findings;
  call.arguments.forEach((argument, index) => {
    const parameter = fn.parameters[index];
    if (!parameter) return;
    const taint = flow.taintOf(argument, caller);
    if (!taint) return;
    const name = ts.isIdentifier(parameter.name) ? parameter.name.text : `#${index + 1}`;
    flow.parameterTaints.set(
      parameter,
      withStep(taint, stepAt(caller.file, caller.node, call, `passes it to ${callee}(${name})`)),
    );
    for (const found of sinks) {
      const reached = firstTaint(flow, owner, found.sink, found.args);
      if (reached) findings.push(report(owner, reached.argument, found.sink, reached.taint));
    }
    flow.parameterTaints.delete(parameter);
  });
  return findings;
}

/** Per analysis (a flow knows its modules and imports), per function. */
const sinksByFunction = new WeakMap<
  Flow,
  WeakMap<ts.Node, readonly { sink: Sink; args: readonly ts.Expression[] }[]>
>();

/** The sink calls a function runs itself. What is a sink does not depend on the values passed, so once per function. */
function sinksIn(
  fn: ts.FunctionLikeDeclaration,
  owner: ModuleSummary,
  flow: Flow,
): readonly { sink: Sink; args: readonly ts.Expression[] }[] {
  let known = sinksByFunction.get(flow);
  if (!known) sinksByFunction.set(flow, (known = new WeakMap()));
  let sinks = known.get(fn);
  if (!sinks) {
    sinks = indexOf(owner.node)
      .callsIn(fn)
      .flatMap((inner) => sinkAt(inner.node, owner, flow) ?? []);
    known.set(fn, sinks);
  }
  return sinks;
}

function report(module: ModuleSummary, argument: ts.Node, sink: Sink, taint: Taint): Finding {
  const sinkStep = stepAt(module.file, module.node, argument, `${sink.label}(…)`);
  return createFinding({
    ruleId: 'no-logged-credential',
    // a value judged by its name alone (`token`) may be something else; the others are credentials for sure
    severity: taint.kind === 'name' ? 'medium' : 'high',
    file: module.file,
    ...rangeOf(module.node, argument),
    message: `${capitalize(taint.what)} ${/headers(?: of |$)/.test(taint.what) ? 'reach' : 'reaches'} ${sink.label}. ${advice(sink.label)}`,
    identity: `${taint.identity}\0${sink.label}\0${module.file}`,
    redacted: taint.what,
    trace: [...taint.steps, sinkStep],
  });
}

function leakFinding(module: ModuleSummary, node: ts.Node, label: string, message: string): Finding {
  return createFinding({
    ruleId: 'no-logged-credential',
    file: module.file,
    ...rangeOf(module.node, node),
    message,
    identity: `${module.file}\0${label}\0${message}`,
    redacted: label,
    trace: [stepAt(module.file, module.node, node, `${label}(…)`)],
  });
}

function advice(label: string): string {
  if (label.startsWith('throw '))
    return 'Error messages end up in logs and error reports: leave the credential out of the message, and rotate any key that was exposed.';
  if (/^(?:res|response|reply|ctx|Response|NextResponse|new )/.test(label))
    return 'The response sends it to the client: leave credentials out of response bodies, and rotate any key that was exposed.';
  return 'Log a redacted value instead, and rotate any key that was logged.';
}

function capitalize(text: string): string {
  return /^(?:a|an|the|all) /.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
