import type { RunContext, RunResult } from './io.js';
import { describeErrorSafely, UsageError } from './errors.js';
import { pkg } from './version.js';
import { commandHelp, mainHelp } from './usage.js';
import type { CommandName } from './option-table.js';
import { closest } from './did-you-mean.js';

export type { RunContext, RunResult } from './io.js';

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
  if (command === 'help' && rest[0] && rest[0] in COMMANDS)
    return { exitCode: 0, stdout: commandHelp(rest[0] as CommandName), stderr: '' };
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { exitCode: 0, stdout: mainHelp(), stderr: '' };
  }
  if (command === '--version' || command === '-v') return { exitCode: 0, stdout: `${pkg.version}\n`, stderr: '' };
  const load = COMMANDS[command];
  try {
    if (!load) {
      const guess = closest(command, Object.keys(COMMANDS));
      throw new UsageError(
        `unknown command "${command}" (${guess ? `did you mean keyward ${guess}?` : 'try: keyward --help'})`,
      );
    }
    // after `--` a file may be named --help
    const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if (options.includes('--help') || options.includes('-h'))
      return { exitCode: 0, stdout: commandHelp(command as CommandName), stderr: '' };
    const { default: execute } = await load();
    return await execute(rest, context);
  } catch (error) {
    return { exitCode: 2, stdout: '', stderr: `keyward: ${await describeErrorSafely(error)}\n` };
  }
}
