#!/usr/bin/env node
// Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or tool error.
import { statSync } from 'node:fs';

const { run } = await import(freshBundle() ? '../bundle/run.js' : '../dist/run.js');

const result = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  progress: process.stderr.isTTY ? (line) => process.stderr.write(line) : undefined,
  stdin: process.stdin.isTTY ? undefined : readStdin,
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;

/** Reads piped input up to `maxBytes` (a scan reports more than its size limit as too large, not all of it). */
async function readStdin(maxBytes) {
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= maxBytes) break;
  }
  return Buffer.concat(chunks).subarray(0, maxBytes);
}

/**
 * The bundle (scripts/bundle.mjs) starts ~40 ms faster than the ~100 compiled modules it is made of. It is used
 * when it exists and no package was compiled after it (a `tsc -b` alone leaves it stale); in a published
 * package there are no build-info files and the bundle is the build.
 */
function freshBundle() {
  const mtime = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const bundle = mtime('../bundle/run.js');
  if (bundle === 0) return false;
  return ['../../core/tsconfig.tsbuildinfo', '../../scanner/tsconfig.tsbuildinfo', '../tsconfig.tsbuildinfo'].every(
    (info) => mtime(info) <= bundle,
  );
}
