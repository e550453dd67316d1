import type { Finding } from '@keyward/core';
import type { ScanStats, VerificationSummary } from '@keyward/scanner';
import type { Format } from '../options.js';
import type { SourceOf } from '../source-text.js';
import { textReport } from './text.js';
import { jsonReport } from './json.js';
import { sarifReport } from './sarif.js';
import { gitlabReport } from './gitlab.js';
import { junitReport } from './junit.js';
import { githubReport } from './github.js';

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
  /**
   * One sentence on what was (not) scanned, shown in every format's summary, so an empty scope is never a silent
   * clean result ("0 new commits since 1a2b3c4d5e6f; --all to rescan").
   */
  readonly notice?: string;
  /** The scanned text of a finding's file, for code frames (text only); undefined when it cannot be read back. */
  readonly source?: SourceOf;
  /** The findings are in build output: advice fits a bundle. */
  readonly bundle?: boolean;
}

const REPORTERS: Record<Format, (report: Report) => string> = {
  text: textReport,
  json: jsonReport,
  sarif: sarifReport,
  gitlab: gitlabReport,
  junit: junitReport,
  github: githubReport,
};

export function render(format: Format, report: Report): string {
  return REPORTERS[format](report);
}
