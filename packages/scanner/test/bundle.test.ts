import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '@keyward/core';
import { scanBundle, NoBuildOutputError } from '@keyward/scanner';
import { buildWithEsbuild, buildWithVite, prepareBundleApp, type BundleApp } from './helpers/bundle-app.js';

// Real builds of test-fixtures/bundle-app at test time (esbuild with each kind of source map, and Vite),
// then `scanBundle` on their output: exact files, rules and origin lines; nothing else reported.

let esbuildApp: BundleApp;
let viteApp: BundleApp;

beforeAll(async () => {
  esbuildApp = prepareBundleApp();
  await buildWithEsbuild(esbuildApp, 'dist');
  await buildWithEsbuild(esbuildApp, 'dist-inline', 'inline');
  await buildWithEsbuild(esbuildApp, 'dist-external', 'external');
  viteApp = prepareBundleApp();
  await buildWithVite(viteApp);
}, 120_000);

afterAll(() => {
  for (const app of [esbuildApp, viteApp]) if (app) rmSync(app.dir, { recursive: true, force: true });
});

/**
 * A finding as the assertions compare it, one line: asset kind (the name is hashed), rule/detector,
 * severity, the variable named, origin file:line and the read.
 */
function summary(finding: Finding): string {
  const asset = finding.file.endsWith('.map') ? 'map' : path.extname(finding.file).slice(1);
  const rule = finding.detectorId ? `${finding.ruleId}/${finding.detectorId}` : finding.ruleId;
  const variable = /(?:value of|password in) ([A-Z_]+)/.exec(finding.message)?.[1] ?? '-';
  const origin = finding.origin ? `${finding.origin.file}:${finding.origin.line}` : 'no origin';
  return `${asset} ${rule} ${finding.severity} ${variable} ${origin} ${finding.origin?.read ?? '-'}`;
}

const summaries = (findings: readonly Finding[]) => findings.map(summary).sort();

function jsAsset(app: BundleApp, dir: string): string {
  const file = readdirSync(path.join(app.dir, dir, 'assets')).find((name) => name.endsWith('.js'))!;
  return `${dir}/assets/${file}`;
}

/** What each build must report; `session`/`checkout` are the lines the bundler's map points at. */
function expected(app: BundleApp, lines: { session: number; checkout: number }, published: 'map' | 'js'): string[] {
  return [
    `js no-client-side-key/openai-api-key high - src/ai.ts:${app.lines.ai} import.meta.env.VITE_OPENAI_API_KEY`,
    `js no-client-side-key high SESSION_SECRET src/session.ts:${lines.session} import.meta.env.VITE_SESSION_TOKEN`,
    `js no-client-side-key high BILLING_SIGNING_KEY src/checkout.ts:${lines.checkout} __BILLING_SIGNING_KEY__`,
    `js no-client-side-key/slack-bot-token high - src/analytics.ts:${app.lines.analytics} -`,
    // the public map publishes src/analytics.ts, which holds the token
    `${published} no-client-side-key/slack-bot-token high - src/analytics.ts:${app.lines.analytics} -`,
  ].sort();
}

describe('keyward bundle on an esbuild build', () => {
  const declared = () => ({ session: esbuildApp.lines.session, checkout: esbuildApp.lines.checkout });

  it('finds the inlined key, both server-only values and the hardcoded token, each traced to its line (linked map)', async () => {
    const result = await scanBundle({ root: esbuildApp.dir, dirs: ['dist'] });
    expect(summaries(result.findings)).toEqual(expected(esbuildApp, declared(), 'map'));
    expect(new Set(result.findings.map((finding) => finding.file))).toEqual(
      new Set([jsAsset(esbuildApp, 'dist'), `${jsAsset(esbuildApp, 'dist')}.map`]),
    );
    expect(result.sourceMaps).toBe(1);
    expect(result.stats.filesScanned).toBe(3); // index.html, the chunk and its map
  });

  it('reads an inline data-URL map, and scans the sources it publishes', async () => {
    const result = await scanBundle({ root: esbuildApp.dir, dirs: ['dist-inline'] });
    expect(summaries(result.findings)).toEqual(expected(esbuildApp, declared(), 'js'));
    expect(result.findings.every((finding) => finding.file === jsAsset(esbuildApp, 'dist-inline'))).toBe(true);
  });

  it('finds a .map beside the asset when no comment names it', async () => {
    const result = await scanBundle({ root: esbuildApp.dir, dirs: ['dist-external'] });
    expect(summaries(result.findings)).toEqual(expected(esbuildApp, declared(), 'map'));
  });

  it('recognises dist/ by itself, and says so when there is no build output', async () => {
    const result = await scanBundle({ root: esbuildApp.dir });
    expect(result.dirs).toEqual(['dist']);
    expect(result.findings).toHaveLength(5);
    await expect(scanBundle({ root: path.join(esbuildApp.dir, 'src') })).rejects.toBeInstanceOf(NoBuildOutputError);
  });

  it('reports no publishable key, public value, server-only module or unused server secret', async () => {
    const result = await scanBundle({ root: esbuildApp.dir, dirs: ['dist'], showSecrets: true });
    const shown = result.findings.map((finding) => finding.secret ?? '');
    const { publics, secrets } = esbuildApp;
    for (const value of [
      publics.publishable,
      publics.title,
      publics.api,
      secrets.serverStripe,
      secrets.databasePassword,
    ])
      expect(shown.some((secret) => secret.includes(value))).toBe(false);
    expect(
      result.findings.some((finding) => /DATABASE_URL|server\//.test(finding.message + finding.origin?.file)),
    ).toBe(false);
  });
});

describe('keyward bundle on a Vite build', () => {
  it('finds the same leaks, traced through Vite source maps to their lines', async () => {
    const result = await scanBundle({ root: viteApp.dir });
    expect(result.dirs).toEqual(['dist']);
    // Vite (rolldown) inlines the local consts, so its map points at the lines that use them
    const lines = { session: viteApp.lines.sessionUse, checkout: viteApp.lines.checkoutUse };
    expect(summaries(result.findings)).toEqual(expected(viteApp, lines, 'map'));
  });
});
