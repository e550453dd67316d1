import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import { run } from '../src/run.js';
import { sarifReport } from '../src/reporters/sarif.js';
import { emptyStats } from '@keyward/scanner';
import { createFinding } from '@keyward/core';

const require = createRequire(import.meta.url);
const schemaPath = path.join(
  path.dirname(require.resolve('@microsoft/jest-sarif/package.json')),
  'lib/schemas/sarif-2.1.0-rtm.5.json',
);
const demo = fileURLToPath(new URL('../../../test-fixtures/demo', import.meta.url));

/** A hardcoded-key finding and an empty report, for reports built without a scan. */
const keyFinding = createFinding({
  ruleId: 'no-hardcoded-key',
  detectorId: 'generic-secret',
  file: 'src/a.ts',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 9,
  message: 'Hardcoded secret',
  identity: 'made-up',
  redacted: 'abcd…',
});
const emptyReport = { findings: [], stats: emptyStats(), root: '/repo', baselined: 0, color: false, quiet: false };

describe('sarif reporter', () => {
  it('produces SARIF 2.1.0 that validates against the schema', async () => {
    const result = await run(['scan', demo, '--format', 'sarif'], { cwd: demo });
    expect(result.exitCode).toBe(1);
    const log = JSON.parse(result.stdout);
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('carries a notice on what was not scanned as a tool notification, and still validates', () => {
    const notice = '0 new commits since 1a2b3c4d5e6f; --all to rescan';
    const log = JSON.parse(
      sarifReport({ findings: [], stats: emptyStats(), root: demo, baselined: 0, color: false, quiet: false, notice }),
    );
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(
      schema,
    );
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toBe(notice);
  });

  it('carries semantic paths as code flows, and still validates', async () => {
    const monorepo = fileURLToPath(new URL('../../../test-fixtures/monorepo', import.meta.url));
    const log = JSON.parse((await run(['scan', monorepo, '--format', 'sarif'], { cwd: monorepo })).stdout);
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(
      schema,
    );
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const logged = log.runs[0].results.find(
      (r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.ruleId === 'no-logged-credential' &&
        r.locations[0].physicalLocation.artifactLocation.uri === 'packages/sdk/src/debug.ts',
    );
    const steps = logged.codeFlows[0].threadFlows[0].locations.map(
      (l: {
        location: {
          physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
          message: { text: string };
        };
      }) =>
        `${l.location.physicalLocation.artifactLocation.uri}:${l.location.physicalLocation.region.startLine} ${l.location.message.text}`,
    );
    expect(steps).toEqual([
      'packages/sdk/src/auth.ts:2 the Authorization header',
      'apps/server/src/index.ts:6 calls authHeader()',
      'apps/server/src/index.ts:8 passes it to debugLog(value)',
      'packages/sdk/src/debug.ts:2 console.log(…)',
    ]);
  });

  it('has rules with help, relative URIs, fingerprints and the package version', async () => {
    const log = JSON.parse((await run(['scan', demo, '--format', 'sarif'], { cwd: demo })).stdout);
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const runLog = log.runs[0];
    expect(runLog.tool.driver.version).toBe(pkg.version);
    const ruleIds = runLog.tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(ruleIds).toContain('no-hardcoded-key/lmif-live-key');
    for (const rule of runLog.tool.driver.rules) {
      expect(rule.help.text.length).toBeGreaterThan(10);
      expect(rule.helpUri).toMatch(/\/docs\/(detectors|rules\/[a-z-]+)\.md/);
    }
    for (const result of runLog.results) {
      const uri = result.locations[0].physicalLocation.artifactLocation.uri;
      expect(uri).not.toMatch(/^\/|^file:/);
      expect(result.partialFingerprints['keywardLocation/v1']).toMatch(/^[0-9a-f]{64}$/);
      expect(result.properties.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(runLog.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    }
  });

  it('says how sure each hardcoded key is: result confidence and the rule precision agree', async () => {
    const log = JSON.parse((await run(['scan', demo, '--format', 'sarif'], { cwd: demo })).stdout);
    const runLog = log.runs[0];
    const precision = { high: 'very-high', medium: 'high', low: 'medium' } as const;
    const keys = runLog.results.filter((r: { ruleId: string }) => r.ruleId.startsWith('no-hardcoded-key/'));
    expect(keys.length).toBeGreaterThan(0);
    for (const result of keys) {
      const confidence = result.properties.confidence as keyof typeof precision;
      expect(Object.keys(precision)).toContain(confidence);
      expect(runLog.tool.driver.rules[result.ruleIndex].properties.precision).toBe(precision[confidence]);
    }
    // a detector's rule is listed when a result uses it: one report per detector
    const rule = (id: string) => {
      const finding = { ...keyFinding, detectorId: id };
      const only = JSON.parse(sarifReport({ ...emptyReport, findings: [finding] })).runs[0].tool.driver.rules;
      return only.find((r: { id: string }) => r.id === `no-hardcoded-key/${id}`).properties.precision;
    };
    expect(rule('github-pat')).toBe('very-high');
    expect(rule('stripe-live-secret-key')).toBe('high');
    expect(rule('generic-secret')).toBe('medium');
    // binary-file detectors have their catalog entry too: a MAC that verifies is as sure as a checksum
    expect(rule('gcp-service-account-p12')).toBe('very-high');
    expect(rule('pkcs12-keystore')).toBe('high');
  });

  it('lists a descriptor for each detector its results use, not the whole catalog', () => {
    const rules = (findings: (typeof keyFinding)[]) =>
      JSON.parse(sarifReport({ ...emptyReport, findings })).runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    const none = rules([]);
    expect(none.some((id: string) => id.startsWith('no-hardcoded-key/'))).toBe(false);
    expect(none).toContain('no-logged-credential');
    expect(rules([{ ...keyFinding, detectorId: 'github-pat' }]).filter((id: string) => id.includes('/'))).toEqual([
      'no-hardcoded-key/github-pat',
    ]);
  });
});
