// The eslint-utils entry point alone: the package root also loads typescript-estree.
import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';

/** Rule docs live at docs/rules/<name>.md; the URL is built from the rule name so they cannot disagree. */
export const DOCS_BASE = 'https://github.com/keyward-dev/keyward/blob/main/docs/rules';

export interface KeywardDocs {
  /** Whether the rule is in `recommended` (all rules are in `strict`). */
  recommended: boolean;
}

export const createRule = RuleCreator<KeywardDocs>((name) => `${DOCS_BASE}/${name}.md`);
