import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Finding, Severity } from '@keyward/core';
import { failingSeverity } from '../deliver.js';
import { workflowCommand } from './workflow.js';

// GitHub shows about 10 annotations of each type per step and drops the rest silently: the most severe
// findings are annotated, at most 10 per type, and the summary says how many more there are.

const LEVEL: Record<Severity, 'error' | 'warning' | 'notice'> = { high: 'error', medium: 'warning', low: 'notice' };
const ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
export const ANNOTATIONS_PER_TYPE = 10;

export interface Annotations {
  readonly lines: string[];
  /** Findings with no annotation: over the cap, or in a file not in the checkout (history). */
  readonly notAnnotated: number;
}

export function annotations(findings: readonly Finding[], root: string): Annotations {
  const counts = { error: 0, warning: 0, notice: 0 };
  const lines: string[] = [];
  // a key its vendor confirmed live counts as high, and comes before the other high findings
  const rank = (finding: Finding) =>
    ORDER[failingSeverity(finding)] * 2 + (finding.verification?.status === 'live' ? 0 : 1);
  const sorted = [...findings].sort((a, b) => rank(a) - rank(b));
  for (const finding of sorted) {
    const level = LEVEL[failingSeverity(finding)];
    if (counts[level] >= ANNOTATIONS_PER_TYPE || !existsSync(path.join(root, finding.file))) continue;
    counts[level]++;
    const title = finding.detectorId ? `keyward ${finding.ruleId}/${finding.detectorId}` : `keyward ${finding.ruleId}`;
    const said = finding.verification?.status === 'live' ? `Live key (verified): revoke it now. ${finding.message}` : finding.message;
    const message = finding.commit ? `${said} (commit ${finding.commit.slice(0, 12)})` : said;
    lines.push(
      workflowCommand(
        level,
        {
          file: finding.file,
          line: finding.line,
          col: finding.column,
          endLine: finding.endLine,
          endColumn: finding.endColumn,
          title,
        },
        message,
      ),
    );
  }
  return { lines, notAnnotated: findings.length - lines.length };
}
