import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { severityAtLeast } from '@keyward/core';
import { KeyCollector } from '@keyward/scanner';
import { describeErrorSafely } from '../errors.js';
import { failingSeverity } from '../deliver.js';
import { render } from '../reporters/index.js';
import { readInputs } from './inputs.js';
import { readEvent, type ActionEvent } from './event.js';
import { commitId, ensureCommit, mergeBase } from './revisions.js';
import { baseRevisionFiles, checkoutFiles } from './trusted.js';
import { modeFor } from './modes.js';
import { annotations } from './annotations.js';
import { summaryMarkdown } from './summary.js';
import { addedSuppressions } from './suppressions.js';
import { uploadSarif } from './upload.js';
import { appendSummary, setOutput, workflowCommand } from './workflow.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The GitHub Action: one scan in the chosen mode, the report file, annotations, the job summary, the SARIF
 * upload and the outputs. Returns the exit code: 0 clean, 1 findings at or above `fail-on`, 2 a tool error.
 */
export async function runAction(env: Env, write: (text: string) => void): Promise<number> {
  try {
    const inputs = readInputs(env);
    const mode = modeFor(inputs.mode);
    const root = path.resolve(env['GITHUB_WORKSPACE'] || process.cwd());
    const tempDir = mkdtempSync(path.join(env['RUNNER_TEMP'] || tmpdir(), 'keyward-'));
    const event = readEvent(env);
    const notes: string[] = [];
    // a base matters to diff and history, and to a pull request's trusted config and baseline
    const base = inputs.mode !== 'scan' || event.pullRequest ? resolveBase(root, inputs.base, event, notes) : undefined;
    const trusted = event.pullRequest ? baseRevisionFiles(root, inputs, base, tempDir) : checkoutFiles(inputs);
    const keys = inputs.verify ? new KeyCollector() : undefined;
    const scanned = await mode({ root, inputs, trusted, base, ...(keys ? { keys } : {}) });
    // only what the Action reports is verified (in diff mode, what the change adds)
    const verified = keys
      ? await (await import('../verify.js')).verifyFindings(scanned.findings, keys, { cwd: root, env: verifyEnv(env) })
      : undefined;
    const result = verified ? { ...scanned, findings: verified.findings } : scanned;
    const report = {
      findings: result.findings,
      stats: result.stats,
      root,
      baselined: result.baselined,
      color: false,
      quiet: false,
      ...(verified ? { verification: verified.summary } : {}),
    };
    const reportFile = path.join(tempDir, `keyward.${inputs.format === 'text' ? 'txt' : inputs.format}`);
    const sarif = render('sarif', report);
    writeFileSync(reportFile, inputs.format === 'sarif' ? sarif : render(inputs.format, report));
    const annotated = annotations(result.findings, root);
    for (const line of annotated.lines) write(`${line}\n`);
    const upload = await uploadSarif(
      env,
      event,
      inputs.uploadSarif,
      inputs.token,
      sarif,
      root,
      `keyward-${inputs.mode}`,
    );
    const failing = result.findings.some((finding) => severityAtLeast(failingSeverity(finding), inputs.failOn));
    appendSummary(
      env,
      summaryMarkdown({
        mode: inputs.mode,
        findings: result.findings,
        failOn: inputs.failOn,
        failing,
        scope: result.scope,
        preExisting: result.preExisting,
        baselined: result.baselined,
        notAnnotated: annotated.notAnnotated,
        skipped: result.stats.skipped,
        suppressions: event.pullRequest && result.added ? addedSuppressions(root, result.added, result.config) : [],
        upload: upload.note,
        notes: [...notes, ...trusted.notes, ...result.notes],
        ...(verified ? { verification: verified.summary } : {}),
      }),
    );
    setOutput(env, 'findings', result.findings.length);
    setOutput(env, 'pre-existing', result.preExisting);
    setOutput(env, 'sarif', reportFile);
    setOutput(env, 'uploaded', String(upload.uploaded));
    write(`keyward: ${result.findings.length} finding(s) in ${inputs.mode} mode; report: ${reportFile}\n`);
    return failing ? 1 : 0;
  } catch (error) {
    write(`${workflowCommand('error', { title: 'keyward' }, await describeErrorSafely(error))}\n`);
    setOutput(env, 'findings', 0);
    return 2;
  }
}

/** The job's `KEYWARD_VERIFY_URL_*` overrides, and nothing else of its environment, for the verifier. */
function verifyEnv(env: Env): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[0].startsWith('KEYWARD_VERIFY_URL_') && entry[1] !== undefined),
  );
}

/**
 * The revision to compare with: the `base` input, else the event's (PR base, push `before`, merge-group
 * base), else the default branch on a first push. Fetched once if a shallow checkout lacks it; the merge
 * base with HEAD when history allows, so a PR's diff holds only its own changes.
 */
function resolveBase(root: string, given: string | undefined, event: ActionEvent, notes: string[]): string | undefined {
  let candidate = given ?? event.base;
  if (!candidate && event.name === 'push' && event.defaultBranch) {
    const remote = `origin/${event.defaultBranch}`;
    if (commitId(root, remote)) candidate = remote;
  }
  if (!candidate) return undefined;
  if (!ensureCommit(root, candidate)) {
    notes.push(
      `the base revision ${candidate.slice(0, 40)} is not in the checkout and could not be fetched (a shallow clone? use actions/checkout with fetch-depth: 0)`,
    );
    return undefined;
  }
  const id = commitId(root, candidate);
  return (id && mergeBase(root, id, 'HEAD')) ?? id;
}
