import { hardcodedKeyFinding, isSuppressed, type Finding, type SecretMatch } from '@keyward/core';
import { ts } from './typescript.js';
import { rangeOf } from './syntax.js';
import type { ModuleInput, ModuleSummary, Resolve } from './module-summary.js';
import { ModuleStore, type ModuleText } from './module-store.js';
import { concatenatedKeys } from './concatenated-keys.js';
import { Flow } from './taint.js';
import { seedCarriers } from './carriers.js';
import { ClientSide, NO_PROJECT_FACTS, type ProjectFacts } from './client.js';
import { loggedCredentialFindings, moduleFlows, type ModuleFlows } from './logged-credentials.js';
import { mayHaveClientModules, serverPropFindingsIn } from './server-props.js';
import { buildConfigFindings } from './build-config.js';
import { environmentBranchFindings } from './environment-branches.js';
import { publicEnvFindings } from './public-env.js';
import { browserSdkFindings } from './browser-sdk.js';
import { SDK_WORDS } from './sink-words.js';
import type { EngineOptions } from './options.js';

// The engine's two entry points are one analysis: a project of modules (the scanner), or a project of one
// module (ESLint). Everything a rule reports is decided here, so the front ends cannot disagree.

export interface ProjectInput {
  /** Parsed modules with the text scan's key matches; paths relative to the root. */
  readonly modules?: readonly ModuleInput[];
  /**
   * Or modules not parsed yet (the scanner): each is parsed when the analysis reaches it, and trees beyond
   * `treeBudget` characters of source are dropped between modules (parsed again if reached again).
   */
  readonly unparsed?: { readonly modules: readonly ModuleText[]; readonly treeBudget: number };
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
 *
 * One walk over the modules runs every rule that looks at one module at a time (following imports into others
 * as it needs); the client-side walk and the browser SDK rule, which need every module's imports first, run after
 * it from what the walk noted, parsing again only the few modules they report in.
 */
export function analyseProject(input: ProjectInput): Finding[] {
  const resolve = input.resolve ?? (() => undefined);
  const { options } = input;
  const showSecrets = options.showSecrets ?? false;
  const modules = input.unparsed
    ? ModuleStore.lazy(input.unparsed.modules, resolve, input.unparsed.treeBudget)
    : ModuleStore.parsed(input.modules ?? [], resolve);
  const splitKeys = splitKeysOf(options);
  const flow = new Flow(modules, options.sanitizers, splitKeys);
  seedCarriers(flow);
  const client = new ClientSide(modules, resolve, input.facts ?? NO_PROJECT_FACTS, options);
  const props = mayHaveClientModules(flow);
  // each module's findings by rule, kept at the module's place in the order: the walk's own order follows the trees
  // in memory, the findings' order is the modules' (which module's finding wins a place is decided in that order)
  const found: ModuleFindings[] = [];
  const deferred: number[] = [];
  for (const module of modules.walk()) {
    const at = modules.indexOf(module.file);
    const split: Finding[] = [];
    for (const [node, match] of splitKeys(module))
      split.push(hardcodedKeyFinding(match, rangeOf(module.node, node), { file: module.file, showSecrets }));
    client.note(module);
    const sdk = sdkFindings(module);
    if (!sdk) deferred.push(at);
    found[at] = {
      split,
      publicEnv: publicEnvFindings(module, options),
      sdk: sdk ?? [],
      flows: moduleFlows(flow, module),
      serverProps: props ? serverPropFindingsIn(flow, module) : [],
      buildConfig: buildConfigFindings([module], options.showSecrets),
      branches: environmentBranchFindings([module]),
    };
  }
  const clientSide = client.findings();
  // the browser SDK findings that ask whether their module is browser code: once the walk above knows
  for (const at of deferred) {
    const file = modules.files[at]!;
    found[at] = { ...found[at]!, sdk: browserSdkFindings(modules.get(file)!, () => client.isClient(file)) };
    modules.settle();
  }
  const all = <K extends keyof ModuleFindings>(rule: K) => found.flatMap((module) => module[rule] as Finding[]);
  const findings = [
    ...all('split'),
    ...clientSide,
    ...all('publicEnv'),
    ...all('sdk'),
    ...loggedCredentialFindings(found.map((module) => module.flows)),
    ...all('serverProps'),
    ...all('buildConfig'),
    ...all('branches'),
  ];
  return findings.filter((finding) => {
    const text = modules.text(finding.file);
    if (text === undefined) return true;
    const offset = ts.getPositionOfLineAndCharacter(textOnly(text), finding.line - 1, Math.max(0, finding.column - 1));
    return !isSuppressed(text, offset);
  });
}

interface ModuleFindings {
  readonly split: readonly Finding[];
  readonly publicEnv: readonly Finding[];
  readonly sdk: readonly Finding[];
  readonly flows: ModuleFlows;
  readonly serverProps: readonly Finding[];
  readonly buildConfig: readonly Finding[];
  readonly branches: readonly Finding[];
}

/** Asked before the client-side walk has run: the module's SDK findings wait for it. */
const NOT_YET = Symbol('the client-side walk has not run');

/** A module's browser SDK findings, or undefined when they depend on whether it is browser code (not known yet). */
function sdkFindings(module: ModuleSummary): Finding[] | undefined {
  // the rule's own first test: most modules have none of its words
  if (!SDK_WORDS.test(module.node.text)) return [];
  try {
    return browserSdkFindings(module, () => {
      throw NOT_YET;
    });
  } catch (error) {
    if (error === NOT_YET) return undefined;
    throw error;
  }
}

/** Keys split across literals, per tree (a tree parsed again is looked at again: the same chains, the same keys). */
function splitKeysOf(options: EngineOptions): (module: ModuleSummary) => ReadonlyMap<ts.Node, SecretMatch> {
  const known = new WeakMap<ts.SourceFile, ReadonlyMap<ts.Node, SecretMatch>>();
  return (module) => {
    let found = known.get(module.node);
    if (!found) {
      found = concatenatedKeys(module.file, module.node, module.keys, options);
      known.set(module.node, found);
    }
    return found;
  };
}

/** A module's text as TypeScript's position functions take it: they count its lines as a tree's own would. */
function textOnly(text: string): ts.SourceFileLike {
  return {
    text,
    getLineAndCharacterOfPosition: () => {
      throw new Error('not used: only line starts are computed from the text');
    },
  };
}
