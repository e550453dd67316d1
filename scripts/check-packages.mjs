#!/usr/bin/env node
// Checks what each package would publish, from the tarball `npm pack` makes (run after `npm run build`):
// - every module its JavaScript and declaration files load is a dependency or peer dependency of that package
//   (the CLI bundle leaves dependencies external, so a dependency of core or scanner used by the bundle must be
//   the CLI's own: a strict installer such as pnpm does not hoist it where the bundle looks);
// - a LICENSE and a README are in the tarball;
// - publint finds nothing, not even a suggestion;
// - arethetypeswrong finds nothing under its esm-only profile: the packages are ES modules, and `require()` of
//   them works on the Node versions their engines allow (20.19+), so only CommonJS resolution is left out.
// Part of `npm run lint`. Exit 1 with one line per problem.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { problemKindInfo } from '@arethetypeswrong/core/problems';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { undeclaredImports } from './package-imports.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../', import.meta.url));
const PACKAGES = ['core', 'flow', 'scanner', 'eslint-plugin', 'cli'];
// attw's esm-only profile: resolution from CommonJS (node16-cjs) and the pre-exports resolver (node10) left out
const IGNORED_RESOLUTIONS = ['node10', 'node16-cjs'];

const out = mkdtempSync(path.join(tmpdir(), 'keyward-pack-'));
try {
  // one `npm pack` for all five: each npm start costs about half a second
  const workspaces = PACKAGES.flatMap((name) => ['-w', `packages/${name}`]);
  const { stdout } = await run(
    'npm',
    ['pack', ...workspaces, '--json', '--ignore-scripts', '--pack-destination', out],
    {
      cwd: root,
      maxBuffer: 1 << 26,
    },
  );
  const packed = JSON.parse(stdout);
  const problems = (await Promise.all(PACKAGES.map((name, index) => check(name, packed[index])))).flat();
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exitCode = 1;
  else
    console.log(`check-packages: ${PACKAGES.length} packages clean (declared imports, LICENSE, README, publint, attw)`);
} finally {
  rmSync(out, { recursive: true, force: true });
}

async function check(name, packed) {
  const dir = path.join(root, 'packages', name);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (packed.name !== pkg.name) throw new Error(`npm pack listed ${packed.name} where ${pkg.name} was expected`);
  const files = packed.files.map((file) => file.path);
  const problems = [...undeclaredImports(pkg, dir, files), ...missingFiles(files)];

  // publint reads the packed files only, so a file package.json names that npm leaves out is one it cannot find
  const pack = {
    files: files.map((file) => ({ name: path.join(dir, file), data: readFileSync(path.join(dir, file)) })),
  };
  const lint = await publint({ pkgDir: dir, level: 'suggestion', strict: true, pack });
  for (const message of lint.messages) problems.push(`publint: ${formatMessage(message, pkg, { color: false })}`);

  // attw in this process (TypeScript loaded once, not once per package); `npx attw --pack packages/<name>
  // --profile esm-only` prints the same checks as a table
  const analysis = await checkPackage(createPackageFromTarballData(readFileSync(path.join(out, packed.filename))));
  if (!analysis.types) problems.push('attw: no type declarations');
  for (const problem of analysis.problems) {
    if ('resolutionKind' in problem && IGNORED_RESOLUTIONS.includes(problem.resolutionKind)) continue;
    const where = [problem.entrypoint, problem.resolutionKind].filter(Boolean).join(', ');
    problems.push(`attw: ${problemKindInfo[problem.kind].description}${where ? ` (${where})` : ''}`);
  }
  return problems.map((problem) => `${pkg.name}: ${problem}`);
}

function missingFiles(files) {
  return ['LICENSE', 'README.md']
    .filter((file) => !files.includes(file))
    .map((file) => `${file} is not in the tarball`);
}
