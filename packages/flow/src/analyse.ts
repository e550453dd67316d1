import { hardcodedKeyFinding, isSuppressed, type Finding } from '@keyward/core';
import { rangeOf } from './syntax.js';
import { summarise, type ModuleInput, type ModuleSummary, type Resolve } from './module-summary.js';
import { concatenatedKeys, type ConcatenatedKeys } from './concatenated-keys.js';
import { Flow } from './taint.js';
import { seedCarriers } from './carriers.js';
import { ClientSide, NO_PROJECT_FACTS, type ProjectFacts } from './client.js';
import { loggedCredentialFindings } from './logged-credentials.js';
import { serverPropFindings } from './server-props.js';
import { buildConfigFindings } from './build-config.js';
import { environmentBranchFindings } from './environment-branches.js';
import { publicEnvFindings } from './public-env.js';
import { browserSdkFindings } from './browser-sdk.js';
import type { EngineOptions } from './options.js';

// The engine's two entry points are one analysis: a project of modules (the scanner), or a project of one
// module (ESLint). Everything a rule reports is decided here, so the front ends cannot disagree.

export interface ProjectInput {
  /** Parsed modules with the text scan's key matches; paths relative to the root. */
  readonly modules: readonly ModuleInput[];
  /** Import resolution among the modules; without it, each module stands alone. */
  readonly resolve?: Resolve;
  readonly facts?: ProjectFacts;
  readonly options: EngineOptions;
}

/**
 * Every engine finding over a set of modules: keys split across literals (`no-hardcoded-key`), secrets in
 * browser code (`no-client-side-key`, `no-public-env-secret`, `no-browser-sdk-secret`), credentials that reach
 * logs and responses (`no-logged-credential`) and keys in the wrong `NODE_ENV` branch (`env-mismatch`).
 * Findings on a line a `keyward-ignore` comment covers are dropped.
 */
export function analyseProject(input: ProjectInput): Finding[] {
  const resolve = input.resolve ?? (() => undefined);
  const { options } = input;
  const summaries = new Map<string, ModuleSummary>();
  for (const module of input.modules) summaries.set(module.file, summarise(module, resolve));
  const concatenated = new Map<string, ReturnType<typeof concatenatedKeys>>();
  for (const module of summaries.values())
    concatenated.set(module.file, concatenatedKeys(module.file, module.node, module.keys, options));
  const flow = new Flow(summaries, options.sanitizers, concatenated);
  seedCarriers(flow);
  const client = new ClientSide(summaries, resolve, input.facts ?? NO_PROJECT_FACTS, options);
  const findings = [
    ...splitKeyFindings(summaries, concatenated, options.showSecrets ?? false),
    ...client.findings(),
    ...[...summaries.values()].flatMap((module) => publicEnvFindings(module, options)),
    ...[...summaries.values()].flatMap((module) => browserSdkFindings(module, () => client.isClient(module.file))),
    ...loggedCredentialFindings(flow),
    ...serverPropFindings(flow),
    ...buildConfigFindings(summaries.values(), options.showSecrets),
    ...environmentBranchFindings(summaries.values()),
  ];
  return findings.filter((finding) => {
    const module = summaries.get(finding.file);
    if (!module) return true;
    const offset = module.node.getPositionOfLineAndCharacter(finding.line - 1, Math.max(0, finding.column - 1));
    return !isSuppressed(module.node.text, offset);
  });
}

function splitKeyFindings(
  summaries: ReadonlyMap<string, ModuleSummary>,
  concatenated: ConcatenatedKeys,
  showSecrets: boolean,
): Finding[] {
  const findings: Finding[] = [];
  for (const [file, chains] of concatenated) {
    const module = summaries.get(file)!;
    for (const [node, match] of chains)
      findings.push(hardcodedKeyFinding(match, rangeOf(module.node, node), { file, showSecrets }));
  }
  return findings;
}
