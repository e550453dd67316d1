#!/usr/bin/env node
// The GitHub Action's body: runs keyward in the chosen mode, writes the report, annotates findings on
// changed lines, and sets the `findings`, `sarif` and `exit-code` outputs. It always exits 0 so the SARIF
// upload step still runs; the action's last step fails the check from `exit-code`.
import { appendFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { run } from '../packages/cli/dist/run.js';

const env = process.env;
const cwd = env.GITHUB_WORKSPACE || process.cwd();
const mode = env.KEYWARD_MODE || 'scan';
const format = env.KEYWARD_FORMAT || 'sarif';
const report = path.join(env.RUNNER_TEMP || cwd, `keyward.${format === 'text' ? 'txt' : format}`);
const git = (...args) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });

function base() {
  if (env.KEYWARD_BASE) return env.KEYWARD_BASE;
  if (env.GITHUB_BASE_REF) return `origin/${env.GITHUB_BASE_REF}`;
  return undefined;
}

/** Changed lines per file against the base, for annotating only what the pull request touched. */
function changedLines(from) {
  const lines = new Map();
  let file;
  for (const raw of git('diff', '-U0', '--no-color', '--no-renames', `${from}...HEAD`).split('\n')) {
    if (raw.startsWith('+++ ')) file = raw === '+++ /dev/null' ? undefined : raw.slice(6).replace(/\t$/, '');
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(raw);
    if (hunk && file) {
      const set = lines.get(file) ?? new Set();
      const start = Number(hunk[1]);
      for (let i = 0; i < (hunk[2] === undefined ? 1 : Number(hunk[2])); i++) set.add(start + i);
      lines.set(file, set);
    }
  }
  return lines;
}

function command() {
  const from = base();
  if (mode === 'scan') return ['scan', ...(env.KEYWARD_PATH || '.').split(/\s+/).filter(Boolean)];
  if (mode === 'diff') {
    const files = git('diff', '--name-only', '-z', '--diff-filter=ACMR', from ? `${from}...HEAD` : 'HEAD~1')
      .split('\0')
      .filter(Boolean);
    return files.length ? ['scan', ...files] : undefined;
  }
  if (mode === 'history') return from ? ['history', '--since', from] : ['history', '--all'];
  throw new Error(`unknown mode "${mode}" (scan, diff or history)`);
}

function output(name, value) {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`);
  else console.log(`${name}=${value}`);
}

const escapeData = (text) => String(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
const LEVEL = { high: 'error', medium: 'warning', low: 'notice' };

const argv = command();
const common = [
  '--fail-on',
  env.KEYWARD_FAIL_ON || 'low',
  ...(env.KEYWARD_CONFIG ? ['--config', env.KEYWARD_CONFIG] : []),
  ...(env.KEYWARD_BASELINE ? ['--baseline', env.KEYWARD_BASELINE] : []),
];
let exitCode = 0;
let findings = [];
if (argv) {
  const context = { cwd, env: {} };
  const written = await run([...argv, ...common, '--format', format, '--output', report, '--quiet'], context);
  const json = await run([...argv, ...common, '--format', 'json', '--quiet'], context);
  if (written.exitCode === 2 || json.exitCode === 2) {
    process.stderr.write(written.stderr || json.stderr);
    output('exit-code', 2);
    output('findings', 0);
    process.exit(0);
  }
  exitCode = json.exitCode;
  findings = JSON.parse(json.stdout).findings;
  output('sarif', report);
} else {
  console.log('keyward: no changed files to scan');
}
const onlyChanged = mode !== 'scan' && base() && env.GITHUB_EVENT_NAME?.startsWith('pull_request');
const changed = onlyChanged ? changedLines(base()) : undefined;
for (const finding of findings) {
  if (changed && !(finding.commit || changed.get(finding.file)?.has(finding.line))) continue;
  const title = finding.detectorId ? `keyward ${finding.ruleId}/${finding.detectorId}` : `keyward ${finding.ruleId}`;
  console.log(
    `::${LEVEL[finding.severity] ?? 'warning'} file=${escapeProperty(finding.file)},line=${finding.line},col=${finding.column},endLine=${finding.endLine},endColumn=${finding.endColumn},title=${escapeProperty(title)}::${escapeData(finding.message)}`,
  );
}
if (env.GITHUB_STEP_SUMMARY) {
  const rows = findings.map(
    (f) => `| \`${f.file}:${f.line}\` | ${f.severity} | ${f.detectorId ?? f.ruleId} | ${f.redacted} |`,
  );
  appendFileSync(
    env.GITHUB_STEP_SUMMARY,
    `### keyward (${mode})\n\n${findings.length} finding(s).\n\n${rows.length ? `| where | severity | detector | value |\n|---|---|---|---|\n${rows.join('\n')}\n` : ''}`,
  );
}
output('findings', findings.length);
output('exit-code', exitCode);
