import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { COMMANDS, FORMATS, OPTIONS } from '../src/option-table.js';

// docs/cli.md says what the code does: its options table lists every option with exactly the commands that take
// it (the parser, `--help` and "did you mean" read option-table.ts), and its formats table every format.

const doc = readFileSync(new URL('../../../docs/cli.md', import.meta.url), 'utf8');
const TABLE_COMMANDS = ['scan', 'baseline', 'staged', 'history', 'bundle'] as const;

/** `--format FORMAT`, `-f` → { name: 'format', short: 'f', value: 'FORMAT' }, with the ✓ columns. */
function documentedOptions() {
  const section = doc.slice(doc.indexOf('## Options, by command'), doc.indexOf('**The semantic pass.**'));
  const rows = section.split('\n').filter((line) => line.startsWith('| `-'));
  return rows.map((row) => {
    const cells = row
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((cell) => cell.trim());
    const head = /^`--([a-z-]+)(?: ([A-Z]+))?`(?:, `-([a-z])`)?$/.exec(cells[0]!);
    if (!head) throw new Error(`cannot read the option cell ${cells[0]}`);
    const commands = TABLE_COMMANDS.filter((_, i) => cells[i + 1] === '✓');
    return { name: head[1]!, value: head[2], short: head[3], commands };
  });
}

describe('docs/cli.md', () => {
  it('lists every option, with its value, short flag and the commands that take it', () => {
    const documented = documentedOptions();
    expect(documented.map((option) => option.name).sort()).toEqual(OPTIONS.map((option) => option.name).sort());
    for (const option of OPTIONS) {
      const row = documented.find((entry) => entry.name === option.name)!;
      expect(row.value, option.name).toBe(option.value);
      expect(row.short, option.name).toBe(option.short);
      if (option.name === 'help') continue; // every command, init included
      expect(row.commands, option.name).toEqual(TABLE_COMMANDS.filter((command) => option.commands.includes(command)));
    }
  });

  it('documents every report format and every command', () => {
    const formats = doc.slice(doc.indexOf('### Report formats'), doc.indexOf('### Exit codes'));
    for (const format of FORMATS) expect(formats).toContain(`| \`${format}\``);
    for (const command of COMMANDS) expect(doc).toContain(`keyward ${command}`);
  });

  it('states the three exit codes', () => {
    const codes = doc.slice(doc.indexOf('### Exit codes'));
    for (const code of ['| 0 |', '| 1 |', '| 2 |']) expect(codes).toContain(code);
  });
});
