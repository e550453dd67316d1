import type { Finding, Severity } from '@keyward/core';
import { totalSkipped } from '@keyward/scanner';
import type { Report } from './index.js';
import { failingSeverity, findingHelp, placeOf, verificationLine } from './help.js';
import { printable } from './printable.js';
import { codeFrames, splitLines, type Frame } from './code-frame.js';

const COLORS = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, green: 32 } as const;

/** Findings grouped by file, one entry per span (several rules on one key are one entry), then a summary. */
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
    const frameOf = framesOf(findings, report);
    lines.push(paint('bold', printable(file)));
    const entries = bySpan(findings);
    // the widest position of the file sets the column: always at least one space before the severity
    const width = Math.max(...entries.map((entry) => `${entry.lead.line}:${entry.lead.column}`.length));
    for (const entry of entries) lines.push(...entryLines(entry, width, frameOf(entry.lead), report, paint));
    lines.push('');
  }
  if (!report.quiet) lines.push(...summary(report, paint));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/**
 * The code frame of a file's findings: its lines split and each line masked once (history findings of one file
 * come from several commits, each with its own text).
 */
function framesOf(findings: readonly Finding[], report: Report): (finding: Finding) => Frame | undefined {
  const framers = new Map<string, ((finding: Finding) => Frame | undefined) | undefined>();
  return (finding) => {
    const key = finding.commit ?? '';
    if (!framers.has(key)) {
      const text = report.source?.(finding);
      framers.set(key, text === undefined ? undefined : codeFrames(splitLines(text), findings));
    }
    return framers.get(key)?.(finding);
  };
}

type Paint = (color: keyof typeof COLORS, text: string) => string;

/** Findings of several rules on one span (a key that is hardcoded and in a production context). */
interface Entry {
  /** The one whose message is shown: the most severe, a rule more specific than no-hardcoded-key first. */
  readonly lead: Finding;
  readonly all: readonly Finding[];
}

function bySpan(findings: readonly Finding[]): Entry[] {
  const spans = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.line}:${finding.column}:${finding.endLine}:${finding.endColumn}:${finding.commit ?? ''}`;
    spans.set(key, [...(spans.get(key) ?? []), finding]);
  }
  return [...spans.values()].map((all) => {
    const rank = (finding: Finding) =>
      SEVERITY_RANK[failingSeverity(finding)] * 2 + (finding.ruleId === 'no-hardcoded-key' ? 0 : 1);
    const lead = [...all].sort((a, b) => rank(b) - rank(a))[0]!;
    return { lead, all };
  });
}

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };
const INDENT = '      ';

function entryLines(entry: Entry, width: number, frame: Frame | undefined, report: Report, paint: Paint): string[] {
  const { lead, all } = entry;
  const lines: string[] = [];
  const where = `${lead.line}:${lead.column}`.padEnd(width);
  const severity = failingSeverity(lead) === lead.severity ? lead.severity : failingSeverity(lead);
  const rules = all.map((finding) => (finding.detectorId ? `${finding.ruleId}/${finding.detectorId}` : finding.ruleId));
  const verified = all.find((finding) => finding.verification)?.verification;
  lines.push(
    `  ${where} ${paint(severityColor(severity), severity.padEnd(6))} ${badge(verified, paint)}${printable(lead.message)}  ${paint('dim', rules.join(', '))}`,
  );
  if (frame) {
    lines.push(`${INDENT}${paint('dim', frame.gutter)}${frame.line}`);
    if (frame.caret !== undefined) lines.push(`${INDENT}${paint('dim', frame.blank)}${paint('red', frame.caret)}`);
  }
  const secret = all.find((finding) => finding.secret !== undefined)?.secret;
  if (secret !== undefined) lines.push(`${INDENT}${paint('dim', 'secret:')} ${printable(secret)}`);
  const origin = all.find((finding) => finding.origin)?.origin;
  if (origin) lines.push(`${INDENT}${paint('dim', 'from')} ${printable(originLabel(origin))}`);
  const steps = new Set<string>();
  for (const finding of all)
    for (const step of finding.trace ?? []) steps.add(printable(`${step.file}:${step.line} ${step.label}`));
  for (const step of steps) lines.push(`${INDENT}${paint('dim', step)}`);
  if (verified) lines.push(`${INDENT}${paint('dim', `verify: ${verificationLine(verified)}`)}`);
  const help = all.map((finding) => findingHelp(finding, placeOf(finding, report))).find(Boolean);
  if (help) lines.push(`${INDENT}${paint('dim', `fix: ${help}`)}`);
  return lines;
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
function badge(verification: Finding['verification'], paint: Paint): string {
  const status = verification?.status;
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
