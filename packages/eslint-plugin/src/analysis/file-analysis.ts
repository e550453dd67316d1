import type { TSESLint } from '@typescript-eslint/utils';
import { hardcodedKeyFindings, scanFileText, type Finding, type RuleId, type SecretMatch } from '@keyward/core';
import { analyseProject, mayHoldFindingsAlone, type EngineOptions } from '@keyward/flow';
import { projectSettings, relativePath, type ProjectSettings } from './project.js';
import { sourceFileOf } from './source-file.js';
import { projectFacts } from './project-facts.js';

/** A key the text scan found, with the `no-hardcoded-key` finding it makes. */
export interface KeyHit {
  readonly match: SecretMatch;
  readonly finding: Finding;
}

/** Everything the rules report about one file, computed once and shared by all rules. */
export interface FileAnalysis {
  /** Keys the core text scan found in the file's text: the same scan `keyward scan` runs. */
  readonly keys: readonly KeyHit[];
  /** The flow engine's findings for this file. */
  readonly findings: readonly Finding[];
}

/** What a rule's options change in the engine (absent: the project's keyward config decides). */
export type EngineOverrides = Partial<Pick<EngineOptions, 'sanitizers' | 'entryGlobs' | 'allowEnv' | 'publicEnv'>>;

const NOTHING: FileAnalysis = { keys: [], findings: [] };
const cache = new WeakMap<object, Map<string, FileAnalysis>>();

/** How many files were analysed: lets tests show that all rules share one analysis per file. */
export const analysisCount = { files: 0 };

/**
 * The analysis of the file being linted, computed once per Program and set of engine overrides (rules with
 * default options share one), whichever rule asks first.
 */
export function fileAnalysis(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  overrides: EngineOverrides = {},
): FileAnalysis {
  const program = context.sourceCode.ast;
  let byOptions = cache.get(program);
  if (!byOptions) {
    byOptions = new Map();
    cache.set(program, byOptions);
  }
  const key = overridesKey(overrides);
  let analysis = byOptions.get(key);
  if (!analysis) {
    analysisCount.files++;
    analysis = analyse(context, projectSettings(context), overrides);
    byOptions.set(key, analysis);
  }
  return analysis;
}

/** The findings of one rule. */
export function findingsOf(analysis: FileAnalysis, rule: RuleId): Finding[] {
  return analysis.findings.filter((finding) => finding.ruleId === rule);
}

function analyse(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  settings: ProjectSettings,
  overrides: EngineOverrides,
): FileAnalysis {
  const text = context.sourceCode.text;
  const file = relativePath(settings, context.filename);
  if (settings.ignored(file) || tooLarge(text, settings.config.maxFileSize)) return NOTHING;
  // the text scan exactly as `keyward scan` runs it on this file
  const { matches, minified, skipped } = scanFileText(text, file, settings.options);
  if (skipped) return NOTHING;
  const hardcoded = hardcodedKeyFindings(text, matches, { file });
  const keys = matches.map((match, i) => ({ match, finding: hardcoded[i]! }));
  // the engine leaves minified code to the text scan, as the scanner does; and most files, seen alone, can hold
  // no engine finding (no key, env read or split literal, and no sink for a credential to reach)
  if (minified || !mayHoldFindingsAlone(file, text, matches.length > 0)) return { keys, findings: [] };
  const node = sourceFileOf(context, file);
  if (!node) return { keys, findings: [] };
  const findings = analyseProject({
    modules: [{ file, node, keys: matches }],
    facts: projectFacts(settings.root, context.filename),
    options: { ...settings.options, ...overrides },
  });
  return { keys, findings };
}

function tooLarge(text: string, maxBytes: number): boolean {
  return text.length * 3 > maxBytes && Buffer.byteLength(text) > maxBytes;
}

function overridesKey(overrides: EngineOverrides): string {
  const parts: string[] = [];
  if (overrides.sanitizers) parts.push(`s:${[...overrides.sanitizers].join(',')}`);
  if (overrides.entryGlobs) parts.push(`g:${overrides.entryGlobs.join(',')}`);
  if (overrides.allowEnv) parts.push(`a:${[...overrides.allowEnv].join(',')}`);
  if (overrides.publicEnv) parts.push(`p:${JSON.stringify(overrides.publicEnv)}`);
  return parts.join('\0');
}
