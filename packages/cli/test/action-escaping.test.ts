import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { markdownCode, markdownText } from '../src/action/markdown.js';
import { escapeProperty, setOutput, workflowCommand } from '../src/action/workflow.js';
import { readEvent } from '../src/action/event.js';

describe('what the Action renders is escaped', () => {
  it('Markdown: no syntax, no HTML, no line breaks survive', () => {
    const hostile = 'a|b`c<!--d-->\n**e**[f](g)\r\u001b[31m\u202eh&amp;';
    const text = markdownText(hostile);
    expect(text).not.toMatch(/[|`<>\n\r*[\]\u001b\u202e]/);
    expect(text).toContain('&#124;');
    expect(text).toContain('␊');
    expect(text).toContain('U+202E');
    expect(text).toContain('&amp;amp;');
    expect(markdownCode('x|y')).toBe('<code>x&#124;y</code>');
  });

  it('workflow commands: every property and the message, so a name cannot end the command', () => {
    const line = workflowCommand(
      'error',
      { file: 'a,b:c%\n::warning::x', line: 3, title: 't,1' },
      'm\n::set-env name=X::y',
    );
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe('::error file=a%2Cb%3Ac%25%0A%3A%3Awarning%3A%3Ax,line=3,title=t%2C1::m%0A::set-env name=X::y');
    expect(escapeProperty('%')).toBe('%25');
  });

  it('outputs use the delimited form, so a value cannot add another output', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'keyward-output-'));
    const file = path.join(dir, 'output');
    try {
      setOutput({ GITHUB_OUTPUT: file }, 'sarif', '/tmp/x\nfindings=0');
      const text = readFileSync(file, 'utf8');
      const [head, ...rest] = text.split('\n');
      const delimiter = head!.split('<<')[1]!;
      expect(head).toBe(`sarif<<${delimiter}`);
      expect(rest.slice(0, 3)).toEqual(['/tmp/x', 'findings=0', delimiter]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing or broken event file reads as no event', () => {
    expect(readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/nonexistent' })).toMatchObject({
      name: 'push',
      base: undefined,
    });
  });
});
