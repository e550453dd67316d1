import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Finding } from '@keyward/core';
import { scanTree } from '../src/index.js';

/** A trace as `file:line label` lines, to compare paths at a glance. */
const steps = (finding: Finding | undefined) =>
  finding?.trace?.map((step) => `${step.file}:${step.line} ${step.label}`);

const spa = fileURLToPath(new URL('../../../test-fixtures/vite-spa', import.meta.url));

describe('no-client-side-key by reachability (semantic pass)', () => {
  it('follows index.html → static and dynamic imports, stops at server-only, and reports with the import chain', async () => {
    const result = await scanTree({ root: spa, workers: 0, semantic: true });
    // components are entries of their own (their cases are in the fixture's expected.json)
    const client = result.findings.filter(
      (f) => f.ruleId === 'no-client-side-key' && f.file !== 'vite.config.ts' && !/\.(?:vue|svelte)$/.test(f.file),
    );
    expect(client.map((f) => [f.file, f.line, f.column, steps(f)])).toEqual([
      [
        'src/api/lensmor.ts',
        4,
        41,
        [
          'src/main.tsx:2 imports src/App.tsx',
          'src/App.tsx:2 imports src/api/lensmor.ts',
          'src/api/lensmor.ts:4 reads import.meta.env.LENSMOR_API_KEY',
        ],
      ],
      // in a Vite app's src/ though nothing imports it (a provider word does not make it public)
      ['src/lib/firebase.ts', 6, 31, ['src/lib/firebase.ts:6 reads import.meta.env.FIREBASE_SERVICE_ACCOUNT_KEY']],
      [
        'src/pages/Settings.tsx',
        1,
        19,
        [
          'src/main.tsx:2 imports src/App.tsx',
          'src/App.tsx:7 imports src/pages/Settings.tsx',
          'src/pages/Settings.tsx:1 holds the key',
        ],
      ],
    ]);
    // the message names the entry; the path is data, in the trace
    expect(client[0]!.message).toContain(
      'import.meta.env.LENSMOR_API_KEY is read in src/api/lensmor.ts, which the browser loads through src/main.tsx (a script an HTML page loads)',
    );
    expect(client[0]!.message).not.toContain('→');
    expect(client[1]!.message).not.toMatch(/lmif_live_[A-Za-z0-9]{10}/);
  });

  it('runs by default, and semantic: false gives the text scan alone', async () => {
    expect((await scanTree({ root: spa, workers: 0 })).findings.some((f) => f.ruleId === 'no-client-side-key')).toBe(
      true,
    );
    const result = await scanTree({ root: spa, workers: 0, semantic: false });
    expect(result.findings.filter((f) => f.ruleId === 'no-client-side-key')).toEqual([]);
  });
});

describe('Next.js entries', () => {
  it("treats pages/ (not pages/api) and 'use client' modules as entries only in a Next.js project", async () => {
    const { mkdtempSync, mkdirSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const root = mkdtempSync(path.join(tmpdir(), 'keyward-next-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    try {
      write(
        'pages/index.tsx',
        "import { call } from '../lib/call';\nexport default function Home() { call(); return null; }\n",
      );
      write(
        'pages/api/lmif.ts',
        "import { call } from '../../lib/server-call';\nexport default function handler() { return call(); }\n",
      );
      write(
        'lib/call.ts',
        'export const call = () => fetch(u, { headers: { Authorization: `Bearer ${process.env.LMIF_API_KEY}` } });\n',
      );
      write('lib/server-call.ts', 'export const call = () => process.env.STRIPE_SECRET_KEY;\n');
      write('app/widget.tsx', "'use client';\nimport { stamp } from './stamp';\nexport const W = () => stamp;\n");
      write('app/stamp.ts', "import 'server-only';\nexport const stamp = process.env.ACME_TOKEN;\n");
      const withoutNext = await scanTree({ root, workers: 0, semantic: true });
      expect(withoutNext.findings.filter((f) => f.ruleId === 'no-client-side-key')).toEqual([]);
      write('next.config.mjs', 'export default {};\n');
      const result = await scanTree({ root, workers: 0, semantic: true });
      expect(
        result.findings.filter((f) => f.ruleId === 'no-client-side-key').map((f) => [f.file, f.line, steps(f)]),
      ).toEqual([
        ['lib/call.ts', 1, ['pages/index.tsx:1 imports lib/call.ts', 'lib/call.ts:1 reads process.env.LMIF_API_KEY']],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('no-logged-credential across files (semantic pass)', () => {
  it('follows exports, imports and return values into loggers, with the path from source to sink', async () => {
    const service = fileURLToPath(new URL('../../../test-fixtures/node-service', import.meta.url));
    const result = await scanTree({ root: service, workers: 0, semantic: true });
    const logged = result.findings.filter((f) => f.ruleId === 'no-logged-credential');
    const trace = (file: string, line: number) => steps(logged.find((f) => f.file === file && f.line === line));
    expect(trace('src/audit.ts', 2)).toEqual([
      'src/http.ts:6 the Authorization header',
      'src/routes.ts:23 calls authHeaders()',
      'src/routes.ts:24 passes it to audit(details)',
      'src/audit.ts:2 console.log(…)',
    ]);
    expect(trace('src/routes.ts', 11)).toEqual([
      'src/http.ts:6 the Authorization header',
      'src/routes.ts:10 calls authHeaders()',
      'src/routes.ts:11 logger.info(…)',
    ]);
    expect(trace('src/routes.ts', 19)).toEqual([
      'src/config.ts:1 process.env.LMIF_API_KEY',
      'src/routes.ts:3 imports LMIF_KEY',
      'src/routes.ts:19 console.debug(…)',
    ]);
    const message = logged.find((f) => f.file === 'src/routes.ts' && f.line === 11)!.message;
    expect(message).toBe(
      'The Authorization header reaches logger.info. Log a redacted value instead, and rotate any key that was logged.',
    );
  });
});

describe('build configuration crossings (semantic pass)', () => {
  it('reports secrets given to Vite define, webpack DefinePlugin/EnvironmentPlugin and next.config env', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const root = mkdtempSync(path.join(tmpdir(), 'keyward-build-'));
    try {
      writeFileSync(
        path.join(root, 'webpack.config.js'),
        "const webpack = require('webpack');\nmodule.exports = { plugins: [new webpack.DefinePlugin({ 'process.env.TOKEN': JSON.stringify(process.env.GITHUB_TOKEN), MODE: '\"prod\"' }), new webpack.EnvironmentPlugin(['NODE_ENV', 'STRIPE_SECRET_KEY'])] };\n",
      );
      writeFileSync(
        path.join(root, 'next.config.mjs'),
        'export default { env: { SITE_URL: process.env.SITE_URL, LENSMOR_API_KEY: process.env.LENSMOR_API_KEY } };\n',
      );
      const result = await scanTree({ root, workers: 0, semantic: true });
      expect(
        result.findings.filter((f) => f.ruleId === 'no-client-side-key').map((f) => [f.file, f.line, f.redacted]),
      ).toEqual([
        ['next.config.mjs', 1, 'LENSMOR_API_KEY'],
        ['webpack.config.js', 2, 'GITHUB_TOKEN'],
        ['webpack.config.js', 2, 'STRIPE_SECRET_KEY'],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('flags the Vite define of the fixture app (from process.env and loadEnv), not its version or proxy', async () => {
    const result = await scanTree({ root: spa, workers: 0, semantic: true });
    const config = result.findings.filter((f) => f.file === 'vite.config.ts');
    expect(config.map((f) => [f.line, f.redacted])).toEqual([
      [8, 'LMIF_API_KEY'],
      [10, 'SENTRY_AUTH_TOKEN'],
    ]);
    expect(config[0]!.message).toContain('Vite `define`');
  });
});

describe('env-mismatch in NODE_ENV branches (semantic pass)', () => {
  it('flags a sandbox key under NODE_ENV === production and a live key under test, not the right pairs', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { generator } = await import('../../core/test/helpers/random.js');
    const g = generator(31);
    const root = mkdtempSync(path.join(tmpdir(), 'keyward-nodeenv-'));
    try {
      writeFileSync(
        path.join(root, 'keys.ts'),
        [
          "export const key = process.env.NODE_ENV === 'production'",
          `  ? 'lmif_test_${g.chars(32)}'`,
          `  : 'lmif_test_${g.chars(32)}';`,
          "if ('test' === process.env.NODE_ENV) {",
          `  process.env.LMIF_API_KEY = 'lmif_live_${g.chars(32)}';`,
          '}',
          "if (process.env.NODE_ENV === 'production') {",
          `  process.env.LMIF_API_KEY = 'lmif_live_${g.chars(32)}';`,
          '}',
        ].join('\n'),
      );
      const result = await scanTree({ root, workers: 0, semantic: true });
      const mismatches = result.findings.filter((f) => f.ruleId === 'env-mismatch');
      expect(mismatches.map((f) => [f.line, f.detectorId])).toEqual([
        [2, 'lmif-test-key'],
        [5, 'lmif-live-key'],
      ]);
      expect(mismatches[0]!.message).toContain("a NODE_ENV === 'production' branch in keys.ts");
      expect(mismatches[0]!.message).toContain('WRONG_ENVIRONMENT');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
