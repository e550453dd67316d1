import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { progressReporter } from '../src/progress.js';
import { run } from '../src/run.js';
import { scanTree } from '@keyward/scanner';

describe('progress indicator', () => {
  it('stays silent for short scans', () => {
    const lines: string[] = [];
    const progress = progressReporter((line) => lines.push(line), 60_000);
    progress.update(10, 100);
    progress.update(10, 100, 'parse');
    progress.done();
    expect(lines).toEqual([]);
  });

  it('draws counts on one line after the delay and clears it at the end', () => {
    const lines: string[] = [];
    const progress = progressReporter((line) => lines.push(line), 0);
    progress.update(250, 1000);
    progress.done();
    expect(lines[0]).toBe('\r\x1b[2Kkeyward: scanning 250/1000 files');
    expect(lines.at(-1)).toBe('\r\x1b[2K');
  });

  it('names the semantic pass at once, then redraws it with the time it takes', async () => {
    const lines: string[] = [];
    const progress = progressReporter((line) => lines.push(line), 0);
    progress.update(1000, 1000);
    progress.update(0, 400, 'semantic');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    progress.done();
    const count = lines.length;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(lines.length).toBe(count); // done() stops the redraws
    expect(lines.slice(0, 2)).toEqual([
      '\r\x1b[2Kkeyward: scanning 1000/1000 files',
      '\r\x1b[2Kkeyward: semantic pass over 400 code files (imports, data flow)',
    ]);
    expect(lines[2]).toBe('\r\x1b[2Kkeyward: semantic pass over 400 code files (imports, data flow) 1 s');
    expect(lines.at(-1)).toBe('\r\x1b[2K');
  });

  it('a real scan reports its semantic pass to the progress hook, never to stdout', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'keyward-progress-'));
    try {
      mkdirSync(path.join(dir, 'src'));
      for (let i = 0; i < 120; i++)
        writeFileSync(
          path.join(dir, 'src', `m${i}.ts`),
          `import { v } from './m${(i + 1) % 120}';\nexport const x${i} = v;\n`,
        );
      writeFileSync(path.join(dir, 'README.md'), 'hello\n');
      const phases: string[] = [];
      await scanTree({
        root: dir,
        workers: 0,
        onProgress: (done, total, phase) => phases.push(`${phase ?? 'text'} ${done}/${total}`),
      });
      expect(phases.at(-1)).toBe('semantic 0/120');
      expect(phases).toContain('text 121/121');
      const drawn: string[] = [];
      const result = await run(['scan'], { cwd: dir, progress: (line) => drawn.push(line) });
      expect(result.exitCode).toBe(0);
      expect(result.stdout).not.toContain('semantic pass');
      for (const line of drawn) expect(line).toMatch(/^\r\x1b\[2K(keyward: (scanning|semantic pass )|$)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
