// The eslint-utils entry point alone: the package root also loads typescript-estree.
import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';
import { ruleMeta, type RuleId, type Severity } from '@keyward/core';

/** Rule docs live at docs/rules/<name>.md; the URL is built from the rule name so they cannot disagree. */
export const DOCS_BASE = 'https://github.com/keyward-dev/keyward/blob/main/docs/rules';

export interface KeywardDocs {
  /** Whether the rule is in `recommended` (all rules are in `strict`). */
  recommended: boolean;
}

export const createRule = RuleCreator<KeywardDocs>((name) => `${DOCS_BASE}/${name}.md`);

/**
 * The meta every Keyward rule takes from core's rule list, the one source of rule metadata: its type, docs
 * description, whether `recommended` turns it on, and one message per severity its findings can have. A report's
 * messageId is its Keyward severity, so an ESLint report says what `keyward scan` would say of the same finding.
 */
export function keywardMeta(id: RuleId) {
  const rule = ruleMeta(id);
  return {
    type: 'problem' as const,
    docs: { description: rule.description, recommended: rule.eslint !== undefined },
    messages: Object.fromEntries(rule.severities.map((severity) => [severity, '{{message}}'])) as Record<
      Severity,
      string
    >,
  };
}
