import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generator } from '../../core/test/helpers/random.js';
import { startVendors, type MockVendors } from '../../scanner/test/helpers/mock-vendor.js';
import { caseOfVariable, VARIABLES } from '../../scanner/test/helpers/verifier-cases.js';
import { pullRequestEvent, removeActionCopy, Repo, runAction } from './helpers/action-harness.js';

// The Action's `verify` input, end to end through action/main.js: only reported keys are sent (in diff mode,
// those the change adds), live keys come first in the summary and are annotated as live, nothing is sent
// without the input.

const g = generator(1717);
const lensmor = () => `uak_${g.chars(8)}_${g.chars(32)}`;
const laminr = () => `sk_live_${g.chars(28)}`;
let vendors: MockVendors;
const repos: Repo[] = [];
const repo = () => {
  const r = new Repo();
  repos.push(r);
  return r;
};

beforeAll(async () => {
  vendors = await startVendors(VARIABLES);
  // Lensmor answers live, Laminr rejects every key
  vendors.answer((_request, variable) => {
    const testCase = caseOfVariable(variable);
    return testCase?.verifier === 'laminr' ? testCase.invalid.unauthorized! : (testCase?.live ?? { status: 404 });
  });
});
afterEach(() => repos.splice(0).forEach((r) => r.remove()));
afterAll(async () => {
  removeActionCopy();
  await vendors.close();
});

describe('the Action with verify: true', () => {
  it('puts live keys first in the summary, says so in the annotation and the SARIF, fails on them', async () => {
    const r = repo();
    r.write('a-laminr.ts', `// Laminr client\nexport const laminr = { 'x-api-key': '${laminr()}' };\n`);
    r.write('b-lmif.ts', `export const k = "lmif_live_${g.chars(32)}";\n`);
    r.write('z-lensmor.ts', `export const lensmor = "${lensmor()}";\n`);
    r.commit('keys');
    const before = vendors.requests().length;
    const run = await runAction(r, { inputs: { mode: 'scan', verify: 'true' }, env: vendors.env });
    expect(run.status).toBe(1);
    expect(vendors.requests().length - before).toBe(2);
    const rows = run.summary.split('\n').filter((line) => line.startsWith('| <code>'));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^\| <code>z-lensmor\.ts:1<\/code> \| \*\*LIVE\*\* \| high \|/);
    expect(rows.find((row) => row.includes('a-laminr.ts'))).toContain('invalid (unauthorized)');
    expect(run.summary).toContain('2 key(s) verified with their vendors (2 request(s)): 1 live, 1 invalid, 0 unknown');
    expect(run.stdout).toMatch(/^::error file=z-lensmor\.ts,.*::Live key \(verified\): revoke it now\./m);
    const results = JSON.parse(run.report).runs[0].results as { properties: Record<string, unknown> }[];
    expect(results.filter((result) => result.properties['verification']).length).toBe(2);
  });

  it('in diff mode sends only the keys the change adds', async () => {
    const r = repo();
    r.write('old.ts', `export const lensmor = "${lensmor()}";\n`);
    const base = r.commit('base');
    const added = lensmor();
    r.write('old.ts', `export const lensmor = "${lensmor()}";\n`.replace(/"[^"]+"/, `"${added}"`));
    r.write('new.ts', `export const also = "${added}";\n`);
    const head = r.commit('feature');
    const before = vendors.requests().length;
    const run = await runAction(r, {
      inputs: { mode: 'diff', verify: 'true' },
      eventName: 'pull_request',
      event: pullRequestEvent(base, head),
      env: vendors.env,
    });
    expect(vendors.requests().length - before).toBe(1);
    expect(vendors.requests().filter((request) => request.headers['authorization'] === `Bearer ${added}`)).toHaveLength(
      1,
    );
    expect(run.summary).toContain('1 key(s) verified');
  });

  it('in bundle mode verifies the keys of the build output', async () => {
    const r = repo();
    const key = lensmor();
    r.write('dist/assets/index-4f2a.js', `const e="${key}";console.log(e.length);\n`);
    r.commit('built');
    const run = await runAction(r, { inputs: { mode: 'bundle', path: 'dist', verify: 'true' }, env: vendors.env });
    expect(run.status).toBe(1);
    expect(vendors.requests().filter((request) => request.headers['authorization'] === `Bearer ${key}`)).toHaveLength(
      1,
    );
    expect(run.summary).toMatch(/\| <code>dist\/assets\/index-4f2a\.js:1<\/code> \| \*\*LIVE\*\* \|/);
  });

  it('sends nothing without the input, with every vendor URL pointed at the mocks', async () => {
    const r = repo();
    r.write('z-lensmor.ts', `export const lensmor = "${lensmor()}";\n`);
    r.commit('key');
    const before = vendors.connections();
    const run = await runAction(r, { inputs: { mode: 'scan' }, env: vendors.env });
    expect(run.status).toBe(1);
    expect(vendors.connections() - before).toBe(0);
    expect(run.summary).not.toContain('verified');
    expect(run.summary).toContain('| where | severity | rule | value |');
  });
});
