// trufflehog: each detector's unit test (pkg/detectors/<name>/<name>_test.go) lists pattern cases
// `{ name, input, want }`; a case with a non-empty `want` must be found, one with an empty `want` must not.
// The inputs are evaluated from the Go source (file-level vars, literals, fmt.Sprintf) at run time.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Unsupported, evaluate, tokenize } from './go-values.mjs';

export function trufflehogCases(root) {
  const dir = join(root, 'pkg/detectors');
  const cases = [];
  let skipped = 0;
  for (const detector of readdirSync(dir)) {
    const folder = join(dir, detector);
    let files;
    try {
      files = readdirSync(folder).filter((f) => f.endsWith('_test.go') && !f.includes('integration'));
    } catch {
      continue;
    }
    for (const file of files) {
      const path = join(folder, file);
      if (!existsSync(path)) continue;
      const tokens = tokenize(readFileSync(path, 'utf8'));
      const env = {};
      let input;
      let caseName;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.type !== 'ident') continue;
        const next = tokens[i + 1]?.value;
        // file-level `name = expr` inside var ( … ) blocks, and `name := expr`
        if ((next === '=' || next === ':=') && tokens[i - 1]?.value !== '.') {
          try {
            const { value, next: after } = evaluate(tokens, i + 2, env, {});
            env[t.value] = value;
            i = after - 1;
          } catch (error) {
            if (!(error instanceof Unsupported)) throw error;
          }
          continue;
        }
        if (next !== ':') continue;
        if (t.value === 'name' && tokens[i + 2]?.type === 'string') caseName = tokens[i + 2].value;
        if (t.value === 'input') {
          try {
            input = evaluate(tokens, i + 2, env, {}).value;
            if (typeof input !== 'string') input = undefined;
          } catch (error) {
            if (!(error instanceof Unsupported)) throw error;
            input = undefined;
            skipped++;
          }
        } else if (t.value === 'want' && input !== undefined) {
          try {
            const want = evaluate(tokens, i + 2, env, {}).value;
            if (Array.isArray(want) && want.every((w) => typeof w === 'string'))
              cases.push({
                suite: 'trufflehog',
                rule: detector,
                source: file,
                positive: want.length > 0,
                text: input,
                path: 'case.txt',
                want,
                ...(caseName === undefined ? {} : { name: caseName }),
              });
            else skipped++;
          } catch (error) {
            if (!(error instanceof Unsupported)) throw error;
            skipped++;
          }
          input = undefined;
          caseName = undefined;
        }
      }
    }
  }
  return { cases, skipped };
}
