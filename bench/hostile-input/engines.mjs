#!/usr/bin/env node
// Which engine for user regexes (issue #11 point 3): V8's backtracking RegExp, RE2JS (pure JS) and re2-wasm,
// on the two patterns the old safety check let through, on a typical custom detector over 1 MB, and on
// allow-list tests. re2-wasm is installed into bench/.work for this comparison only.
//
//   node bench/hostile-input/engines.mjs
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNpmTools } from '../lib.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const prefix = path.join(repo, 'bench/.work/engines');
ensureNpmTools(prefix, ['re2-wasm@1.0.2']);
const { RE2JS } = createRequire(path.join(repo, 'packages/core/package.json'))('re2js');
const { RE2 } = createRequire(path.join(prefix, 'package.json'))('re2-wasm');

const time = (fn, runs = 1) => {
  const started = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - started) / runs;
};
const rows = [];
const row = (what, v8, re2js, wasm) => rows.push(`| ${what} | ${v8} | ${re2js} | ${wasm} |`);
const ms = (value) =>
  value < 1 ? `${value.toFixed(3)} ms` : value < 1000 ? `${value.toFixed(1)} ms` : `${(value / 1000).toFixed(1)} s`;

for (const [source, lengths] of [
  ['acme_(\\w?\\w?)+!', [14, 16, 18]],
  ['acme_(?:.?){40}!', [4, 6, 8]],
]) {
  const v8 = lengths.map((n) => `${n}: ${ms(time(() => new RegExp(source).test('acme_' + 'a'.repeat(n))))}`).join(', ');
  const input = 'acme_' + 'a'.repeat(30);
  RE2JS.compile(source).test(input); // warm-up
  new RE2(source, 'u').test(input);
  row(
    `\`${source}\` on "acme_" + n × "a"`,
    v8 + ' (exponential)',
    `30: ${ms(time(() => RE2JS.compile(source).test(input), 20))}; 100,000: ${ms(time(() => RE2JS.compile(source).test('acme_' + 'a'.repeat(1e5))))}`,
    `30: ${ms(time(() => new RE2(source, 'u').test(input), 20))}`,
  );
}

const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
let text = '';
for (let i = 0; text.length < 1e6; i++)
  text +=
    i % 20 === 0
      ? `const k = "acme_${Array.from({ length: 32 }, (_, j) => ALNUM[(i * 7 + j * 13) % 36]).join('')}";\n`
      : 'function foo(bar) { return bar * 2; } // a line of code\n';
const scanV8 = new RegExp('acme_[a-z0-9]{32}', 'g');
const scanRe2js = RE2JS.compile('acme_[a-z0-9]{32}');
const scanWasm = new RE2('acme_[a-z0-9]{32}', 'gu');
row(
  'custom detector `acme_[a-z0-9]{32}` over 1 MB (whole text)',
  ms(time(() => text.match(scanV8), 10)),
  ms(
    time(() => {
      const m = scanRe2js.matcher(text);
      while (m.find());
    }, 3),
  ),
  ms(
    time(() => {
      scanWasm.lastIndex = 0;
      while (scanWasm.exec(text));
    }, 1),
  ),
);
const secrets = Array.from({ length: 10_000 }, (_, i) => `sk_test_${i.toString(36).padStart(24, 'q')}`);
const allowV8 = /^sk_test_[a-z0-9]+$/;
const allowRe2js = RE2JS.compile('^sk_test_[a-z0-9]+$');
const allowWasm = new RE2('^sk_test_[a-z0-9]+$', 'u');
row(
  'allow-list `/^sk_test_[a-z0-9]+$/`, 10,000 tests',
  ms(time(() => secrets.forEach((s) => allowV8.test(s)), 10)),
  ms(time(() => secrets.forEach((s) => allowRe2js.test(s)), 10)),
  ms(time(() => secrets.forEach((s) => allowWasm.test(s)), 10)),
);
console.log('| case | V8 RegExp | RE2JS 2.10 | re2-wasm 1.0.2 |\n|---|---|---|---|\n' + rows.join('\n'));
