import { existsSync, lstatSync } from 'node:fs';
import path from 'node:path';
import type { Finding, KeywardConfig } from '@keyward/core';
import { addSkip, emptyStats, scanBundle, scanHistory, type KeyCollector, type ScanStats } from '@keyward/scanner';
import { parseScanOptions, type ScanOptions } from '../options.js';
import { runScan } from '../scan-session.js';
import { commandConfig } from '../config.js';
import { UsageError } from '../errors.js';
import { applyBaseline } from '../deliver.js';
import type { ActionInputs } from './inputs.js';
import type { TrustedFiles } from './trusted.js';
import { addedLines, changedFiles } from './revisions.js';

// One place maps a mode to a scan. A mode gets the checkout, the inputs, the trusted config/baseline and the
// base revision, and returns findings plus what the summary should say; a new mode is one more entry here.

export interface ModeContext {
  readonly root: string;
  readonly inputs: ActionInputs;
  readonly trusted: TrustedFiles;
  /** The revision the change is compared with (resolved, in the checkout), or undefined when there is none. */
  readonly base: string | undefined;
  /** With the `verify` input: collects verifiable keys; the Action verifies what it reports. */
  readonly keys?: KeyCollector;
}

export interface ModeResult {
  readonly findings: Finding[];
  readonly stats: ScanStats;
  readonly baselined: number;
  readonly config: KeywardConfig;
  /** Findings in the changed files on lines the change did not add: left out of the report and the verdict. */
  readonly preExisting: number;
  /** One sentence: what was scanned. */
  readonly scope: string;
  /** Lines the change adds, by file (diff mode), for the suppressions the change brings. */
  readonly added?: ReadonlyMap<string, ReadonlySet<number>>;
  readonly notes: string[];
}

export type Mode = (context: ModeContext) => Promise<ModeResult>;

/** Scan options for the Action: JSON configs only, the trusted config and baseline, paths as data. */
function options(context: ModeContext, paths: string[]): ScanOptions {
  return {
    ...parseScanOptions([], context.root),
    paths,
    config: context.trusted.config,
    baseline: context.trusted.baseline,
    useBaseline: context.trusted.useBaseline,
    failOn: context.inputs.failOn,
    jsConfig: false,
    quiet: true,
  };
}

const scan: Mode = async (context) => {
  const session = await runScan(
    options(context, context.inputs.paths),
    { cwd: context.root, env: {} },
    true,
    context.keys,
  );
  return {
    ...session,
    preExisting: 0,
    scope: `the tree (${context.inputs.paths.join(', ')})`,
    notes: [...session.notes],
  };
};

const diff: Mode = async (context) => {
  if (!context.base) {
    const whole = await scan(context);
    return { ...whole, notes: [...whole.notes, 'no base revision to compare with: the whole tree was scanned'] };
  }
  const short = context.base.slice(0, 12);
  const changed = changedFiles(context.root, context.base, 'HEAD');
  // only regular files of the checkout: a path the change made a symlink is not followed
  const files = changed.files.filter((file) => {
    const info = existsSync(path.join(context.root, file)) ? lstatSync(path.join(context.root, file)) : undefined;
    return info?.isFile() ?? false;
  });
  const session = files.length
    ? await runScan(options(context, files), { cwd: context.root, env: {} }, true, context.keys)
    : { ...emptySession(context), ...(await configOnly(context)) };
  for (const link of changed.symlinks) addSkip(session.stats, 'symlink', link, 'not followed');
  const added = addedLines(context.root, context.base, 'HEAD');
  const adds = (finding: Finding) => {
    const lines = added.get(finding.file);
    if (!lines) return false;
    for (let line = finding.line; line <= finding.endLine; line++) if (lines.has(line)) return true;
    return false;
  };
  const findings = session.findings.filter(adds);
  return {
    findings,
    stats: session.stats,
    baselined: session.baselined,
    config: session.config,
    preExisting: session.findings.length - findings.length,
    scope: `${files.length} file(s) this change adds or modifies, against ${short}`,
    added,
    notes: [
      ...session.notes,
      ...(changed.symlinks.length ? [`${changed.symlinks.length} symlink(s) in the change were not followed`] : []),
    ],
  };
};

const history: Mode = async (context) => {
  const { config, notes } = await commandConfig(
    { config: context.trusted.config, jsConfig: false },
    context.root,
    context.root,
  );
  const range = context.base ? [`${context.base}..HEAD`] : ['HEAD'];
  const result = await scanHistory({
    root: context.root,
    config,
    range,
    ...(context.keys ? { keys: context.keys } : {}),
  });
  return {
    findings: result.findings,
    stats: result.stats,
    baselined: 0,
    config,
    preExisting: 0,
    scope: `${result.commits} commit(s) ${context.base ? `since ${context.base.slice(0, 12)}` : 'of HEAD'}`,
    notes: [...notes],
  };
};

/**
 * `bundle`, after the user's build step: the build output the browser receives (`keyward bundle`). `path`
 * names the build folders; the default `.` means the folders keyward recognises (`dist/`, `.next/static`…).
 */
const bundle: Mode = async (context) => {
  const { config, notes } = await configOnly(context);
  const dirs = context.inputs.paths.filter((dir) => dir !== '.');
  const result = await scanBundle({ root: context.root, dirs, config, ...(context.keys ? { keys: context.keys } : {}) });
  const { findings, baselined } = await applyBaseline(
    result.findings,
    options(context, dirs),
    config,
    context.root,
    context.root,
  );
  return {
    findings,
    stats: result.stats,
    baselined,
    config,
    preExisting: 0,
    scope: `the build output (${result.dirs.map((dir) => `${dir}/`).join(', ')}; ${result.sourceMaps} source map(s))`,
    notes: [...notes],
  };
};

export const MODES: Readonly<Record<string, Mode>> = { scan, diff, history, bundle };

export function modeFor(name: string): Mode {
  const mode = Object.hasOwn(MODES, name) ? MODES[name] : undefined;
  if (!mode) throw new UsageError(`unknown mode "${name}" (the Action's modes: ${Object.keys(MODES).join(', ')})`);
  return mode;
}

function emptySession(context: ModeContext) {
  return { findings: [] as Finding[], stats: emptyStats(), baselined: 0, root: context.root, notes: [] as string[] };
}

async function configOnly(context: ModeContext) {
  const { config, notes } = await commandConfig(
    { config: context.trusted.config, jsConfig: false },
    context.root,
    context.root,
  );
  return { config, notes };
}
