export type {
  TraceStep,
  Category,
  Confidence,
  Detector,
  Environment,
  FileKind,
  Finding,
  FindingOrigin,
  MatchContext,
  SecretMatch,
  Severity,
  Verification,
} from './types.js';
export { SEVERITIES } from './types.js';
export { detectors, define, prefixed, decodeJwt, isSecretValue } from './detectors/index.js';
export {
  isSecretName,
  isCredentialName,
  isNonSecretTokenName,
  isSecretEnvName,
  isServerSecretName,
} from './secret-names.js';
export { type Catalog, type KeywordHits, builtInCatalog, compileCatalog, keywordHits } from './catalog.js';
export { AhoCorasick } from './util/aho-corasick.js';
export { scanText, type ScanTextOptions } from './scan.js';
export { scanFileText, scanQuietAscii, type FileTextScan, type FileTextScanOptions } from './file-scan.js';
export { isPlaceholder } from './placeholder.js';
export { isSuppressed, suppressionFilter } from './suppression.js';
export { fileKind, isGeneratedPath, looksMinified } from './file-kind.js';
export {
  createFinding,
  hardcodedKeyFindings,
  hardcodedKeyFinding,
  hardcodedKeyMessage,
  envFileKeyMessage,
  matchConfidence,
  rangeAt,
  type FindingInput,
  type FindingRange,
  envNameFor,
  severityAtLeast,
  compareFindings,
  type FindingOptions,
} from './finding.js';
export { LineIndex } from './position.js';
export { rules, ruleMeta, type RuleMeta, type RuleId } from './rules.js';
export {
  type KeywardConfig,
  type CustomDetectorConfig,
  DEFAULT_CONFIG,
  CONFIG_FILES,
  ConfigError,
  parseConfigJson,
  validateConfig,
  catalogFor,
  allowFor,
} from './config.js';
export {
  type Baseline,
  type BaselineEntry,
  BaselineError,
  createBaseline,
  mergeBaseline,
  parseBaseline,
  notInBaseline,
} from './baseline.js';
export { unsafeRegexReason } from './regex-safety.js';
export { redact } from './util/redact.js';
export { labelName, joinLabel, MAX_LABEL, redactKeys } from './util/label.js';
export { jsonSyntaxError } from './util/json.js';
export { fingerprint, sha256Hex } from './util/fingerprint.js';
export { crc32, base62, hasBase62Crc32, hasHexCrc32 } from './util/checksum.js';
export { shannonEntropy, characterClasses } from './util/entropy.js';
export { PUBLIC_PREFIXES, SECRET_WORDS, PUBLIC_BY_DESIGN, publicPrefix, isPublicByDesign } from './env-names.js';
export {
  environmentContext,
  environmentFindings,
  publicEnvFindings,
  isEnvFile,
  isEnvExample,
  type EnvironmentContext,
} from './environment.js';
export {
  CREDENTIAL_HEADERS,
  CONSOLE_METHODS,
  LOG_LEVELS,
  LOGGER_MODULES,
  LOGGER_NAME,
  isLoggerName,
  ANALYTICS_METHODS,
  SENTRY_METHODS,
  KEEPING_FUNCTIONS,
  KEEPING_METHODS,
  KEEPING_STATICS,
  CARRIER_PROPERTIES,
  DEFAULT_SANITIZERS,
} from './flow-vocabulary.js';
export {
  verifiers,
  verifierFor,
  verifyUrlVariable,
  unverifiable,
  signSigV4,
  type Attribution,
  type InvalidReason,
  type KeyContext,
  type KeyMaterial,
  type RequestContext,
  type UnknownReason,
  type Verifier,
  type VerifyRequest,
  type VerifyResponse,
  type SigV4Request,
  type SigV4Credentials,
  type SigV4Result,
} from './verifiers/index.js';
export { binaryDetectors, keystoreFinding, type BinaryDetector, type KeystoreOptions } from './keystore.js';
export {
  mayBePfx,
  parsePfx,
  verifyPfxMac,
  MAX_MAC_ITERATIONS,
  type MacVerdict,
  type Pfx,
  type PfxMac,
  type PfxParse,
} from './util/pkcs12.js';
export { helpFor, remediationFor, remediations, type Place, type Remediation } from './remediation.js';
