// Every command-line option, once: the parser, per-command help, "did you mean" and the docs test read this
// table. Plain data with no imports, so `keyward <command> --help` loads no library.

export const COMMANDS = ['scan', 'baseline', 'staged', 'history', 'bundle', 'init'] as const;
export type CommandName = (typeof COMMANDS)[number];

export const FORMATS = ['text', 'json', 'sarif', 'gitlab', 'junit', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface OptionSpec {
  /** The long name, without `--`. */
  readonly name: string;
  readonly short?: string;
  /** The value's placeholder in help (`FILE`); absent for a flag. */
  readonly value?: string;
  readonly multiple?: boolean;
  readonly help: string;
  readonly commands: readonly CommandName[];
}

const REPORTING: readonly CommandName[] = ['scan', 'staged', 'history', 'bundle'];
const SCANNING: readonly CommandName[] = [...REPORTING, 'baseline'];
const TREE: readonly CommandName[] = ['scan', 'baseline'];

export const OPTIONS: readonly OptionSpec[] = [
  {
    name: 'format',
    short: 'f',
    value: 'FORMAT',
    help: `report format: ${FORMATS.join('|')} (default text)`,
    commands: REPORTING,
  },
  {
    name: 'output',
    short: 'o',
    value: 'FILE',
    help: 'write the report to FILE instead of stdout (baseline: the file to write)',
    commands: SCANNING,
  },
  {
    name: 'config',
    short: 'c',
    value: 'FILE',
    help: 'config file (default: keyward.config.json|.mjs|.js or package.json#keyward)',
    commands: SCANNING,
  },
  {
    name: 'baseline',
    value: 'FILE',
    help: 'hide findings recorded in this baseline (baseline: the file to write)',
    commands: ['scan', 'baseline', 'staged', 'bundle'],
  },
  {
    name: 'no-baseline',
    help: "apply no baseline at all (CI that must not trust the checkout's)",
    commands: ['scan', 'staged', 'bundle'],
  },
  {
    name: 'no-js-config',
    help: 'never load a JS config, only JSON (CI on untrusted checkouts)',
    commands: SCANNING,
  },
  {
    name: 'fail-on',
    value: 'SEVERITY',
    help: 'lowest severity that makes the exit code 1: low|medium|high (default low)',
    commands: REPORTING,
  },
  { name: 'show-secrets', help: 'print secrets in full (they are redacted by default)', commands: REPORTING },
  { name: 'no-ignore', help: ".gitignore'd files, node_modules and .git are scanned too", commands: TREE },
  { name: 'workers', value: 'N', help: 'worker threads (default: automatic; 0 = main thread)', commands: TREE },
  {
    name: 'no-semantic',
    help: 'text scan only: skip the semantic pass over code (imports, data flow)',
    commands: ['scan', 'baseline', 'staged'],
  },
  { name: 'stdin', help: 'scan text piped to stdin (also: keyward scan -)', commands: ['scan'] },
  {
    name: 'stdin-name',
    value: 'NAME',
    help: 'the file name stdin is reported as, and scanned as (default <stdin>)',
    commands: ['scan'],
  },
  { name: 'since', value: 'REV', help: 'scan the commits in REV..HEAD', commands: ['history'] },
  { name: 'all', help: 'scan every commit of every ref', commands: ['history'] },
  {
    name: 'env-var',
    value: 'NAME',
    multiple: true,
    help: "also look for this environment variable's value (repeatable)",
    commands: ['bundle'],
  },
  {
    name: 'verify',
    help: "ask each key's vendor whether it is live (sends the key to its vendor; docs/verification.md)",
    commands: REPORTING,
  },
  { name: 'only-live', help: 'with --verify: report only keys the vendor confirmed live', commands: REPORTING },
  { name: 'color', help: 'colours in text output even when stdout is not a terminal', commands: REPORTING },
  { name: 'no-color', help: 'no colours in text output', commands: REPORTING },
  { name: 'quiet', short: 'q', help: 'print findings only, no summary or notes', commands: SCANNING },
  { name: 'dry-run', help: 'say what would change, change nothing', commands: ['init'] },
  { name: 'help', short: 'h', help: 'this help', commands: COMMANDS },
];

export interface CommandSpec {
  readonly usage: string;
  readonly summary: string;
}

export const COMMAND_HELP: Readonly<Record<CommandName, CommandSpec>> = {
  scan: {
    usage: 'keyward scan [paths...] [options]   (keyward scan - [options] reads stdin)',
    summary: 'scan files and folders (default: the current directory)',
  },
  baseline: {
    usage: 'keyward baseline [paths...] [options]',
    summary: 'record current findings so later scans report only new ones',
  },
  staged: { usage: 'keyward staged [options]', summary: 'scan what is staged in git (the pre-commit hook)' },
  history: {
    usage: 'keyward history [--since REV] [--all] [options]',
    summary: 'scan the lines past commits added (keys deleted later are still in history)',
  },
  bundle: {
    usage: 'keyward bundle [dirs...] [options]',
    summary: 'scan build output (dist/, .next/static, …) for keys and server-only .env values',
  },
  init: {
    usage: 'keyward init [--dry-run]',
    summary: 'set up the husky pre-commit hook, a config and .env in .gitignore',
  },
};

/** The options `command` takes. */
export function optionsOf(command: CommandName): OptionSpec[] {
  return OPTIONS.filter((option) => option.commands.includes(command));
}
