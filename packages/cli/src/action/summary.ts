import type { Finding, Severity } from '@keyward/core';
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
    out.push('', '| where | severity | rule | value |', '|---|---|---|---|');
    for (const f of input.findings.slice(0, MAX_ROWS)) {
      const where = `${f.file}:${f.line}${f.commit ? ` (${f.commit.slice(0, 12)})` : ''}`;
      out.push(
        `| ${markdownCode(where)} | ${f.severity} | ${markdownText(f.detectorId ?? f.ruleId)} | ${markdownCode(f.redacted)} |`,
      );
    }
    if (input.findings.length > MAX_ROWS)
      out.push('', `${input.findings.length - MAX_ROWS} more finding(s) are in the report.`);
  }
  return `${out.join('\n')}\n\n`;
}
