import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { envNameFor, type Finding, type SecretMatch } from '@keyward/core';
import { createRule, keywardMeta } from '../util/create-rule.js';
import { fileAnalysis, findingsOf } from '../analysis/file-analysis.js';
import { reportFinding } from '../analysis/report.js';
import { projectSettings } from '../analysis/project.js';

export type Options = [{ allow?: string[]; ignoreComments?: boolean }];
export type MessageIds = 'high' | 'medium' | 'useEnv';

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-key',
  meta: {
    ...keywardMeta('no-hardcoded-key'),
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- suggestions go through reportFinding
    hasSuggestions: true,
    messages: { ...keywardMeta('no-hardcoded-key').messages, useEnv: 'Read it from process.env.{{envName}} instead.' },
    schema: [
      {
        type: 'object',
        description: 'Options for no-hardcoded-key.',
        properties: {
          allow: {
            type: 'array',
            description: 'Detector ids not to report in this file set (for example `jwt`).',
            items: { type: 'string' },
          },
          ignoreComments: { type: 'boolean', description: 'Do not report keys inside comments.' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [], ignoreComments: false }],
  },
  create(context, [options]) {
    const allowed = new Set(options.allow ?? []);
    const { sourceCode } = context;
    return {
      'Program:exit'() {
        const analysis = fileAnalysis(context);
        for (const { match, finding } of analysis.keys) {
          if (allowed.has(match.detector.id) || (options.ignoreComments && inComment(match))) continue;
          reportFinding(
            context,
            finding,
            suggestions(finding, envNameOf(match), (node) => valueOf(node) === match.secret),
          );
        }
        // keys split across string literals, which only the syntax tree shows
        for (const finding of findingsOf(analysis, 'no-hardcoded-key')) {
          if (finding.detectorId && allowed.has(finding.detectorId)) continue;
          const detector = projectSettings(context).options.catalog.detectors.find((d) => d.id === finding.detectorId);
          reportFinding(context, finding, suggestions(finding, detector?.envName ?? 'API_KEY', isConcatenation));
        }
      },
    };

    function inComment(match: SecretMatch): boolean {
      return sourceCode.getAllComments().some((c) => c.range[0] <= match.start && match.end <= c.range[1]);
    }

    /** Replacing the literal (or concatenation) whose whole value is the key with an env read keeps the code valid. */
    function suggestions(
      finding: Finding,
      envName: string,
      holdsKey: (node: TSESTree.Node) => boolean,
    ): TSESLint.ReportSuggestionArray<MessageIds> {
      const start = sourceCode.getIndexFromLoc({ line: finding.line, column: finding.column - 1 });
      const end = sourceCode.getIndexFromLoc({ line: finding.endLine, column: finding.endColumn - 1 });
      let node = sourceCode.getNodeByRangeIndex(start) as TSESTree.Node | null;
      while (node?.parent && node.parent.range[0] >= start - 1 && node.parent.range[1] <= end + 1) node = node.parent;
      if (!node || !holdsKey(node)) return [];
      const target = node;
      const read = `process.env.${envName}`;
      return [
        {
          messageId: 'useEnv',
          data: { envName },
          fix: (fixer) =>
            fixer.replaceText(target, target.parent?.type === AST_NODE_TYPES.JSXAttribute ? `{${read}}` : read),
        },
      ];
    }
  },
});

function envNameOf(match: SecretMatch): string {
  return match.name ? envNameFor(match.name) : match.detector.envName;
}

function valueOf(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' ? node.value : undefined;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0)
    return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

function isConcatenation(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.BinaryExpression &&
    node.operator === '+' &&
    [node.left, node.right].every((side) => valueOf(side) !== undefined || isConcatenation(side))
  );
}
