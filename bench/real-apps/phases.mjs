#!/usr/bin/env node
// Issue #15 target 1, where the semantic pass goes: its phases run one after the other in this thread, as the
// worker runs them (read and decode the code files; parse them, linking parents and building each module's
// index in one walk; the flow engine over all modules, which parses them again as it reaches them), with the CPU time of each and the live heap after it (a
// full GC first). The trees' share of memory is the heap growth of the parse phase. Without the text scan's key
// matches, so the finding count is lower than a scan's. The apps are third-party code on disk for measurement
// only; nothing of them is committed.
//
//   npm run build && node --expose-gc bench/real-apps/phases.mjs [--apps dub,outline,excalidraw]
import path from 'node:path';
import { existsSync } from 'node:fs';
import { discover } from '../../packages/scanner/dist/discover.js';
import { isSemanticSource } from '../../packages/scanner/dist/semantic/sources.js';
import { readText } from '../../packages/scanner/dist/read-text.js';
import { analyseParsed } from '../../packages/scanner/dist/semantic/index.js';
import { codeOf, parseModule } from '../../packages/flow/dist/index.js';
import { DEFAULT_CONFIG, isGeneratedPath, looksMinified } from '../../packages/core/dist/index.js';

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
const apps = arg('--apps', 'dub,outline,excalidraw').split(',');
const corpora = arg('--corpora', '/work/corpora');
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const heapMb = () => {
  globalThis.gc();
  return process.memoryUsage().heapUsed / 1e6;
};

console.log('| app | modules | read + decode | parse + link + index | flow engine | heap: before / trees / engine |');
console.log('|---|---|---|---|---|---|');
for (const name of apps) {
  const root = path.join(corpora, name);
  if (!existsSync(root)) {
    console.log(`| ${name} | missing: ${root} | | | | |`);
    continue;
  }
  const { files } = await discover({ root });
  const heap0 = heapMb();
  let t = cpu();
  const texts = [];
  for (const file of files) {
    if (!isSemanticSource(file) || isGeneratedPath(file) || /\.min\.[cm]?js$/.test(file)) continue;
    const read = readText(path.join(root, file), 1024 * 1024);
    if ('text' in read && !looksMinified(read.text)) texts.push([file, read.text]);
  }
  const read = cpu() - t;
  const heap1 = heapMb();
  t = cpu();
  const parsed = [];
  for (const [file, text] of texts) {
    const node = parseModule(file, text, undefined, { index: true });
    if (node) parsed.push({ file, node });
  }
  const parse = cpu() - t;
  const heap2 = heapMb();
  // the engine parses again as its walk reaches each module (flow's module store): the trees above are dropped first
  const code = texts.flatMap(([file, text]) => {
    const found = codeOf(file, text);
    return found ? [{ file, ...found }] : [];
  });
  parsed.length = 0;
  const heap3base = heapMb();
  t = cpu();
  analyseParsed({ options: { root, files, config: DEFAULT_CONFIG }, code }, new Map());
  const engine = cpu() - t;
  const heap3 = heapMb() - heap3base + heap2;
  console.log(
    `| ${name} | ${code.length} | ${read.toFixed(2)} s | ${parse.toFixed(2)} s | ${engine.toFixed(2)} s | ${Math.round(heap0)} MB / +${Math.round(heap2 - heap1)} MB / +${Math.round(heap3 - heap2)} MB |`,
  );
}
