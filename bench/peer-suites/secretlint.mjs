// secretlint: each rule package has test/snapshots/<case>/input* and output.json. An `ng.*` case's messages
// (with character ranges) must be found; an `ok.*` case must produce none. Cases run with rule options
// (`--option` in the name, `options.*`) and rules about file names rather than contents are left out. Inputs
// keep their bytes too, for binary ones (secretlint's gcp `.p12` keystores).

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const NOT_CONTENT = /secretlint-rule-(?:no-dotenv|no-homedir|filter-comments|pattern|preset-|internal-test|example)/;

export function secretlintFiles(root) {
  const base = join(root, 'packages/@secretlint');
  const files = [];
  for (const rule of readdirSync(base).filter(
    (name) => name.startsWith('secretlint-rule-') && !NOT_CONTENT.test(name),
  )) {
    const snapshots = join(base, rule, 'test/snapshots');
    if (!existsSync(snapshots)) continue;
    for (const name of readdirSync(snapshots)) {
      if (!/^(?:ng|ok)\./.test(name) || name.includes('--')) continue;
      const folder = join(snapshots, name);
      const input = readdirSync(folder).find((f) => f.startsWith('input'));
      if (!input || statSync(join(folder, input)).isDirectory() || !existsSync(join(folder, 'output.json'))) continue;
      const output = JSON.parse(readFileSync(join(folder, 'output.json'), 'utf8'));
      // bytes as the scanner reads them: a binary input (a .p12 keystore) goes to the binary check, not the text scan
      const bytes = readFileSync(join(folder, input));
      const text = bytes.toString('utf8');
      const expected = (output.messages ?? []).filter((m) => Array.isArray(m.range));
      files.push({
        suite: 'secretlint',
        rule: rule.replace('secretlint-rule-', ''),
        source: `${rule}/${name}`,
        path: input,
        text,
        bytes,
        positive: name.startsWith('ng.'),
        expected: expected.map((m) => ({ start: m.range[0], end: m.range[1], id: m.messageId })),
      });
    }
  }
  return files;
}
