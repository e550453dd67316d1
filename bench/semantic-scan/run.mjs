#!/usr/bin/env node
// Semantic pass cost: `keyward scan` (semantic by default) against `keyward scan --no-semantic` on
//   1. a generated TypeScript monorepo of 2,000 code files (npm workspaces, a tsconfig per package, a shared
//      SDK imported by a client app and a server), and
//   2. real TypeScript code bases from the registry: the sources rxjs and effect ship (src/, 611 files, 8 MB).
// Wall time and peak RSS from GNU time, median of --runs runs after a warm-up. Target: ≤ 30 s and ≤ 2 GB
// for the 2,000 files.
//
//   npm run build && node bench/semantic-scan/run.mjs [--runs 3]
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNpmTools, medianOf, measure, treeSize } from '../lib.mjs';
import { generateApp } from '../eslint-overhead/generate-app.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const work = path.join(repoRoot, 'bench/.work/semantic');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg === -1 ? 3 : Number(process.argv[runsArg + 1]);
const keyward = path.join(repoRoot, 'packages/cli/bin/keyward.js');
mkdirSync(work, { recursive: true });

/** Four workspaces of generated app code, 2,000 code files in all, with tsconfigs and cross-package imports. */
function generateMonorepo(root) {
  rmSync(root, { recursive: true, force: true });
  const workspaces = [
    ['apps/web', 790],
    ['apps/api', 600],
    ['packages/sdk', 300],
    ['packages/ui', 300],
  ];
  writeFileSync(
    path.join(mkdirp(root), 'package.json'),
    JSON.stringify({ name: 'bench-monorepo', private: true, workspaces: ['apps/*', 'packages/*'] }, null, 2),
  );
  writeFileSync(
    path.join(root, 'tsconfig.base.json'),
    JSON.stringify({
      compilerOptions: { strict: true, module: 'ESNext', moduleResolution: 'Bundler', jsx: 'preserve' },
    }),
  );
  for (const [dir, files] of workspaces) {
    const full = mkdirp(path.join(root, dir));
    generateApp(full, files);
    rmSync(path.join(full, 'planted.json'));
    writeFileSync(
      path.join(full, 'package.json'),
      JSON.stringify({ name: `@bench/${path.basename(dir)}`, private: true }),
    );
    writeFileSync(
      path.join(full, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../tsconfig.base.json',
        compilerOptions: { baseUrl: '.', paths: { '~/*': ['./src/*'] } },
      }),
    );
  }
  // the shared SDK: an auth header helper and a debug logger, used by the client app and the server
  const sdk = mkdirp(path.join(root, 'packages/sdk/src'));
  writeFileSync(path.join(sdk, 'index.ts'), "export * from './auth';\nexport * from './debug';\n");
  writeFileSync(
    path.join(sdk, 'auth.ts'),
    'export const authHeader = (key?: string) => ({ Authorization: `Bearer ${key ?? process.env.SDK_SECRET_KEY}` });\n',
  );
  writeFileSync(
    path.join(sdk, 'debug.ts'),
    'export function debugLog(label: string, value: unknown) {\n  console.log(label, value);\n}\n',
  );
  const web = mkdirp(path.join(root, 'apps/web/src'));
  writeFileSync(path.join(root, 'apps/web/index.html'), '<script type="module" src="/src/main.tsx"></script>\n');
  writeFileSync(
    path.join(web, 'main.tsx'),
    "'use client';\nimport { authHeader } from '@bench/sdk';\nexport const headers = authHeader();\n",
  );
  const api = mkdirp(path.join(root, 'apps/api/src'));
  writeFileSync(
    path.join(api, 'server.ts'),
    "import { authHeader, debugLog } from '@bench/sdk';\ndebugLog('headers', authHeader(process.env.API_SECRET_KEY));\n",
  );
}

function mkdirp(dir) {
  mkdirSync(dir, { recursive: true });
  return dir;
}

function codeFiles(root) {
  return treeSize(root);
}

function report(label, root, extra = []) {
  const size = codeFiles(root);
  const semantic = medianOf(runs, () =>
    measure('node', [keyward, 'scan', root, '--format', 'json', '--no-ignore', ...extra], { cwd: root }),
  );
  const text = medianOf(runs, () =>
    measure('node', [keyward, 'scan', root, '--format', 'json', '--no-ignore', '--no-semantic', ...extra], {
      cwd: root,
    }),
  );
  const count = (run) => JSON.parse(run.stdout).findings.length;
  console.log(`${label}: ${size.files} files, ${size.mb.toFixed(1)} MB`);
  console.log(
    `  keyward scan (semantic)   ${semantic.seconds.toFixed(2)} s  peak RSS ${semantic.rssMb.toFixed(0)} MB  ${count(semantic)} findings`,
  );
  console.log(
    `  keyward scan --no-semantic ${text.seconds.toFixed(2)} s  peak RSS ${text.rssMb.toFixed(0)} MB  ${count(text)} findings`,
  );
  return semantic;
}

const monorepo = path.join(work, 'monorepo');
if (!existsSync(path.join(monorepo, 'package.json'))) generateMonorepo(monorepo);
const generated = report('generated monorepo', monorepo);
console.log(`  target ≤ 30 s and ≤ 2048 MB: ${generated.seconds <= 30 && generated.rssMb <= 2048 ? 'met' : 'NOT met'}`);

const real = path.join(work, 'real');
ensureNpmTools(real, ['rxjs@7.8.1', 'effect@3.10.0']);
for (const name of ['rxjs', 'effect'])
  report(`${name} sources (registry)`, path.join(real, 'node_modules', name, 'src'));
