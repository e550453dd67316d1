import type { Finding, Severity } from '@keyward/core';
import { workflowCommand } from '../action/workflow.js';
import { failingSeverity } from './help.js';
import type { Report } from './index.js';

// GitHub Actions workflow commands on stdout: the runner turns each line into an annotation on the file and
// line (in the pull request's diff when the line is in it). Every property and message is escaped, so a file
// name cannot end one command and start another. GitHub shows about 10 annotations of each level per step.

const LEVEL: Record<Severity, 'error' | 'warning' | 'notice'> = { high: 'error', medium: 'warning', low: 'notice' };

export function githubReport(report: Report): string {
  const lines = report.findings.map(annotation);
  if (!report.quiet) lines.push(summaryLine(report));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function annotation(finding: Finding): string {
  const live = finding.verification?.status === 'live';
  const said = live ? `Live key (verified): revoke it now. ${finding.message}` : finding.message;
  const message = finding.commit ? `${said} (commit ${finding.commit.slice(0, 12)})` : said;
  const rule = finding.detectorId ? `${finding.ruleId}/${finding.detectorId}` : finding.ruleId;
  return workflowCommand(
    LEVEL[failingSeverity(finding)],
    {
      file: finding.file,
      line: finding.line,
      col: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      title: `keyward ${rule}`,
    },
    message,
  );
}

/** A plain log line (not a command): counts only, nothing from the checkout. */
function summaryLine(report: Report): string {
  const files = new Set(report.findings.map((finding) => finding.file)).size;
  const found = report.findings.length ? `${report.findings.length} finding(s) in ${files} file(s)` : 'no findings';
  const baselined = report.baselined ? `, ${report.baselined} in baseline` : '';
  const notice = report.notice ? `; ${report.notice}` : '';
  return `keyward: ${found}; ${report.stats.filesScanned} file(s) scanned${baselined}${notice}`;
}
