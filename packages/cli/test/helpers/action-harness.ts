import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Runs the Action the way GitHub does: `node action/main.js` (from a copy outside this repository, so the
// bundle must be self-contained), in a temporary git repository, with GitHub's environment variables and a
// real-shaped event file. KEYWARD_ACTION_ENTRY points the same tests at another body (the old composite
// action's scripts/action.mjs, which read KEYWARD_* variables: both are set) for before/after runs.

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
let copied: string | undefined;

/** The Action entry under test: the committed bundle, copied out of the repository once per test file. */
export function actionEntry(): string {
  if (process.env['KEYWARD_ACTION_ENTRY']) return process.env['KEYWARD_ACTION_ENTRY'];
  if (!copied) {
    const dir = mkdtempSync(path.join(tmpdir(), 'keyward-action-copy-'));
    cpSync(path.join(repoRoot, 'action'), path.join(dir, 'action'), { recursive: true });
    copied = path.join(dir, 'action', 'main.js');
  }
  return copied;
}

export function removeActionCopy(): void {
  if (copied) rmSync(path.dirname(path.dirname(copied)), { recursive: true, force: true });
  copied = undefined;
}

export class Repo {
  readonly dir: string;
  constructor(prefix = 'keyward-gha-') {
    this.dir = mkdtempSync(path.join(tmpdir(), prefix));
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.email', 'ci@example.invalid');
    this.git('config', 'user.name', 'CI');
    this.git('config', 'commit.gpgsign', 'false');
  }
  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8' });
  }
  write(file: string, content: string | Buffer): void {
    mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true });
    writeFileSync(path.join(this.dir, file), content);
  }
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-qm', message, '--no-verify', '--allow-empty');
    return this.head();
  }
  head(): string {
    return this.git('rev-parse', 'HEAD').trim();
  }
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface ActionRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** The report file named by the `sarif` output, when there is one. */
  readonly report: string;
}

export interface RunOptions {
  readonly inputs?: Record<string, string>;
  readonly eventName?: string;
  readonly event?: object;
  readonly env?: Record<string, string>;
}

/** A pull_request event payload with the shape GitHub sends (the fields the Action reads, and some it does not). */
export function pullRequestEvent(base: string, head: string, fork = false): object {
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      base: { ref: 'main', sha: base, repo: { full_name: 'octo/app', fork: false } },
      head: {
        ref: 'feature',
        sha: head,
        repo: { full_name: fork ? 'contributor/app' : 'octo/app', fork },
      },
    },
    repository: { full_name: 'octo/app', default_branch: 'main' },
  };
}

export function pushEvent(before: string, after: string): object {
  return {
    ref: 'refs/heads/main',
    before,
    after,
    commits: [],
    repository: { full_name: 'octo/app', default_branch: 'main' },
  };
}

/** Runs the Action once; resolves when it exits (async, so a test's HTTP server keeps answering). */
export function runAction(repo: Repo, options: RunOptions = {}): Promise<ActionRun> {
  const work = mkdtempSync(path.join(tmpdir(), 'keyward-runner-'));
  const outputFile = path.join(work, 'output');
  const summaryFile = path.join(work, 'summary.md');
  const eventFile = path.join(work, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}));
  const inputs = {
    mode: 'scan',
    path: '.',
    'fail-on': 'low',
    format: 'sarif',
    'upload-sarif': 'false',
    ...options.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: work,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: work,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_SHA: repo.head(),
    GITHUB_REF: 'refs/heads/main',
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.toUpperCase()}`] = value; // GitHub keeps the hyphen: INPUT_FAIL-ON
    env[`KEYWARD_${name.toUpperCase().replace(/-/g, '_')}`] = value; // the old composite action's variables
  }
  if (options.eventName?.startsWith('pull_request') && !options.env?.['GITHUB_BASE_REF'])
    env['GITHUB_BASE_REF'] = 'main';
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [actionEntry()], { cwd: repo.dir, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => {
      const outputs = parseOutputs(readFileSync(outputFile, 'utf8'));
      const reportPath = outputs['sarif'];
      const report = reportPath && existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : '';
      const summary = readFileSync(summaryFile, 'utf8');
      rmSync(work, { recursive: true, force: true });
      resolve({ status, stdout, stderr, outputs, summary, report });
    });
  });
}

/** `$GITHUB_OUTPUT` in both forms: `name<<DELIMITER` blocks and `name=value` lines. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const block = /^([\w-]+)<<(.+)$/.exec(lines[i]!);
    if (block) {
      const end = lines.indexOf(block[2]!, i + 1);
      outputs[block[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const line = /^([\w-]+)=(.*)$/.exec(lines[i]!);
    if (line) outputs[line[1]!] = line[2]!;
  }
  return outputs;
}
