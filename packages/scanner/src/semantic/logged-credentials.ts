import { ts } from './typescript.js';
import { rangeOf } from './syntax.js';
import { fingerprint, type Finding } from '@keyward/core';
import type { ModuleSummary } from './flow/module-summary.js';
import { Flow, lineOf, type Taint } from './flow/taint.js';
import { constructedSink, sinkOf, type Sink } from './flow/sinks.js';
import { requestLoggerLeaks } from './flow/request-loggers.js';

// `no-logged-credential` over the whole project: a credential (a key literal, a secret env read, a
// credential header, a key-named binding, an HTTP client's config or error) that reaches a log, analytics,
// error-report, tracing or response sink, within a module or across modules through imports, exports,
// return values and parameters. Findings sit at the sink; `trace` shows source → … → sink.

/** Flows into sinks over every module of the flow analysis. */
export function loggedCredentialFindings(flow: Flow): Finding[] {
  const modules = flow.modules;
  const findings = new Map<string, Finding>();
  const add = (finding: Finding) => {
    const key = `${finding.file}:${finding.line}:${finding.column}`;
    if (!findings.has(key)) findings.set(key, finding);
  };
  // calls handing a credential to another function first: their traces say where it came from
  for (const module of modules.values()) for (const finding of parameterFlows(flow, module)) add(finding);
  for (const module of modules.values()) {
    forEachSink(module.node, module, flow, (sink, node, args) => {
      const taint = firstTaint(flow, module, sink, args);
      if (taint) add(report(module, node, sink, taint));
    });
    for (const leak of requestLoggerLeaks(module)) add(leakFinding(module, leak.node, leak.label, leak.message));
  }
  return [...findings.values()];
}

type SinkVisitor = (sink: Sink, node: ts.CallExpression | ts.NewExpression, args: readonly ts.Expression[]) => void;

/** Every sink call under `root`; with `shallow`, nested functions are left out (they run when called, not here). */
function forEachSink(root: ts.Node, module: ModuleSummary, flow: Flow, visitor: SinkVisitor, shallow = false): void {
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const sink = sinkOf(node, module, flow);
      if (sink) visitor(sink, node, node.arguments);
    } else if (ts.isNewExpression(node)) {
      const sink = constructedSink(node);
      if (sink) visitor(sink, node, node.arguments ?? []);
    }
    if (!(shallow && ts.isFunctionLike(node))) ts.forEachChild(node, visit);
  };
  ts.forEachChild(root, visit);
}

function firstTaint(flow: Flow, module: ModuleSummary, sink: Sink, args: readonly ts.Expression[]): Taint | undefined {
  for (const argument of args) {
    const taint = flow.taintOf(argument, module);
    if (taint && !sink.ignores?.has(taint.kind)) return taint;
  }
  return undefined;
}

/** Arguments carrying a credential into a local or imported function whose body logs the parameter. */
function parameterFlows(flow: Flow, caller: ModuleSummary): Finding[] {
  const findings: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const target = flow.functionFor(node.expression, caller);
      if (target?.fn.body) findings.push(...callFlows(flow, caller, node, target.owner, target.fn));
    }
    ts.forEachChild(node, visit);
  };
  visit(caller.node);
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
  call.arguments.forEach((argument, index) => {
    const parameter = fn.parameters[index];
    if (!parameter) return;
    const taint = flow.taintOf(argument, caller);
    if (!taint) return;
    const name = ts.isIdentifier(parameter.name) ? parameter.name.text : `#${index + 1}`;
    flow.parameterTaints.set(parameter, {
      ...taint,
      steps: [...taint.steps, `${caller.file}:${lineOf(caller, call)} passes it to ${callee}(${name})`],
    });
    forEachSink(
      fn.body!,
      owner,
      flow,
      (sink, node, args) => {
        const reached = firstTaint(flow, owner, sink, args);
        if (reached) findings.push(report(owner, node, sink, reached));
      },
      true,
    );
    flow.parameterTaints.delete(parameter);
  });
  return findings;
}

function report(module: ModuleSummary, node: ts.Node, sink: Sink, taint: Taint): Finding {
  const range = rangeOf(module.node, node);
  const at = `${module.file}:${range.line}`;
  const trace = [...taint.steps, `${at} ${sink.label}(…)`];
  return {
    ruleId: 'no-logged-credential',
    category: 'logged-credential',
    // a value judged by its name alone (`token`) may be something else; the others are credentials for sure
    severity: taint.kind === 'name' ? 'medium' : 'high',
    file: module.file,
    ...range,
    message: `${capitalize(taint.what)} ${/headers(?: of |$)/.test(taint.what) ? 'reach' : 'reaches'} ${sink.label}: ${trace.join(' → ')}. ${advice(sink.label)}`,
    fingerprint: fingerprint('no-logged-credential', `${taint.steps[0] ?? ''}\0${at}`),
    redacted: taint.what,
    trace,
  };
}

function leakFinding(module: ModuleSummary, node: ts.Node, label: string, message: string): Finding {
  const range = rangeOf(module.node, node);
  const at = `${module.file}:${range.line}`;
  return {
    ruleId: 'no-logged-credential',
    category: 'logged-credential',
    severity: 'high',
    file: module.file,
    ...range,
    message,
    fingerprint: fingerprint('no-logged-credential', `${at}\0${label}`),
    redacted: label,
    trace: [`${at} ${label}(…)`],
  };
}

function advice(label: string): string {
  if (label.startsWith('throw '))
    return 'Error messages end up in logs and error reports: leave the credential out of the message, and rotate any key that was exposed.';
  if (/^(?:res|response|reply|ctx|Response|NextResponse|new )/.test(label))
    return 'The response sends it to the client: leave credentials out of response bodies, and rotate any key that was exposed.';
  return 'Log a redacted value instead, and rotate any key that was logged.';
}

function capitalize(text: string): string {
  return /^(?:a|an|the) /.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
