#!/usr/bin/env node
// Recall and precision of the semantic findings per capability of issue 12, on the labelled cases in cases/.
// Each case is a small project (written to a temporary directory, with fake keys made at run time) and one
// verdict: `leak` (the rule reports `file`, at `line` when given) or `clean` (the rule reports nothing).
//
//   npm run build && node bench/semantic-recall/run.mjs [--json] [--verbose] [--only 6]
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
// KEYWARD_SCANNER: another build's scanner (a checkout of main) to score the same cases with
const scanner = process.env.KEYWARD_SCANNER ?? path.join(here, '../../packages/scanner/dist/index.js');
const { scanTree } = await import(pathToFileURL(path.resolve(scanner)).href);
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--only') ? Number(args[args.indexOf('--only') + 1]) : undefined;

const groups = [];
for (const name of readdirSync(path.join(here, 'cases')).sort()) {
  if (!name.endsWith('.mjs')) continue;
  groups.push((await import(pathToFileURL(path.join(here, 'cases', name)).href)).default);
}

const work = mkdtempSync(path.join(tmpdir(), 'keyward-recall-'));
const rows = [];
const missed = [];
let total = 0;
try {
  for (const group of groups) {
    if (only !== undefined && group.capability !== only) continue;
    const score = { tp: 0, fn: 0, fp: 0, tn: 0 };
    for (const c of group.cases) {
      total++;
      const root = path.join(work, `${group.capability}-${c.id}`);
      for (const [file, text] of Object.entries(c.files())) {
        if (text === undefined) continue; // a scaffold file the case removes
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), text);
      }
      const { findings } = await scanTree({ root, workers: 0 });
      const ofRule = findings.filter((f) => f.ruleId === c.rule);
      const hit = ofRule.some((f) => f.file === c.file && (c.line === undefined || f.line === c.line));
      const right = c.expect === 'leak' ? hit : ofRule.length === 0;
      const cell = c.expect === 'leak' ? (right ? 'tp' : 'fn') : right ? 'tn' : 'fp';
      score[cell]++;
      if (!right)
        missed.push({
          capability: group.capability,
          id: c.id,
          fw: c.fw,
          cell,
          got: ofRule.map((f) => `${f.file}:${f.line}`),
        });
    }
    const recall = score.tp / (score.tp + score.fn || 1);
    const precision = score.tp + score.fp === 0 ? 1 : score.tp / (score.tp + score.fp);
    rows.push({
      capability: group.capability,
      title: group.title,
      cases: group.cases.length,
      ...score,
      recall,
      precision,
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (args.includes('--json')) {
  console.log(JSON.stringify({ total, rows, missed }, null, 2));
} else {
  const pad = (s, n) => String(s).padEnd(n);
  console.log(
    `${pad('#', 3)}${pad('capability', 48)}${pad('cases', 7)}${pad('TP', 4)}${pad('FN', 4)}${pad('FP', 4)}${pad('TN', 4)}${pad('recall', 8)}precision`,
  );
  for (const r of rows)
    console.log(
      `${pad(r.capability, 3)}${pad(r.title, 48)}${pad(r.cases, 7)}${pad(r.tp, 4)}${pad(r.fn, 4)}${pad(r.fp, 4)}${pad(r.tn, 4)}${pad(r.recall.toFixed(2), 8)}${r.precision.toFixed(2)}`,
    );
  const sum = rows.reduce((a, r) => ({ tp: a.tp + r.tp, fn: a.fn + r.fn, fp: a.fp + r.fp, tn: a.tn + r.tn }), {
    tp: 0,
    fn: 0,
    fp: 0,
    tn: 0,
  });
  console.log(
    `   ${pad('all', 48)}${pad(total, 7)}${pad(sum.tp, 4)}${pad(sum.fn, 4)}${pad(sum.fp, 4)}${pad(sum.tn, 4)}${pad((sum.tp / (sum.tp + sum.fn || 1)).toFixed(2), 8)}${(sum.tp / (sum.tp + sum.fp || 1)).toFixed(2)}`,
  );
  if (verbose)
    for (const m of missed)
      console.log(`  ${m.cell.toUpperCase()} ${m.capability}/${m.id} (${m.fw}) got: ${m.got.join(', ') || 'nothing'}`);
}
