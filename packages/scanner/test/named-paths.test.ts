import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { scanTree } from '../src/index.js';

// `keyward scan app lib` on the Next.js fixture: the named code resolves `@/` aliases with the root tsconfig,
// knows the app from next.config, and keeps findings whose importer (pages/) was not named.
const fixture = fileURLToPath(new URL('../../../test-fixtures/next-app', import.meta.url));
let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'keyward-named-'));
  cpSync(fixture, root, { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: root });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const shown = (findings: { ruleId: string; file: string; line: number }[]) =>
  findings.map((finding) => `${finding.ruleId} ${finding.file}:${finding.line}`);

describe('named paths resolve the project from its root', () => {
  it('reports inside the named paths what a whole-project scan reports there, cross-file findings included', async () => {
    const whole = shown((await scanTree({ root })).findings).filter((line) => / (?:app|lib)\//.test(line));
    expect(whole.some((line) => line.startsWith('no-client-side-key lib/'))).toBe(true);
    const named = shown((await scanTree({ root, paths: ['app', 'lib'] })).findings);
    expect(named).toEqual(whole);
  });

  it('a single named file still gets its project-wide findings, and nothing outside it', async () => {
    const named = shown((await scanTree({ root, paths: ['lib/stripe.ts'] })).findings);
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((line) => line.includes(' lib/stripe.ts:'))).toBe(true);
  });
});
