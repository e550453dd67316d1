import type { Finding } from '@keyward/core';
import type { ScanStats, VerificationSummary } from '@keyward/scanner';
import type { Format } from '../options.js';
import { textReport } from './text.js';
import { jsonReport } from './json.js';
import { sarifReport } from './sarif.js';

/** What every reporter gets. */
export interface Report {
  readonly findings: readonly Finding[];
  readonly stats: ScanStats;
  readonly root: string;
  readonly baselined: number;
  readonly color: boolean;
  readonly quiet: boolean;
  /** With `--verify`: distinct keys checked, requests sent, verdict counts. */
  readonly verification?: VerificationSummary;
}

export function render(format: Format, report: Report): string {
  if (format === 'json') return jsonReport(report);
  if (format === 'sarif') return sarifReport(report);
  return textReport(report);
}
