#!/usr/bin/env node
// Issue #15 target 1: the default `keyward scan` (semantic pass on) against `keyward scan --no-semantic` of the
// same real app, ratio taken pair by pair in the same run, and the default scan's peak RSS (GNU time's maximum
// resident set of the process: worker threads share it). The apps are third-party code on disk for measurement
// only (/work/corpora/{dub,outline,excalidraw}); nothing of them is committed.
//
//   npm run build && node bench/real-apps/run.mjs [--runs 3] [--apps dub,outline,excalidraw] [--before <rev>]
//
// With --before, a build of that revision (bench/.work/rev-<rev>) is measured in the same run, interleaved.
// Each run alternates the variants (text, default, [before text, before default]) so load from other processes
// on a shared machine falls on all of them alike; the table gives medians, and the ratio is the median of the
// per-run ratios (of wall times, and of CPU times: on a shared machine the CPU ratio is the steadier one).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { buildRevision, measure, treeSize } from '../lib.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
const runs = Number(arg('--runs', '3'));
const apps = arg('--apps', 'dub,outline,excalidraw').split(',');
const corpora = arg('--corpora', '/work/corpora');
const before = arg('--before', undefined);

const builds = [['this build', repoRoot]];
if (before) {
  const sha = execFileSync('git', ['-C', repoRoot, 'rev-parse', '--short', before], { encoding: 'utf8' }).trim();
  builds.push([`before (${sha})`, buildRevision(repoRoot, sha, path.join(repoRoot, `bench/.work/rev-${sha}`))]);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const scan = (build, app, semantic) =>
  measure(
    process.execPath,
    [
      path.join(build, 'packages/cli/bin/keyward.js'),
      'scan',
      '.',
      ...(semantic ? [] : ['--no-semantic']),
      '--format',
      'json',
      '--output',
      '/dev/null',
    ],
    { cwd: app },
  );

console.log(
  `| app | build | text scan (wall / CPU / RSS) | default scan (wall / CPU / RSS) | default ÷ text (wall) | (CPU) |`,
);
console.log(`|---|---|---|---|---|---|`);
for (const name of apps) {
  const app = path.join(corpora, name);
  if (!existsSync(app)) {
    console.log(`| ${name} | missing: ${app} | | | |`);
    continue;
  }
  const size = treeSize(app);
  const samples = builds.map(() => ({ text: [], full: [], ratio: [], cpuRatio: [] }));
  for (const [, build] of builds) scan(build, app, true); // warm-up: page cache, V8 code cache
  for (let run = 0; run < runs; run++) {
    builds.forEach(([, build], i) => {
      const text = scan(build, app, false);
      const full = scan(build, app, true);
      if (full.status > 1 || text.status > 1) throw new Error(`${name}: scan failed\n${full.stderr}${text.stderr}`);
      samples[i].text.push(text);
      samples[i].full.push(full);
      samples[i].ratio.push(full.seconds / text.seconds);
      samples[i].cpuRatio.push(full.cpu / text.cpu);
    });
  }
  builds.forEach(([label], i) => {
    const { text, full, ratio, cpuRatio } = samples[i];
    const cell = (list) =>
      `${median(list.map((s) => s.seconds)).toFixed(2)} s / ${median(list.map((s) => s.cpu)).toFixed(2)} s / ${Math.round(median(list.map((s) => s.rssMb)))} MB`;
    console.log(
      `| ${name} (${size.files} files, ${size.mb.toFixed(1)} MB) | ${label} | ${cell(text)} | ${cell(full)} | ${median(ratio).toFixed(1)}× | ${median(cpuRatio).toFixed(1)}× |`,
    );
  });
}
console.log(
  `\n${runs} runs per variant after a warm-up; load average at the end: ${execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).trim()}`,
);
