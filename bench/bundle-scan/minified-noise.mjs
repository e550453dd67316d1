#!/usr/bin/env node
// False positives of the detectors on real minified code, with and without the low-confidence detectors
// (generic name/entropy, bare JWT): what `keyward bundle` should run on minified assets. Walks the folders
// given (build output, node_modules) for minified .js/.css files and prints every hit (redacted).
//
//   npm run build && node bench/bundle-scan/minified-noise.mjs DIR...
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const core = await import(fileURLToPath(new URL('../../packages/core/dist/index.js', import.meta.url)));
const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.isFile() && /\.(?:[cm]?js|css)$/.test(entry.name)) files.push(full);
  }
};
for (const dir of process.argv.slice(2)) walk(dir);
const all = {};
const highOnly = {};
let count = 0;
let bytes = 0;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue;
  }
  if (!core.looksMinified(text)) continue;
  count++;
  bytes += text.length;
  for (const match of core.scanText(text, { path: file, minified: false })) {
    all[match.detector.id] = (all[match.detector.id] ?? 0) + 1;
    console.log(
      `  all detectors: ${match.detector.id} ${file} ${core.redact(match.secret, match.detector.prefixLength ?? 0)}`,
    );
  }
  for (const match of core.scanText(text, { path: file, minified: true }))
    highOnly[match.detector.id] = (highOnly[match.detector.id] ?? 0) + 1;
}
console.log(`${count} minified files, ${(bytes / 1048576).toFixed(1)} MB`);
console.log('all detectors:', all);
console.log('high-confidence only (what keyward bundle runs on minified code):', highOnly);
