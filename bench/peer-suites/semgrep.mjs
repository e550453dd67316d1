// semgrep-rules: the test files next to generic/secrets rules mark each line that must match with a
// `ruleid: <rule>` comment on the line before it and each line that must not with `ok: <rule>`.
// The whole file is scanned once, under its own name, and findings are mapped to lines.

import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (!/\.ya?ml$/.test(entry.name)) yield path;
  }
}

export function semgrepFiles(root) {
  const base = join(root, 'generic/secrets');
  const files = [];
  for (const path of walk(base)) {
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    const expectations = [];
    lines.forEach((line, index) => {
      const m = /(?:^|[\s#/*;<!-])(ruleid|ok):\s*([\w.,\s-]+)/.exec(line);
      if (!m || /todo(?:ruleid|ok):/.test(line)) return;
      // the annotated line is the next one that is not itself an annotation
      let target = index + 1;
      while (target < lines.length && /(?:ruleid|ok):/.test(lines[target])) target++;
      if (target < lines.length)
        expectations.push({ line: target + 1, positive: m[1] === 'ruleid', rule: m[2].split(',')[0].trim() });
    });
    if (expectations.length > 0)
      files.push({ suite: 'semgrep', source: relative(root, path), path: relative(base, path), text, expectations });
  }
  return files;
}
