export { scanProject, scanTree, type ScanTreeOptions, type ScanTreeResult } from './scan-tree.js';
export { scanInput, type ScanInputOptions } from './scan-input.js';
export {
  discover,
  discoverFiles,
  DEFAULT_IGNORES,
  MissingPathError,
  type DiscoverOptions,
  type Discovery,
} from './discover.js';
export { MemoryLimitError, checkMemory } from './memory-guard.js';
export { loadConfig, CONFIG_FILES, type LoadedConfig, type LoadConfigOptions } from './config-file.js';
export { scanFile, scanContent, fileScanContext, type FileScanContext, type KeySpans } from './scan-file.js';
export { checkBinary } from './binary-checks.js';
export { readText, decode, type TextRead } from './read-text.js';
export { addSkip, emptyStats, mergeStats, totalSkipped, type ScanStats, type SkipReason } from './stats.js';
export {
  GitError,
  repositoryRoot,
  stagedEntries,
  blobSizes,
  streamBlobs,
  streamAddedLines,
  unquote as unquoteGitPath,
  headCommit,
  gitDir,
  type StagedEntry,
  type HistorySkip,
  type AddedLinesOptions,
} from './git.js';
export { committedEnvFiles, envFileFinding } from './env-files.js';
export { scanStaged, type ScanStagedOptions, type ScanStagedResult } from './scan-staged.js';
export { scanHistory, historyMessage, type ScanHistoryOptions, type ScanHistoryResult } from './scan-history.js';
export { checkCommittedText, gitPathFilter, type CommittedIn } from './file-checks.js';
export { loadSemantic } from './semantic/load.js';
export { isSemanticSource, mayHoldSemanticFindings } from './semantic/sources.js';
export type { SemanticOptions } from './semantic/index.js';
export {
  scanBundle,
  NoBuildOutputError,
  BUILD_DIRS,
  findBuildDirs,
  parseEnvFile,
  type ScanBundleOptions,
  type ScanBundleResult,
} from './bundle/index.js';
export {
  KeyCollector,
  VerificationRun,
  VerifyConfigError,
  DEFAULT_LIMITS,
  type KeyCandidate,
  type Limits,
  type VerifyOptions,
  type VerificationSummary,
} from './verify/index.js';
