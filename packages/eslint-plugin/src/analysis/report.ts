import type { TSESLint } from '@typescript-eslint/utils';
import type { Finding, Severity } from '@keyward/core';

/** Reports an engine finding: its range, its message, its severity as the messageId. */
export function reportFinding(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  finding: Finding,
  suggest: TSESLint.ReportSuggestionArray<string> = [],
): void {
  context.report({
    loc: {
      start: { line: finding.line, column: finding.column - 1 },
      end: { line: finding.endLine, column: finding.endColumn - 1 },
    },
    messageId: finding.severity satisfies Severity,
    data: { message: finding.message },
    ...(suggest.length ? { suggest } : {}),
  });
}
