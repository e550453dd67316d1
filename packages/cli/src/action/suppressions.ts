import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineIndex, scanText, type KeywardConfig, catalogFor } from '@keyward/core';

// Inline `keyward-ignore` comments stay honoured on pull requests (they are how a reviewer accepts a false
// positive), but the ones a pull request adds are listed in the job summary, with what each one hides, so a
// reviewer sees every suppression the change brings.

const DIRECTIVE = /keyward-ignore(-next-line)?(?![A-Za-z0-9_-])/;

export interface AddedSuppression {
  readonly file: string;
  readonly line: number;
  /** Detector ids of the keys the comment hides from the text scan (empty: it hides none the text scan finds). */
  readonly hides: string[];
}

/** The `keyward-ignore` comments on lines the change adds, in the files it changes. */
export function addedSuppressions(
  root: string,
  added: ReadonlyMap<string, ReadonlySet<number>>,
  config: KeywardConfig,
): AddedSuppression[] {
  const found: AddedSuppression[] = [];
  const catalog = catalogFor(config);
  for (const [file, lines] of added) {
    let text: string;
    try {
      text = readFileSync(path.join(root, file), 'utf8');
    } catch {
      continue;
    }
    if (!text.includes('keyward-ignore')) continue;
    const rows = text.split(/\r\n?|\n/);
    const directives = [...lines].filter((line) => DIRECTIVE.test(rows[line - 1] ?? '')).sort((a, b) => a - b);
    if (directives.length === 0) continue;
    const index = new LineIndex(text);
    const hidden = scanText(text, { path: file, catalog, keepSuppressed: true });
    const shown = new Set(scanText(text, { path: file, catalog }).map((match) => match.start));
    for (const line of directives) {
      const nextLine = DIRECTIVE.exec(rows[line - 1] ?? '')?.[1] !== undefined;
      const target = nextLine ? line + 1 : line;
      const hides = hidden
        .filter((match) => !shown.has(match.start) && index.position(match.start).line === target)
        .map((match) => match.detector.id);
      found.push({ file, line, hides });
    }
  }
  return found;
}
