import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { scanText } from '@keyward/core';
import { run } from '../src/run.js';
import { buildSamples } from '../../core/test/helpers/samples.js';
import { startVendors, type MockVendors } from '../../scanner/test/helpers/mock-vendor.js';
import { caseOfVariable, cases, VARIABLES } from '../../scanner/test/helpers/verifier-cases.js';

// `--verify` end to end through the CLI: nothing is sent without it (a vendor that counts every connection,
// with every provider's URL pointed at it), and with it each format shows the verdicts.

const require = createRequire(import.meta.url);
const schemaPath = path.join(
  path.dirname(require.resolve('@microsoft/jest-sarif/package.json')),
  'lib/schemas/sarif-2.1.0-rtm.5.json',
);
let repo: string;
let vendor: MockVendors;
const secrets = new Map<string, string>();
/** The planted file of each verifier's key. */
const files = new Map<string, string>();

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
const env = () => vendor.env;

beforeAll(async () => {
  // one vendor per provider; each answers its case's live reply, except Laminr, which rejects
  vendor = await startVendors(VARIABLES);
  vendor.answer((_request, variable) => {
    const testCase = caseOfVariable(variable);
    if (testCase?.verifier === 'laminr') return testCase.invalid.unauthorized!;
    return testCase?.live ?? { status: 404 };
  });
  repo = mkdtempSync(path.join(tmpdir(), 'keyward-verify-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'v@example.invalid');
  git('config', 'user.name', 'V');
  const samples = buildSamples(41);
  for (const testCase of cases) {
    const positive = samples[testCase.detector]!.positives[0]!;
    // the sample's own file name where it has one (`.env`, `nuget.config`): some formats count only there
    const file = positive.path
      ? path.join('src', testCase.verifier, path.basename(positive.path))
      : path.join('src', `${testCase.verifier}.ts`);
    const text = `${testCase.context ?? ''}${positive.text}`;
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
    const found = scanText(text, { path: file })[0];
    if (!found) throw new Error(`${testCase.verifier}: its detector's sample is not found in ${file}`);
    secrets.set(testCase.verifier, found.secret);
    files.set(testCase.verifier, file);
  }
  git('add', '.');
  git('commit', '-qm', 'keys', '--no-verify');
  writeFileSync(path.join(repo, 'src/staged.ts'), `export const k = "${secrets.get('lensmor')}";\n`);
  git('add', 'src/staged.ts');
});
afterAll(async () => {
  await vendor.close();
  rmSync(repo, { recursive: true, force: true });
});

describe('without --verify', () => {
  it('sends nothing from scan, staged or history, whatever the environment points at', async () => {
    const before = vendor.connections();
    for (const argv of [['scan'], ['scan', '--format', 'json'], ['staged'], ['history', '--all']]) {
      const result = await run(argv, { cwd: repo, env: env() });
      expect(result.exitCode, argv.join(' ')).toBe(1);
    }
    expect(vendor.connections() - before).toBe(0);
    // the same environment does reach the vendor once asked to: the overrides above were live
    await run(['scan', '--verify', '--quiet'], { cwd: repo, env: env() });
    expect(vendor.connections() - before).toBeGreaterThan(0);
  });
});

describe('with --verify', () => {
  it('text: LIVE before the message, the verdict and the vendor’s steps below, counts in the summary', async () => {
    const result = await run(['scan', files.get('lensmor')!, files.get('laminr')!, '--verify', '--no-color'], {
      cwd: repo,
      env: env(),
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/high {3}LIVE Lensmor user API key uak_/);
    expect(result.stdout).toContain('verify: live (HTTP 200)');
    expect(result.stdout).toContain(
      'fix: The key is live: revoke it now. Lensmor: in the Lensmor app open Settings → API Keys',
    );
    expect(result.stdout).toMatch(/INVALID Laminr production API key/);
    expect(result.stdout).toContain('verify: invalid: unauthorized (HTTP 401 unauthorized)');
    expect(result.stdout).toMatch(/2 keys verified with 2 requests in [\d.]+s: 1 live, 1 invalid, 0 unknown/);
  });

  it('colours LIVE red on a terminal', async () => {
    const result = await run(['scan', files.get('lensmor')!, '--verify', '--color'], { cwd: repo, env: env() });
    expect(result.stdout).toContain('\x1b[31m\x1b[1mLIVE\x1b[0m\x1b[0m');
  });

  it('json: each finding carries its verification, the summary the counts', async () => {
    const result = await run(['scan', '--verify', '--format', 'json'], { cwd: repo, env: env() });
    const report = JSON.parse(result.stdout);
    const lensmor = report.findings.find((f: { file: string }) => f.file === files.get('lensmor'));
    expect(lensmor.verification).toEqual({ status: 'live', detail: 'HTTP 200' });
    const laminr = report.findings.find((f: { file: string }) => f.file === files.get('laminr'));
    expect(laminr.verification).toMatchObject({ status: 'invalid', reason: 'unauthorized' });
    expect(report.summary.verification).toMatchObject({ keys: cases.length, requests: cases.length });
  });

  it('sarif: a result property, level error and a higher security-severity for live keys; still valid', async () => {
    const result = await run(['scan', '--verify', '--format', 'sarif'], { cwd: repo, env: env() });
    const log = JSON.parse(result.stdout);
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(
      JSON.parse(readFileSync(schemaPath, 'utf8')),
    );
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const results = log.runs[0].results as {
      message: { text: string };
      level: string;
      ruleIndex: number;
      properties: Record<string, unknown>;
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    const at = (file: string) => results.find((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === file)!;
    expect(at(files.get('lensmor')!).properties).toMatchObject({
      verification: { status: 'live' },
      'security-severity': '9.8',
    });
    expect(at(files.get('lensmor')!).level).toBe('error');
    expect(at(files.get('lensmor')!).message.text).toMatch(/^Live key \(verified\): revoke it now\./);
    expect(at(files.get('laminr')!).properties['security-severity']).toBeUndefined();
    expect(at(files.get('laminr')!).properties['verification']).toMatchObject({ status: 'invalid' });
    // the report lists a descriptor for each detector its results use, with the vendor's rotation steps
    const rule = log.runs[0].tool.driver.rules[at(files.get('lensmor')!).ruleIndex];
    expect(rule.help.text).toMatch(/Lensmor app open Settings → API Keys/);
  });

  it('--only-live keeps only live keys', async () => {
    const result = await run(['scan', '--verify', '--only-live', '--format', 'json'], { cwd: repo, env: env() });
    const findings = JSON.parse(result.stdout).findings as { verification?: { status: string } }[];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.verification?.status === 'live')).toBe(true);
    expect(findings.some((f) => (f as { file?: string }).file === files.get('laminr'))).toBe(false);
  });

  it('--fail-on counts a live key as high', async () => {
    const testKey = `sk_test_${'Ab3dE5gH7jK9mN2pQ4sTv'}`;
    writeFileSync(
      path.join(repo, 'laminr-test.ts'),
      `// laminr sandbox\nconst laminr = { 'x-api-key': '${testKey}' };\n`,
    );
    const answer = (laminrLive: boolean) =>
      vendor.answer((_request, variable) => {
        const testCase = caseOfVariable(variable);
        return testCase?.verifier === 'laminr' && !laminrLive
          ? testCase.invalid.unauthorized!
          : (testCase?.live ?? { status: 404 });
      });
    answer(true);
    try {
      const plain = await run(['scan', 'laminr-test.ts', '--fail-on', 'high', '--format', 'json'], { cwd: repo });
      expect(JSON.parse(plain.stdout).findings.map((f: { severity: string }) => f.severity)).toEqual(['medium']);
      expect(plain.exitCode).toBe(0);
      const verified = await run(['scan', 'laminr-test.ts', '--fail-on', 'high', '--verify'], {
        cwd: repo,
        env: env(),
      });
      expect(verified.stdout).toContain('LIVE Laminr test API key');
      expect(verified.exitCode).toBe(1);
    } finally {
      answer(false);
      rmSync(path.join(repo, 'laminr-test.ts'));
    }
  });

  it('bundle verifies the keys in build output too', async () => {
    const dist = path.join(repo, 'dist', 'assets');
    mkdirSync(dist, { recursive: true });
    writeFileSync(path.join(dist, 'index-abc123.js'), `const e="${secrets.get('lensmor')}";console.log(e.length);\n`);
    try {
      const result = await run(['bundle', '--verify', '--format', 'json'], { cwd: repo, env: env() });
      const report = JSON.parse(result.stdout);
      expect(report.findings[0]).toMatchObject({
        file: 'dist/assets/index-abc123.js',
        verification: { status: 'live' },
      });
      expect(report.summary.verification).toMatchObject({ keys: 1, requests: 1, live: 1 });
    } finally {
      rmSync(path.join(repo, 'dist'), { recursive: true, force: true });
    }
  });

  it('staged and history verify too', async () => {
    const staged = await run(['staged', '--verify', '--format', 'json'], { cwd: repo, env: env() });
    expect(JSON.parse(staged.stdout).findings[0].verification).toMatchObject({ status: 'live' });
    const history = await run(['history', '--all', '--verify', '--format', 'json'], { cwd: repo, env: env() });
    const statuses = JSON.parse(history.stdout).findings.map(
      (f: { verification?: { status: string } }) => f.verification?.status,
    );
    expect(statuses).toContain('live');
    expect(statuses).toContain('invalid');
  });
});

describe('paths through the scanner', () => {
  it('worker threads hand their keys to the main thread (the real bin, --workers 2)', async () => {
    const bin = fileURLToPath(new URL('../bin/keyward.js', import.meta.url));
    const child = spawn(process.execPath, [bin, 'scan', 'src', '--workers', '2', '--verify', '--format', 'json'], {
      cwd: repo,
      env: { ...process.env, ...env() },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.summary.verification).toMatchObject({ keys: cases.length, requests: cases.length });
    expect(report.findings.filter((f: { verification?: unknown }) => f.verification).length).toBeGreaterThanOrEqual(
      cases.length,
    );
  });

  it('an env-mismatch finding of a verified key carries the same verdict', async () => {
    mkdirSync(path.join(repo, 'test'), { recursive: true });
    writeFileSync(
      path.join(repo, 'test', 'stripe.test.ts'),
      readFileSync(path.join(repo, files.get('stripe')!), 'utf8'),
    );
    try {
      const result = await run(['scan', 'test', '--verify', '--format', 'json'], { cwd: repo, env: env() });
      const findings = JSON.parse(result.stdout).findings as { ruleId: string; verification?: { status: string } }[];
      expect(findings.map((f) => f.ruleId).sort()).toEqual(['env-mismatch', 'no-hardcoded-key']);
      expect(findings.every((f) => f.verification?.status === 'live')).toBe(true);
      expect(JSON.parse(result.stdout).summary.verification.requests).toBe(1);
    } finally {
      rmSync(path.join(repo, 'test'), { recursive: true, force: true });
    }
  });
});

describe('usage', () => {
  it('--only-live needs --verify; baseline takes no --verify; a bad override is exit 2 before anything is sent', async () => {
    expect((await run(['scan', '--only-live'], { cwd: repo })).stderr).toContain('--only-live needs --verify');
    expect((await run(['baseline', '--verify'], { cwd: repo })).exitCode).toBe(2);
    const before = vendor.connections();
    const bad = await run(['scan', '--verify'], {
      cwd: repo,
      env: { ...env(), KEYWARD_VERIFY_URL_LENSMOR: 'http://192.0.2.1/lensmor' },
    });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('KEYWARD_VERIFY_URL_LENSMOR must be an https:// URL');
    expect(vendor.connections() - before).toBe(0);
  });
});
