import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { createBaseline } from '@keyward/core';
import { run } from '../src/run.js';
import {
  buildWithEsbuild,
  buildWithVite,
  prepareBundleApp,
  type BundleApp,
} from '../../scanner/test/helpers/bundle-app.js';

// `keyward bundle` end to end on real builds of test-fixtures/bundle-app: every format, exit codes, the
// origin in each output, and no .env value or key in clear anywhere (stdout, stderr, report files).

const require = createRequire(import.meta.url);
const schemaPath = path.join(
  path.dirname(require.resolve('@microsoft/jest-sarif/package.json')),
  'lib/schemas/sarif-2.1.0-rtm.5.json',
);
let app: BundleApp;
let viteApp: BundleApp;

beforeAll(async () => {
  app = prepareBundleApp(161);
  await buildWithEsbuild(app, 'dist');
  viteApp = prepareBundleApp(162);
  await buildWithVite(viteApp);
}, 120_000);
afterAll(() => {
  for (const built of [app, viteApp]) if (built) rmSync(built.dir, { recursive: true, force: true });
});

function inClear(built: BundleApp, text: string): string[] {
  return Object.entries(built.secrets)
    .filter(([, secret]) => text.includes(secret))
    .map(([role]) => role);
}

describe('keyward bundle', () => {
  it('text: each finding says where it came from, exit 1', async () => {
    const result = await run(['bundle', '--no-color'], { cwd: app.dir });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(`from src/ai.ts:${app.lines.ai}:`);
    expect(result.stdout).toContain('(import.meta.env.VITE_OPENAI_API_KEY)');
    expect(result.stdout).toContain(`from src/session.ts:${app.lines.session}:`);
    expect(result.stdout).toContain('The value of SESSION_SECRET (server-only, .env:5)');
    expect(result.stdout).toContain('✖ 5 findings (5 high) in 2 files');
    expect(result.stderr).toBe(
      'keyward: bundle output scanned: dist/ (1 source map(s), 4 server-only .env value(s) looked for)\n',
    );
  });

  it('json: origin { file, line, column, read } on each finding', async () => {
    const result = await run(['bundle', '--format', 'json'], { cwd: app.dir });
    expect(result.exitCode).toBe(1);
    const { findings } = JSON.parse(result.stdout);
    const openai = findings.find((finding: { detectorId?: string }) => finding.detectorId === 'openai-api-key');
    expect(openai.origin).toEqual({
      file: 'src/ai.ts',
      line: app.lines.ai,
      column: expect.any(Number),
      read: 'import.meta.env.VITE_OPENAI_API_KEY',
    });
    expect(openai.file).toMatch(/^dist\/assets\/main-[A-Z0-9]+\.js$/);
  });

  it('sarif: the origin is a relatedLocation linked from the message, and the log validates', async () => {
    const result = await run(['bundle', '--format', 'sarif'], { cwd: viteApp.dir });
    expect(result.exitCode).toBe(1);
    const log = JSON.parse(result.stdout);
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(
      JSON.parse(readFileSync(schemaPath, 'utf8')),
    );
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const session = log.runs[0].results.find((r: { message: { text: string } }) =>
      r.message.text.includes('SESSION_SECRET'),
    );
    expect(session.ruleId).toBe('no-client-side-key');
    expect(session.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('src/session.ts');
    expect(session.relatedLocations[0].physicalLocation.region.startLine).toBe(viteApp.lines.sessionUse);
    expect(session.message.text).toContain(
      `From [src/session.ts:${viteApp.lines.sessionUse} (import.meta.env.VITE_SESSION_TOKEN)](1).`,
    );
  });

  it('no output holds an env value or key in clear: every format, stderr, --output files', async () => {
    const outputs: string[] = [];
    for (const built of [app, viteApp]) {
      for (const format of ['text', 'json', 'sarif']) {
        const result = await run(['bundle', '--format', format, '--no-color'], { cwd: built.dir });
        outputs.push(result.stdout, result.stderr);
        const file = path.join(built.dir, `report.${format}`);
        const written = await run(['bundle', '--format', format, '--output', file], { cwd: built.dir });
        outputs.push(written.stdout, written.stderr, readFileSync(file, 'utf8'));
      }
      for (const text of outputs) expect(inClear(built, text)).toEqual([]);
    }
    const shown = await run(['bundle', '--format', 'json', '--show-secrets'], { cwd: app.dir });
    expect(inClear(app, shown.stdout).sort()).toEqual(['openai', 'session', 'signing', 'slack']);
  });

  it('names folders, applies a baseline, honours --fail-on; exit 0 on clean output', async () => {
    const named = await run(['bundle', 'dist', '--format', 'json', '--fail-on', 'high'], { cwd: app.dir });
    expect(named.exitCode).toBe(1);
    const { findings } = JSON.parse(named.stdout);
    expect(findings).toHaveLength(5);
    const baseline = path.join(app.dir, 'bundle-baseline.json');
    writeFileSync(baseline, JSON.stringify(createBaseline(findings.slice(0, 2), 'test')));
    const rest = await run(['bundle', '--format', 'json', '--baseline', baseline], { cwd: app.dir });
    expect(JSON.parse(rest.stdout).summary).toMatchObject({ findings: 3, baselined: 2 });
    const clean = path.join(app.dir, 'clean');
    mkdirSync(path.join(clean, 'assets'), { recursive: true });
    writeFileSync(path.join(clean, 'assets/app.js'), `console.log(${JSON.stringify(app.publics.publishable)});\n`);
    const quiet = await run(['bundle', 'clean'], { cwd: app.dir });
    expect(quiet.exitCode).toBe(0);
    expect(quiet.stdout).toContain('no findings');
  });

  it('exit 2 with one line when there is no build output or a folder is missing', async () => {
    const none = await run(['bundle'], { cwd: path.join(app.dir, 'src') });
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toMatch(/^keyward: no build output found in .* build first, or name the folder/);
    expect(none.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    const missing = await run(['bundle', 'nope'], { cwd: app.dir });
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toBe('keyward: path not found: nope\n');
  });
});

describe('keyward bundle --env-var', () => {
  it('looks for values the job environment holds, named on the command line, never printing them', async () => {
    // the fixture's VITE_SESSION_TOKEN value, as a CI job would hold it in its environment
    const env = { CI_SESSION: app.secrets.session, CI_SHORT: 'abc' };
    const result = await run(
      ['bundle', '--env-var', 'CI_SESSION', '--env-var', 'CI_SHORT', '--env-var', 'CI_UNSET', '--no-color'],
      {
        cwd: app.dir,
        env,
      },
    );
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('The value of SESSION_SECRET, CI_SESSION (server-only, .env:5)');
    expect(result.stderr).toContain('keyward: --env-var CI_UNSET: not set in the environment');
    expect(inClear(app, result.stdout + result.stderr)).toEqual([]);
    const bad = await run(['bundle', '--env-var', 'NOT-A-NAME'], { cwd: app.dir });
    expect(bad.exitCode).toBe(2);
    const elsewhere = await run(['scan', '--env-var', 'CI_SESSION'], { cwd: app.dir });
    expect(elsewhere.stderr).toBe('keyward: --env-var belongs to keyward bundle, not keyward scan\n');
  });
});
