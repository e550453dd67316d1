#!/usr/bin/env node
// Bounded memory and odd bytes on hostile input, before and after, measured back to back in one run:
//   - `keyward staged` with a 1 GB blob staged (over maxFileSize: reported from its size);
//   - `keyward history --all` over a commit that added a 200 MB file;
//   - `keyward scan` of 100 binary files of 4 MB each (judged from their head);
//   - `keyward scan --workers 64` of 6,000 small files on this machine's cores;
//   - keys hidden by odd bytes: a NUL or a Latin-1 byte in a .ts file, a lone-CR file, a `-diff` attribute.
// "before" is a build of the revision given with --before (default: the parent of this branch's first commit
// that is not on main), made in bench/.work.
//
//   npm run build && node bench/hostile-input/run.mjs [--before REV] [--runs 3]
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRevision, measure } from '../lib.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const work = path.join(repoRoot, 'bench/.work/hostile');
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
const runs = Number(option('--runs', '3'));
const before = option(
  '--before',
  execFileSync('git', ['-C', repoRoot, 'merge-base', 'HEAD', 'main'], { encoding: 'utf8' }).trim(),
);
mkdirSync(work, { recursive: true });
const beforeDir = buildRevision(repoRoot, before, path.join(work, `build-${before.slice(0, 12)}`));
const bins = {
  before: path.join(beforeDir, 'packages/cli/bin/keyward.js'),
  after: path.join(repoRoot, 'packages/cli/bin/keyward.js'),
};

const key = (n) => `lmif_live_${'Qx7Rv2Lp9Zt4Wm6Nb8Kc3Hd5Jf1Gs0Ya'.slice(n % 8)}${'AbCdEfGh'.slice(0, n % 8)}`;
function repo(name, setup) {
  const dir = path.join(work, name);
  if (existsSync(path.join(dir, '.git'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const git = (...args) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'bench@example.invalid');
  git('config', 'user.name', 'bench');
  setup(dir, git);
  return dir;
}
/** A text file of `mb` megabytes written in 1 MB chunks. */
function bigText(file, mb) {
  const chunk = Buffer.from(`${'x'.repeat(99)}\n`.repeat(10486));
  const fd = openSync(file, 'w');
  for (let i = 0; i < mb; i++) writeSync(fd, chunk);
  closeSync(fd);
}

const stagedRepo = repo('staged-1g', (dir, git) => {
  bigText(path.join(dir, 'huge.log'), 1024);
  writeFileSync(path.join(dir, 'small.ts'), `export const k = "${key(1)}";\n`);
  git('-c', 'core.compression=0', '-c', 'core.looseCompression=0', 'add', '.');
});
const historyRepo = repo('history-200m', (dir, git) => {
  bigText(path.join(dir, 'dump.sql'), 200);
  writeFileSync(path.join(dir, 'small.ts'), `export const k = "${key(2)}";\n`);
  git('-c', 'core.compression=1', 'add', '.');
  git('commit', '-qm', 'big', '--no-verify');
  rmSync(path.join(dir, 'dump.sql'));
});
const binaryRepo = repo('binary-400m', (dir, git) => {
  let seed = 7;
  const chunk = Buffer.alloc(4 << 20);
  for (let file = 0; file < 100; file++) {
    for (let i = 0; i < chunk.length; i++) chunk[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    writeFileSync(path.join(dir, `blob-${file}.bin`), chunk);
  }
  writeFileSync(path.join(dir, 'small.ts'), `export const k = "${key(3)}";\n`);
  git('add', 'small.ts');
});
const manyRepo = repo('many-6000', (dir, git) => {
  mkdirSync(path.join(dir, 'src'));
  for (let i = 0; i < 6000; i++) writeFileSync(path.join(dir, 'src', `m${i}.ts`), `export const v${i} = ${i};\n`);
  git('add', '.');
});
const oddRepo = repo('odd-bytes', (dir, git) => {
  writeFileSync(
    path.join(dir, 'latin1.ts'),
    Buffer.concat([Buffer.from('// caf\xe9\n', 'latin1'), Buffer.from(`export const a = "${key(4)}";\n`)]),
  );
  writeFileSync(path.join(dir, 'nul.ts'), `export const b = "${key(5)}"; // \0\n`);
  writeFileSync(path.join(dir, 'mac.ts'), `// one\r// keyward-ignore (line 2)\rexport const c = "${key(6)}";\r`);
  writeFileSync(path.join(dir, '.gitattributes'), '*.cfg -diff\n');
  writeFileSync(path.join(dir, 'app.cfg'), `token = "${key(7)}"\n`);
  git('add', '.');
  git('commit', '-qm', 'odd', '--no-verify');
});

const cases = [
  ['staged, 1 GB blob staged (maxFileSize 5 MB)', stagedRepo, ['staged', '--format', 'json', '--no-semantic']],
  ['history --all, a commit adding 200 MB', historyRepo, ['history', '--all', '--format', 'json']],
  ['scan, 100 binary files × 4 MB', binaryRepo, ['scan', '--no-ignore', '--no-semantic', '--format', 'json']],
  ['scan --workers 64, 6,000 files', manyRepo, ['scan', '--workers', '64', '--no-semantic', '--format', 'json']],
];

console.log(`before: ${before.slice(0, 12)} (${beforeDir}); after: this checkout; ${runs} runs each, medians\n`);
console.log('| case | side | wall | peak RSS | exit | findings |');
console.log('|---|---|---|---|---|---|');
for (const [label, cwd, args] of cases) {
  for (const side of ['before', 'after']) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(measure(process.execPath, [bins[side], ...args], { cwd }));
    samples.sort((a, b) => a.seconds - b.seconds);
    const mid = samples[Math.floor(samples.length / 2)];
    let findings = '?';
    try {
      findings = String(JSON.parse(mid.stdout).findings.length);
    } catch {
      findings = 'no report';
    }
    console.log(
      `| ${label} | ${side} | ${mid.seconds.toFixed(2)} s | ${mid.rssMb.toFixed(0)} MB | ${mid.status} | ${findings} |`,
    );
  }
}

console.log(
  '\nKeys behind odd bytes (4 planted: Latin-1 byte, NUL byte, lone-CR file with a keyward-ignore on another line, `-diff` attribute):\n',
);
console.log('| side | scan finds | at | history finds |');
console.log('|---|---|---|---|');
for (const side of ['before', 'after']) {
  const report = (...args) =>
    JSON.parse(
      spawnSync(process.execPath, [bins[side], ...args, '--format', 'json'], { cwd: oddRepo, encoding: 'utf8' }).stdout,
    );
  const scan = report('scan', '--no-semantic');
  const history = report('history', '--all');
  const keys = (report) => report.findings.filter((f) => f.ruleId === 'no-hardcoded-key');
  console.log(
    `| ${side} | ${keys(scan).length} | ${keys(scan)
      .map((f) => `${f.file}:${f.line}`)
      .join(', ')} | ${keys(history).length} |`,
  );
}
