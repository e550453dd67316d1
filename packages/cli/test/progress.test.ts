import { describe, expect, it } from 'vitest';
import { progressReporter } from '../src/progress.js';

describe('progress indicator', () => {
  it('stays silent for short scans', () => {
    const lines: string[] = [];
    const progress = progressReporter((line) => lines.push(line), 60_000);
    progress.update(10, 100);
    progress.done();
    expect(lines).toEqual([]);
  });

  it('draws counts on one line after the delay and clears it at the end', () => {
    const lines: string[] = [];
    const progress = progressReporter((line) => lines.push(line), 0);
    progress.update(250, 1000);
    progress.done();
    expect(lines[0]).toBe('\rkeyward: scanning 250/1000 files');
    expect(lines.at(-1)).toBe('\r\x1b[2K');
  });
});
