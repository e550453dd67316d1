import { parseArgs } from 'node:util';
import path from 'node:path';
import { SEVERITIES, type Severity } from '@keyward/core';
import { UsageError } from './errors.js';

export type Format = 'text' | 'json' | 'sarif';

/** Options shared by `scan`, `baseline`, `staged` and `history`. */
export interface ScanOptions {
  readonly paths: string[];
  /** Reported paths, SARIF URIs and config lookup are relative to this: the working directory. */
  readonly root: string;
  readonly format: Format;
  readonly output: string | undefined;
  readonly config: string | undefined;
  readonly baseline: string | undefined;
  readonly failOn: Severity | undefined;
  readonly showSecrets: boolean;
  readonly color: boolean | undefined;
  readonly quiet: boolean;
  readonly useIgnoreFiles: boolean;
  readonly workers: number | 'auto';
  readonly semantic: boolean;
  /** `history` only: scan `REV..HEAD`. */
  readonly since: string | undefined;
  /** `history` only: scan every ref. */
  readonly all: boolean;
  /** `bundle` only: environment variables whose values must not be in the build output (`--env-var NAME`). */
  readonly envVars: readonly string[];
  /** Ask each key's vendor whether it is live (`--verify`; never by default). */
  readonly verify: boolean;
  /** Report only keys the vendor confirmed live (`--only-live`, needs `--verify`). */
  readonly onlyLive: boolean;
  /** Load JS configs (`--no-js-config` turns it off: for CI on untrusted checkouts, only JSON is read). */
  readonly jsConfig: boolean;
  /** Apply a baseline (`--no-baseline` turns off `--baseline`, config `baseline` and any default file). */
  readonly useBaseline: boolean;
}

export function parseScanOptions(
  args: string[],
  cwd: string,
  command: 'scan' | 'baseline' | 'staged' | 'history' | 'bundle' = 'scan',
): ScanOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        baseline: { type: 'string' },
        'fail-on': { type: 'string' },
        'show-secrets': { type: 'boolean' },
        'no-color': { type: 'boolean' },
        color: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        'no-ignore': { type: 'boolean' },
        workers: { type: 'string' },
        'no-semantic': { type: 'boolean' },
        since: { type: 'string' },
        all: { type: 'boolean' },
        'env-var': { type: 'string', multiple: true },
        verify: { type: 'boolean' },
        'only-live': { type: 'boolean' },
        'no-js-config': { type: 'boolean' },
        'no-baseline': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  if (command !== 'history' && (values.since !== undefined || values.all))
    throw new UsageError(`--since and --all belong to keyward history, not keyward ${command}`);
  if (command !== 'bundle' && values['env-var']?.length)
    throw new UsageError(`--env-var belongs to keyward bundle, not keyward ${command}`);
  for (const name of values['env-var'] ?? [])
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(name))
      throw new UsageError(`--env-var takes a variable name, not "${name}"`);
  if (values['only-live'] && !values.verify) throw new UsageError('--only-live needs --verify');
  if (values.verify && command === 'baseline')
    throw new UsageError(
      '--verify belongs to scan, staged, history and bundle: a baseline records findings, live or not',
    );
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif')
    throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  const failOn = values['fail-on'];
  if (failOn !== undefined && !SEVERITIES.includes(failOn as Severity))
    throw new UsageError(`--fail-on must be low, medium or high, not "${failOn}"`);
  let workers: number | 'auto' = 'auto';
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 0) throw new UsageError('--workers must be a whole number');
  }
  return {
    paths: positionals,
    root: path.resolve(cwd),
    format,
    output: values.output,
    config: values.config,
    baseline: values.baseline,
    failOn: failOn as Severity | undefined,
    showSecrets: values['show-secrets'] ?? false,
    color: values['no-color'] ? false : values.color,
    quiet: values.quiet ?? false,
    useIgnoreFiles: !values['no-ignore'],
    workers,
    // the semantic pass (ts-morph) runs by default; --no-semantic gives the text scan alone
    semantic: !values['no-semantic'],
    since: values.since,
    all: values.all ?? false,
    envVars: values['env-var'] ?? [],
    verify: values.verify ?? false,
    onlyLive: values['only-live'] ?? false,
    jsConfig: !values['no-js-config'],
    useBaseline: !values['no-baseline'],
  };
}
