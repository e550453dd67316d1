import type { Report } from './index.js';
import { pkg } from '../version.js';

/** Machine-readable findings with the scan summary. Secrets appear only if the scan was asked to keep them. */
export function jsonReport(report: Report): string {
  const { stats } = report;
  return `${JSON.stringify(
    {
      tool: { name: pkg.name, version: pkg.version },
      findings: report.findings,
      summary: {
        findings: report.findings.length,
        baselined: report.baselined,
        filesScanned: stats.filesScanned,
        bytesScanned: stats.bytesScanned,
        skipped: stats.skipped,
        namedIgnored: stats.namedIgnored,
        durationMs: Math.round(stats.durationMs),
        ...(report.notice ? { notice: report.notice } : {}),
        ...(report.verification
          ? { verification: { ...report.verification, durationMs: Math.round(report.verification.durationMs) } }
          : {}),
      },
    },
    null,
    2,
  )}\n`;
}
