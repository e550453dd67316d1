import { KeyCollector, scanBundle } from '@keyward/scanner';
import { commandConfig } from '../config.js';
import type { RunContext, RunResult } from '../io.js';
import { parseScanOptions } from '../options.js';
import { progressReporter } from '../progress.js';
import { applyBaseline, deliver } from '../deliver.js';

/**
 * `keyward bundle [dirs…]`: scans build output (the recognised build folders, or the ones named) for keys
 * and inlined server-only `.env` values, traced to the source line. Exit codes as `scan`.
 */
export default async function bundle(args: string[], context: RunContext): Promise<RunResult> {
  const options = parseScanOptions(args, context.cwd, 'bundle');
  const root = options.root;
  const { config, notes } = await commandConfig(options, root, context.cwd);
  const progress = context.progress ? progressReporter(context.progress) : undefined;
  const keys = options.verify ? new KeyCollector() : undefined;
  const result = await scanBundle({
    root,
    // relative to the root, which is the working directory: errors name the folder as it was given
    dirs: options.paths,
    config,
    showSecrets: options.showSecrets,
    environment: Object.fromEntries(options.envVars.map((name) => [name, context.env?.[name] ?? ''])),
    ...(progress ? { onProgress: progress.update } : {}),
    ...(keys ? { keys } : {}),
  });
  progress?.done();
  const reported = await applyBaseline(result.findings, options, config, root, context.cwd);
  const verified = keys
    ? await (await import('../verify.js')).verifyFindings(reported.findings, keys, context)
    : undefined;
  const unset = options.envVars.filter((name) => !context.env?.[name]);
  const missing = unset.length ? `keyward: --env-var ${unset.join(', ')}: not set in the environment\n` : '';
  const scanned = `${missing}keyward: bundle output scanned: ${result.dirs.map((dir) => `${dir}/`).join(', ')} (${result.sourceMaps} source map(s), ${result.envValues} server-only .env value(s) looked for)\n`;
  return deliver(options, context, {
    findings: verified?.findings ?? reported.findings,
    stats: result.stats,
    root,
    baselined: reported.baselined,
    config,
    notes,
    note: () => scanned,
    bundle: true,
    ...(verified ? { verification: verified.summary } : {}),
  });
}
