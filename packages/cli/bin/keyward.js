#!/usr/bin/env node
// Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or tool error.
import { run } from '../dist/run.js';

const result = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  progress: process.stderr.isTTY ? (line) => process.stderr.write(line) : undefined,
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
