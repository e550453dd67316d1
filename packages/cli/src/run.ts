import type { RunContext, RunResult } from './io.js';
import { describeErrorSafely, UsageError } from './errors.js';
import { pkg } from './version.js';

export type { RunContext, RunResult } from './io.js';

const HELP = `keyward ${pkg.version}: find API keys where they must never be

Usage:
  keyward scan [paths...] [options]     scan files (default: the current directory)
  keyward baseline [paths...] [options] record current findings so scans report only new ones
  keyward staged [options]              scan what is staged in git (the pre-commit hook)
  keyward history [--since REV] [--all] scan the lines past commits added (keys deleted later are still in history)
  keyward bundle [dirs...] [options]    scan build output (dist/, .next/static, …) for keys and server-only .env values
  keyward init [--dry-run]              set up the husky pre-commit hook, a config and .env in .gitignore
  keyward --help | --version

Scan options:
  --format text|json|sarif   output format (default text)
  --output FILE              write the report to FILE instead of stdout
  --config FILE              config file (default: keyward.config.json|.mjs|.js or package.json#keyward)
  --baseline FILE            hide findings recorded in this baseline
  --no-baseline              apply no baseline at all (CI that must not trust the checkout's)
  --no-js-config             never load a JS config, only JSON (CI on untrusted checkouts)
  --fail-on low|medium|high  lowest severity that makes the exit code 1 (default low)
  --show-secrets             print secrets in full (they are redacted by default)
  --no-ignore                also scan .gitignore'd files, node_modules and .git
  --workers N                worker threads (default: automatic)
  --no-semantic              text scan only: skip the semantic pass over code (imports, data flow)
  --env-var NAME             bundle: also look for this environment variable's value (repeatable)
  --verify                   ask each key's vendor whether it is live (sends the key to its vendor; docs/verification.md)
  --only-live                with --verify: report only keys the vendor confirmed live
  --no-color                 no colours in text output
  --quiet                    print findings only, no summary or notes

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or tool error.
Docs: ${pkg.homepage ?? 'docs/'}
`;

/** Commands load lazily so `--help`, `--version` and the hook path start fast. */
const COMMANDS: Record<
  string,
  () => Promise<{ default: (args: string[], context: RunContext) => Promise<RunResult> }>
> = {
  scan: () => import('./commands/scan.js'),
  baseline: () => import('./commands/baseline.js'),
  staged: () => import('./commands/staged.js'),
  history: () => import('./commands/history.js'),
  bundle: () => import('./commands/bundle.js'),
  init: () => import('./commands/init.js'),
};

/** The whole CLI as a function: argv in, exit code and output out. The bin only prints. */
export async function run(argv: readonly string[], context: RunContext): Promise<RunResult> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { exitCode: 0, stdout: HELP, stderr: '' };
  }
  if (command === '--version' || command === '-v') return { exitCode: 0, stdout: `${pkg.version}\n`, stderr: '' };
  const load = COMMANDS[command];
  try {
    if (!load) throw new UsageError(`unknown command "${command}" (try: keyward --help)`);
    if (rest.includes('--help') || rest.includes('-h')) return { exitCode: 0, stdout: HELP, stderr: '' };
    const { default: execute } = await load();
    return await execute(rest, context);
  } catch (error) {
    return { exitCode: 2, stdout: '', stderr: `keyward: ${await describeErrorSafely(error)}\n` };
  }
}
