import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../src/index.js';

describe('jsonSyntaxError: where JSON is broken, never what is there', () => {
  it.each([
    ['{"a": 1}', undefined],
    ['[1, 2.5e3, -0, true, false, null, "x\\u00e9\\n"]', undefined],
    ['  {"a": {"b": []}}\n', undefined],
    ['{ "ignore": [lmif_live_x] }', 'line 1, column 14'],
    ['{\n  "a": 1,\n}', 'line 3, column 1'],
    ['{"a": 1', 'it ends early, line 1, column 8'],
    ['', 'it ends early, line 1, column 1'],
    ['{"a": "b\nc"}', 'line 1, column 9'],
    ['{"a": "\\x"}', 'line 1, column 8'],
    ['{"a" 1}', 'line 1, column 6'],
    ['[1,]', 'line 1, column 4'],
    ['{} {}', 'line 1, column 4'],
    ['\uFEFF{}', 'line 1, column 1'],
    ['{"a": 01}', 'line 1, column 8'],
  ])('%j → %s', (text, expected) => {
    expect(jsonSyntaxError(text)).toBe(expected);
    // it agrees with JSON.parse on validity
    let valid = true;
    try {
      JSON.parse(text);
    } catch {
      valid = false;
    }
    expect(valid).toBe(expected === undefined);
  });

  it('handles deep nesting without recursion', () => {
    expect(jsonSyntaxError('['.repeat(200_000) + ']'.repeat(200_000))).toBeUndefined();
    expect(jsonSyntaxError('['.repeat(200_000))).toBe('it ends early, line 1, column 200001');
  });
});
