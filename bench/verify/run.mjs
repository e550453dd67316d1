#!/usr/bin/env node
// Time added by --verify: a tree of N files with N distinct keys spread over every verifier that has a key
// maker, scanned with and without --verify against loopback vendors (one server per verifier), medians of
// --runs each, back to back. Reports requests per run (the CLI's summary and the vendors' count).
//   npm run build && node bench/verify/run.mjs [--keys 100] [--runs 5] [--latency-ms 0] [--only lensmor,github]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { get } from 'node:http';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifiers, verifyUrlVariable } from '../../packages/core/dist/index.js';
import { measure } from '../lib.mjs';
import { generator, KEY_FILES } from './keys.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
};
const keys = Number(arg('keys', 100));
const runs = Number(arg('runs', 5));
const latency = Number(arg('latency-ms', 0));
const bin = path.join(here, '../../packages/cli/bin/keyward.js');
// outside this repository, so its .gitignore (which ignores bench/.work) does not hide the tree
const tree = mkdtempSync(path.join(tmpdir(), 'keyward-verify-bench-'));

const only = arg('only', '').split(',').filter(Boolean);
const makers = verifiers.filter((v) => KEY_FILES[v.id] && (only.length === 0 || only.includes(v.id)));
const c = generator(2026);
for (let i = 0; i < keys; i++) {
  const verifier = makers[i % makers.length];
  writeFileSync(path.join(tree, `${String(i).padStart(3, '0')}-${verifier.id}.ts`), KEY_FILES[verifier.id](c));
}
// every file must hold exactly one key its verifier will send, or the figures would not be of N keys
{
  const { scanText, verifierFor } = await import('../../packages/core/dist/index.js');
  const { readdirSync, readFileSync } = await import('node:fs');
  for (const file of readdirSync(tree)) {
    const found = scanText(readFileSync(path.join(tree, file), 'utf8'), { path: file }).filter((m) =>
      verifierFor(m.detector.id),
    );
    if (found.length !== 1) throw new Error(`${file}: ${found.length} verifiable keys`);
  }
}

const vendors = spawn(process.execPath, [path.join(here, 'vendors.mjs'), '--latency-ms', String(latency)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const { ports, control } = JSON.parse(
  await new Promise((resolve) => createInterface({ input: vendors.stdout }).once('line', resolve)),
);
const env = { ...process.env };
for (const verifier of verifiers) env[verifyUrlVariable(verifier.provider)] = `http://127.0.0.1:${ports[verifier.id]}`;
// a fresh connection each time: the timed runs block this process, so a pooled one may have been closed
const count = () =>
  new Promise((resolve, reject) =>
    get({ host: '127.0.0.1', port: control, path: '/count', agent: false }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve(Number(body)));
    }).on('error', reject),
  );

const scan = (verify) =>
  measure(process.execPath, [bin, 'scan', tree, '--no-semantic', '--format', 'json', ...(verify ? ['--verify'] : [])], {
    env,
  });
// warm-up, then alternate plain and verified runs so both see the same machine load
scan(false);
scan(true);
const plain = [];
const verified = [];
const requests = [];
for (let run = 0; run < runs; run++) {
  plain.push(scan(false));
  const before = await count();
  const result = scan(true);
  verified.push(result);
  const summary = JSON.parse(result.stdout).summary.verification;
  requests.push({ cli: summary.requests, received: (await count()) - before, keys: summary.keys, live: summary.live });
}
vendors.kill();
rmSync(tree, { recursive: true, force: true });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p = median(plain.map((r) => r.seconds));
const v = median(verified.map((r) => r.seconds));
console.log(
  `keys ${keys} over ${makers.length} verifiers (${makers.map((m) => m.id).join(', ')}); vendor latency ${latency} ms; ${runs} runs`,
);
console.log(
  `requests per run: ${[...new Set(requests.map((r) => `${r.cli} sent / ${r.received} received, ${r.keys} keys, ${r.live} live`))].join('; ')}`,
);
console.log(`scan median ${p.toFixed(2)} s; scan --verify median ${v.toFixed(2)} s; added ${(v - p).toFixed(2)} s`);
console.log(
  `| ${keys} | ${makers.length} | ${latency} ms | ${requests[0].cli} | ${p.toFixed(2)} s | ${v.toFixed(2)} s | ${(v - p).toFixed(2)} s |`,
);
