import type { Finding, Severity } from '@keyward/core';
import { totalSkipped } from '@keyward/scanner';
import type { Report } from './index.js';
import { findingHelp, verificationLine } from './help.js';
import { printable } from './printable.js';

const COLORS = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, green: 32 } as const;

/** Findings grouped by file, then one summary line with counts and time. */
export function textReport(report: Report): string {
  const paint = (color: keyof typeof COLORS, text: string) =>
    report.color ? `\x1b[${COLORS[color]}m${text}\x1b[0m` : text;
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  for (const [file, findings] of byFile) {
    lines.push(paint('bold', printable(file)));
    for (const finding of findings) {
      const where = `${finding.line}:${finding.column}`.padEnd(8);
      const severity = paint(severityColor(finding.severity), finding.severity.padEnd(6));
      const rule = paint('dim', finding.detectorId ? `${finding.ruleId}/${finding.detectorId}` : finding.ruleId);
      lines.push(`  ${where}${severity}  ${badge(finding, paint)}${printable(finding.message)}  ${rule}`);
      if (finding.secret !== undefined) lines.push(`          ${paint('dim', 'secret:')} ${printable(finding.secret)}`);
      if (finding.origin) lines.push(`          ${paint('dim', 'from')} ${printable(originLabel(finding.origin))}`);
      for (const step of finding.trace ?? [])
        lines.push(`          ${paint('dim', printable(`${step.file}:${step.line} ${step.label}`))}`);
      if (finding.verification)
        lines.push(`          ${paint('dim', `verify: ${verificationLine(finding.verification)}`)}`);
      const help = findingHelp(finding);
      if (help) lines.push(`          ${paint('dim', `fix: ${help}`)}`);
    }
    lines.push('');
  }
  if (!report.quiet) lines.push(...summary(report, paint));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function summary(report: Report, paint: (color: keyof typeof COLORS, text: string) => string): string[] {
  const { findings, stats } = report;
  const counts = (['high', 'medium', 'low'] as Severity[])
    .map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`);
  const files = new Set(findings.map((finding) => finding.file)).size;
  const head = findings.length
    ? paint('red', `✖ ${plural(findings.length, 'finding')} (${counts.join(', ')}) in ${plural(files, 'file')}`)
    : paint('green', '✔ no findings');
  const skipped = totalSkipped(stats);
  const skipDetail = Object.entries(stats.skipped)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${count} ${reason}`)
    .join(', ');
  const parts = [
    `${plural(stats.filesScanned, 'file')} scanned (${formatBytes(stats.bytesScanned)}) in ${(stats.durationMs / 1000).toFixed(2)}s`,
    ...(skipped ? [`${skipped} skipped: ${skipDetail}`] : []),
    ...(stats.namedIgnored ? [`${stats.namedIgnored} git-ignored scanned because named`] : []),
    ...(report.baselined ? [`${report.baselined} in baseline`] : []),
  ];
  const verified = report.verification;
  const check = verified
    ? [
        paint(
          verified.live ? 'red' : 'dim',
          `  ${plural(verified.keys, 'key')} verified with ${plural(verified.requests, 'request')} in ${(verified.durationMs / 1000).toFixed(2)}s: ${verified.live} live, ${verified.invalid} invalid, ${verified.unknown} unknown`,
        ),
      ]
    : [];
  const notice = report.notice ? [paint('yellow', `  ${report.notice}`)] : [];
  return [head, ...notice, paint('dim', `  ${parts.join('; ')}`), ...check];
}

/** `LIVE` in red before the message of a key its vendor confirmed; `invalid`/`unverified` quieter. */
function badge(finding: Finding, paint: (color: keyof typeof COLORS, text: string) => string): string {
  const status = finding.verification?.status;
  if (status === 'live') return `${paint('red', paint('bold', 'LIVE'))} `;
  if (status === 'invalid') return `${paint('dim', 'INVALID')} `;
  if (status === 'unknown') return `${paint('yellow', 'UNVERIFIED')} `;
  return '';
}

/** `src/lib/ai.ts:12:7 (import.meta.env.VITE_OPENAI_API_KEY)`: where a bundle hit came from. */
function originLabel(origin: NonNullable<Finding['origin']>): string {
  return `${origin.file}:${origin.line}:${origin.column}${origin.read ? ` (${origin.read})` : ''}`;
}

function severityColor(severity: Severity): keyof typeof COLORS {
  return severity === 'high' ? 'red' : severity === 'medium' ? 'yellow' : 'cyan';
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
