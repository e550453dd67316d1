import { parseArgs } from 'node:util';
import path from 'node:path';
import { SEVERITIES, type Severity } from '@keyward/core';
import { UsageError } from './errors.js';
import { FORMATS, OPTIONS, optionsOf, type CommandName, type Format } from './option-table.js';
import { closest } from './did-you-mean.js';

export type { Format } from './option-table.js';
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
  /** `scan` only: scan what is piped to stdin (`--stdin` or the path `-`) instead of files. */
  readonly stdin: boolean;
  /** The name stdin's text is reported and scanned as (`--stdin-name`; default `<stdin>`). */
  readonly stdinName: string;
}

export function parseScanOptions(
  args: string[],
  cwd: string,
  command: 'scan' | 'baseline' | 'staged' | 'history' | 'bundle' = 'scan',
): ScanOptions {
  const parsed = parseCommandArgs(command, args);
  const values = parsed.values as Values;
  const positionals = parsed.positionals;
  for (const name of values['env-var'] ?? [])
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(name))
      throw new UsageError(`--env-var takes a variable name, not "${name}"`);
  if (values['only-live'] && !values.verify) throw new UsageError('--only-live needs --verify');
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) {
    const guess = closest(format, FORMATS);
    throw new UsageError(
      `--format must be ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS.at(-1)}, not "${format}"${guess ? ` (did you mean ${guess}?)` : ''}`,
    );
  }
  // `keyward scan -` or --stdin: the text piped in, reported under --stdin-name
  const stdin = values.stdin === true || positionals.includes('-');
  if (stdin && positionals.some((p) => p !== '-'))
    throw new UsageError('--stdin (or -) scans what is piped in: name no paths with it');
  if (values['stdin-name'] !== undefined && !stdin) throw new UsageError('--stdin-name needs --stdin (or -)');
  const stdinName = stdinDisplayName(values['stdin-name']);
  const failOn = values['fail-on'];
  if (failOn !== undefined && !SEVERITIES.includes(failOn as Severity))
    throw new UsageError(`--fail-on must be low, medium or high, not "${failOn}"`);
  let workers: number | 'auto' = 'auto';
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 0) throw new UsageError('--workers must be a whole number');
  }
  return {
    paths: stdin ? [] : positionals,
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
    stdin,
    stdinName,
  };
}

interface Values {
  readonly [name: string]: string | boolean | string[] | undefined;
  readonly format?: string;
  readonly output?: string;
  readonly config?: string;
  readonly baseline?: string;
  readonly 'fail-on'?: string;
  readonly 'show-secrets'?: boolean;
  readonly 'no-color'?: boolean;
  readonly color?: boolean;
  readonly quiet?: boolean;
  readonly 'no-ignore'?: boolean;
  readonly workers?: string;
  readonly 'no-semantic'?: boolean;
  readonly since?: string;
  readonly all?: boolean;
  readonly 'env-var'?: string[];
  readonly verify?: boolean;
  readonly 'only-live'?: boolean;
  readonly 'no-js-config'?: boolean;
  readonly 'no-baseline'?: boolean;
  readonly stdin?: boolean;
  readonly 'stdin-name'?: string;
}

/**
 * Parses `args` against the options of `command` (option-table.ts). An unknown option is one line with a guess
 * ("did you mean --baseline?"), an option of another command says which command takes it: never Node's text.
 */
export function parseCommandArgs(
  command: CommandName,
  args: readonly string[],
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  const own = optionsOf(command);
  const end = args.indexOf('--');
  for (const arg of end === -1 ? args : args.slice(0, end)) {
    // `-format`: one dash before a long name reads as -f with the value "ormat"
    const single = /^-([a-z][a-z-]+)(?:=|$)/.exec(arg);
    if (single && own.some((option) => option.name === single[1]))
      throw new UsageError(`unknown option ${arg} for keyward ${command} (did you mean --${single[1]}?)`);
  }
  const config = Object.fromEntries(
    own.map((option) => [
      option.name,
      {
        type: option.value ? ('string' as const) : ('boolean' as const),
        ...(option.short ? { short: option.short } : {}),
        ...(option.multiple ? { multiple: true } : {}),
      },
    ]),
  );
  const loose = parseArgs({ args: [...args], options: config, strict: false, allowPositionals: true, tokens: true });
  for (const token of loose.tokens) {
    if (token.kind !== 'option' || own.some((option) => option.name === token.name)) continue;
    throw new UsageError(unknownOption(command, token.rawName, token.name));
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: config,
      strict: true,
      allowPositionals: true,
    });
    return { values: values as Record<string, string | boolean | string[] | undefined>, positionals };
  } catch (error) {
    throw new UsageError(parseFailure(command, error as Error & { code?: string }));
  }
}

function unknownOption(command: CommandName, raw: string, name: string): string {
  const elsewhere = OPTIONS.find((option) => option.name === name && raw.startsWith('--'));
  if (elsewhere) return `${raw} belongs to keyward ${listed(elsewhere.commands)}, not keyward ${command}`;
  const own = optionsOf(command);
  const guess = raw.startsWith('--')
    ? closest(
        name,
        own.map((option) => option.name),
      )
    : undefined;
  const hint = guess ? `did you mean --${guess}?` : `see keyward ${command} --help`;
  return `unknown option ${raw} for keyward ${command} (${hint})`;
}

/** `scan`, `scan and baseline`, `scan, staged, history and bundle`. */
function listed(commands: readonly string[]): string {
  return commands.length > 1 ? `${commands.slice(0, -1).join(', ')} and ${commands.at(-1)}` : commands[0]!;
}

/** Node's parser messages, as one line in our words. */
function parseFailure(command: CommandName, error: Error & { code?: string }): string {
  const option = /'(-[\w-]+(?:, --[\w-]+)?)/.exec(error.message)?.[1]?.split(', ').at(-1);
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    const spec = OPTIONS.find((entry) => `--${entry.name}` === option || `-${entry.short}` === option);
    if (spec?.value) return `${option} needs a value: ${option} ${spec.value} (see keyward ${command} --help)`;
    return `${option} takes no value (see keyward ${command} --help)`;
  }
  return `${error.message.split('\n')[0]!} (see keyward ${command} --help)`;
}

/** `--stdin-name`: a display name, relative and with forward slashes, that decides how the text is scanned. */
function stdinDisplayName(given: string | undefined): string {
  if (given === undefined) return '<stdin>';
  const name = given.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (!name || /[\u0000-\u001f\u007f]/.test(name) || path.posix.isAbsolute(name) || name.split('/').includes('..'))
    throw new UsageError('--stdin-name takes a relative file name such as src/config.ts or .env.production');
  return name;
}
