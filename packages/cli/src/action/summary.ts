import type { Finding, Severity } from '@keyward/core';
import type { VerificationSummary } from '@keyward/scanner';
import { markdownCode, markdownText } from './markdown.js';
import type { AddedSuppression } from './suppressions.js';

/** Everything the job summary reports. All text from the checkout goes through the Markdown escapes. */
export interface SummaryInput {
  readonly mode: string;
  readonly findings: readonly Finding[];
  readonly failOn: Severity;
  readonly failing: boolean;
  readonly scope: string;
  readonly preExisting: number;
  readonly baselined: number;
  readonly notAnnotated: number;
  readonly skipped: Readonly<Record<string, number>>;
  readonly suppressions: readonly AddedSuppression[];
  readonly upload: string;
  readonly notes: readonly string[];
  /** With the `verify` input: distinct keys checked and the verdict counts. */
  readonly verification?: VerificationSummary;
}

/** A key its vendor confirmed live is an incident: those rows come first, in their report order. */
function liveFirst(findings: readonly Finding[]): Finding[] {
  const live = findings.filter((finding) => finding.verification?.status === 'live');
  return [...live, ...findings.filter((finding) => finding.verification?.status !== 'live')];
}

function statusOf(finding: Finding): string {
  const verification = finding.verification;
  if (!verification) return '';
  if (verification.status === 'live') return '**LIVE**';
  return verification.reason ? `${verification.status} (${markdownText(verification.reason)})` : verification.status;
}

const MAX_ROWS = 100;

export function summaryMarkdown(input: SummaryInput): string {
  const out: string[] = [`### keyward (${markdownText(input.mode)})`, ''];
  const verdict = input.failing
    ? `fails the check (fail-on: ${input.failOn})`
    : `passes the check (fail-on: ${input.failOn})`;
  out.push(`**${input.findings.length} finding(s)**, ${verdict}. Scanned: ${markdownText(input.scope)}.`);
  const facts: string[] = [];
  if (input.preExisting)
    facts.push(
      `${input.preExisting} pre-existing finding(s) in the changed files, on lines this change did not add, were left out`,
    );
  if (input.baselined) facts.push(`${input.baselined} finding(s) recorded in the baseline were left out`);
  if (input.notAnnotated)
    facts.push(
      `${input.notAnnotated} finding(s) are not annotated (GitHub shows 10 per type; files not in the checkout): see the table and the report`,
    );
  const skipped = Object.entries(input.skipped).filter(([, count]) => count > 0);
  if (skipped.length) facts.push(`skipped: ${skipped.map(([reason, count]) => `${count} ${reason}`).join(', ')}`);
  if (input.verification) {
    const v = input.verification;
    facts.push(
      `${v.keys} key(s) verified with their vendors (${v.requests} request(s)): ${v.live} live, ${v.invalid} invalid, ${v.unknown} unknown${v.live ? '; revoke the live ones now' : ''}`,
    );
  }
  facts.push(input.upload);
  out.push('', ...facts.map((fact) => `- ${markdownText(fact)}`));
  for (const note of input.notes) out.push(`- ${markdownText(note.replace(/^keyward: /, '').trim())}`);
  if (input.suppressions.length) {
    out.push('', `**Suppressions this change adds** (\`keyward-ignore\` comments; check each one):`, '');
    for (const s of input.suppressions)
      out.push(
        `- ${markdownCode(`${s.file}:${s.line}`)}: ${s.hides.length ? `hides ${markdownText(s.hides.join(', '))}` : 'hides no key the text scan finds'}`,
      );
  }
  if (input.findings.length) {
    const verified = input.findings.some((finding) => finding.verification);
    out.push(
      '',
      verified ? '| where | status | severity | rule | value |' : '| where | severity | rule | value |',
      verified ? '|---|---|---|---|---|' : '|---|---|---|---|',
    );
    for (const f of liveFirst(input.findings).slice(0, MAX_ROWS)) {
      const where = `${f.file}:${f.line}${f.commit ? ` (${f.commit.slice(0, 12)})` : ''}`;
      const status = verified ? ` ${statusOf(f)} |` : '';
      out.push(
        `| ${markdownCode(where)} |${status} ${f.severity} | ${markdownText(f.detectorId ?? f.ruleId)} | ${markdownCode(f.redacted)} |`,
      );
    }
    if (input.findings.length > MAX_ROWS)
      out.push('', `${input.findings.length - MAX_ROWS} more finding(s) are in the report.`);
  }
  return `${out.join('\n')}\n\n`;
}
