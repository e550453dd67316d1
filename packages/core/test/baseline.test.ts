import { describe, expect, it } from 'vitest';
import { BaselineError, createBaseline, type Finding, notInBaseline, parseBaseline } from '../src/index.js';

const finding = (file: string, fingerprint: string, line = 1): Finding => ({
  ruleId: 'no-hardcoded-key',
  detectorId: 'lmif-live-key',
  category: 'hardcoded-key',
  severity: 'high',
  file,
  line,
  column: 1,
  endLine: line,
  endColumn: 10,
  message: 'm',
  fingerprint,
  redacted: 'lmif_live_Ab12…',
});
const fp = (c: string) => c.repeat(64);

describe('baseline', () => {
  it('is sorted, deduplicated and free of line numbers', () => {
    const baseline = createBaseline(
      [finding('b.ts', fp('b')), finding('a.ts', fp('a'), 3), finding('a.ts', fp('a'), 9)],
      'keyward 0.1.0',
    );
    expect(baseline.findings.map((entry) => entry.file)).toEqual(['a.ts', 'b.ts']);
    expect(JSON.stringify(baseline)).not.toMatch(/"line"/);
  });

  it('hides known findings even after they move, but not the same secret in another file', () => {
    const keep = notInBaseline(createBaseline([finding('a.ts', fp('a'), 3)], 'k'));
    expect(keep(finding('a.ts', fp('a'), 40))).toBe(false);
    expect(keep(finding('c.ts', fp('a'), 3))).toBe(true);
    expect(keep(finding('a.ts', fp('c'), 3))).toBe(true);
  });

  it('round-trips through JSON and rejects malformed files', () => {
    const text = JSON.stringify(createBaseline([finding('a.ts', fp('a'))], 'k'));
    expect(parseBaseline(text, 'b.json').findings).toHaveLength(1);
    expect(() => parseBaseline('{', 'b.json')).toThrow(BaselineError);
    expect(() => parseBaseline('{"version":2,"findings":[]}', 'b.json')).toThrow(/not a keyward baseline/);
    expect(() => parseBaseline('{"version":1,"findings":[{"file":"a"}]}', 'b.json')).toThrow(/findings\[0\]/);
  });
});
