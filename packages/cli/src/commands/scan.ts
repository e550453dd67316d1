import type { RunContext, RunResult } from '../io.js';
import { parseScanOptions } from '../options.js';
import { runScan } from '../scan-session.js';
import { deliver } from '../deliver.js';

/** `keyward scan [paths…]`: exit 0 clean, 1 findings at or above --fail-on, 2 error. */
export default async function scan(args: string[], context: RunContext): Promise<RunResult> {
  const options = parseScanOptions(args, context.cwd);
  return deliver(options, context, await runScan(options, context, true));
}
