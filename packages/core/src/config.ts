import type { Detector, Environment, Severity } from './types.js';
import { SEVERITIES } from './types.js';
import { detectors as builtIn } from './detectors/index.js';
import { define, escapeRegex } from './detectors/define.js';
import { builtInCatalog, type Catalog, compileCatalog } from './catalog.js';
import { compileUserRegex, type UserRegex, UserRegexError } from './user-regex.js';
import { DEFAULT_SANITIZERS } from './flow-vocabulary.js';
import { labelName } from './util/label.js';
import { binaryDetectors } from './keystore.js';

/** A user-defined detector from the config file. */
export interface CustomDetectorConfig {
  readonly id: string;
  readonly regex: string;
  readonly keywords: readonly string[];
  readonly title?: string;
  readonly provider?: string;
  readonly severity?: Severity;
  readonly environment?: Environment;
  readonly envName?: string;
}

/** `keyward.config.json`, validated. See docs/configuration.md. */
export interface KeywardConfig {
  /** Globs (relative to the scan root) of files never scanned. */
  readonly ignore: readonly string[];
  /** Detector ids turned off. */
  readonly disable: readonly string[];
  /** Per detector id (or `*` for all): values that are not secrets, literal or `/regex/`. */
  readonly allow: Readonly<Record<string, readonly string[]>>;
  readonly detectors: readonly CustomDetectorConfig[];
  /** Files larger than this many bytes are skipped and counted. */
  readonly maxFileSize: number;
  readonly failOn: Severity;
  readonly baseline?: string;
  /** Globs of modules the browser loads, beyond the recognised entry points (semantic pass). */
  readonly clientEntries: readonly string[];
  /** Redaction helpers whose result is safe to log (semantic pass; default `redact`, `mask`). */
  readonly sanitizers: readonly string[];
}

export const DEFAULT_CONFIG: KeywardConfig = {
  ignore: [],
  disable: [],
  allow: {},
  detectors: [],
  maxFileSize: 5 * 1024 * 1024,
  failOn: 'low',
  clientEntries: [],
  sanitizers: DEFAULT_SANITIZERS,
};

/** Config file names, searched in this order in the project root; then a `keyward` key in its package.json. */
export const CONFIG_FILES: readonly string[] = ['keyward.config.json', 'keyward.config.mjs', 'keyward.config.js'];

/** A configuration problem: names the file and the key, maps to exit code 2. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    problem: string,
  ) {
    super(`${file}: ${key ? `"${safeKeyPath(key)}" ` : ''}${problem}`);
    this.name = 'ConfigError';
  }
}

const TOP_KEYS = new Set([
  '$schema',
  'ignore',
  'disable',
  'allow',
  'detectors',
  'maxFileSize',
  'failOn',
  'baseline',
  'clientEntries',
  'sanitizers',
]);
const DETECTOR_KEYS = new Set(['id', 'regex', 'keywords', 'title', 'provider', 'severity', 'environment', 'envName']);

/** Validates raw config data (parsed JSON or a JS module's default export). */
export function validateConfig(raw: unknown, file: string): KeywardConfig {
  if (!isRecord(raw)) throw new ConfigError(file, '', 'must be an object');
  for (const key of Object.keys(raw)) {
    if (!TOP_KEYS.has(key))
      throw new ConfigError(file, key, `is not a known option (known: ${[...TOP_KEYS].slice(1).join(', ')})`);
  }
  const knownIds = new Set(builtIn.map((detector) => detector.id));
  const detectors = optionalArray(raw, 'detectors', file).map((entry, i) =>
    customDetector(entry, `detectors[${i}]`, file),
  );
  detectors.forEach((detector) => knownIds.add(detector.id));
  const disable = stringArray(raw, 'disable', file);
  // binary-file detectors can be disabled too; they have no text value an allow list could name
  const disableIds = new Set([...knownIds, ...binaryDetectors.map((detector) => detector.id)]);
  disable.forEach((id, i) => {
    if (!disableIds.has(id)) throw new ConfigError(file, `disable[${i}]`, `names no detector: "${labelName(id)}"`);
  });
  const allow = allowLists(raw['allow'], file, knownIds);
  const maxFileSize = raw['maxFileSize'] ?? DEFAULT_CONFIG.maxFileSize;
  if (typeof maxFileSize !== 'number' || !Number.isInteger(maxFileSize) || maxFileSize <= 0) {
    throw new ConfigError(file, 'maxFileSize', 'must be a positive integer (bytes)');
  }
  const failOn = raw['failOn'] ?? DEFAULT_CONFIG.failOn;
  if (!SEVERITIES.includes(failOn as Severity))
    throw new ConfigError(file, 'failOn', `must be one of ${SEVERITIES.join(', ')}`);
  const baseline = raw['baseline'];
  if (baseline !== undefined && typeof baseline !== 'string')
    throw new ConfigError(file, 'baseline', 'must be a path string');
  return {
    ignore: stringArray(raw, 'ignore', file),
    disable,
    allow,
    detectors,
    maxFileSize,
    failOn: failOn as Severity,
    ...(baseline !== undefined ? { baseline } : {}),
    clientEntries: stringArray(raw, 'clientEntries', file),
    sanitizers: raw['sanitizers'] === undefined ? DEFAULT_SANITIZERS : stringArray(raw, 'sanitizers', file),
  };
}

function customDetector(entry: unknown, key: string, file: string): CustomDetectorConfig {
  if (!isRecord(entry)) throw new ConfigError(file, key, 'must be an object with id, regex and keywords');
  for (const name of Object.keys(entry)) {
    if (!DETECTOR_KEYS.has(name)) throw new ConfigError(file, `${key}.${name}`, 'is not a known detector option');
  }
  const id = entry['id'];
  if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    throw new ConfigError(file, `${key}.id`, 'must be a kebab-case string');
  const regex = entry['regex'];
  if (typeof regex !== 'string' || regex.length === 0)
    throw new ConfigError(file, `${key}.regex`, 'must be a non-empty string');
  try {
    compileUserRegex(regex);
  } catch (error) {
    throw new ConfigError(file, `${key}.regex`, userRegexProblem(error));
  }
  const keywords = stringArray(entry, 'keywords', file, `${key}.`);
  if (keywords.length === 0 || keywords.some((word) => word.length === 0)) {
    throw new ConfigError(
      file,
      `${key}.keywords`,
      'must list at least one non-empty literal that every match contains',
    );
  }
  for (const name of ['title', 'provider', 'envName'] as const) {
    if (entry[name] !== undefined && typeof entry[name] !== 'string')
      throw new ConfigError(file, `${key}.${name}`, 'must be a string');
  }
  if (entry['severity'] !== undefined && !SEVERITIES.includes(entry['severity'] as Severity)) {
    throw new ConfigError(file, `${key}.severity`, `must be one of ${SEVERITIES.join(', ')}`);
  }
  if (entry['environment'] !== undefined && entry['environment'] !== 'live' && entry['environment'] !== 'test') {
    throw new ConfigError(file, `${key}.environment`, 'must be "live" or "test"');
  }
  return entry as unknown as CustomDetectorConfig;
}

function allowLists(raw: unknown, file: string, knownIds: ReadonlySet<string>): Record<string, string[]> {
  if (raw === undefined) return {};
  if (!isRecord(raw)) throw new ConfigError(file, 'allow', 'must map detector ids (or "*") to lists of values');
  const out: Record<string, string[]> = {};
  for (const [id, values] of Object.entries(raw)) {
    if (id !== '*' && !knownIds.has(id)) throw new ConfigError(file, `allow.${id}`, 'names no detector');
    if (!Array.isArray(values) || values.some((value) => typeof value !== 'string')) {
      throw new ConfigError(file, `allow.${id}`, 'must be a list of strings');
    }
    values.forEach((value: string, i) => {
      try {
        regexLiteral(value);
      } catch (error) {
        throw new ConfigError(file, `allow.${id}[${i}]`, `is not a valid /regex/: it ${userRegexProblem(error)}`);
      }
    });
    out[id] = values as string[];
  }
  return out;
}

/**
 * `/re/flags` → a linear-time regex (flags `g` and `y` dropped: they made a JS `test` stateful, so every other
 * match slipped through); a plain string → undefined. Throws a UserRegexError for a bad `/regex/`.
 */
function regexLiteral(value: string): UserRegex | undefined {
  const match = /^\/(.+)\/([a-z]*)$/.exec(value);
  return match ? compileUserRegex(match[1]!, match[2]!) : undefined;
}

/** The reason a user regex was refused, for a ConfigError (never the pattern's text). */
function userRegexProblem(error: unknown): string {
  if (error instanceof UserRegexError) return error.message;
  throw error;
}

/** The catalog a config asks for: built-ins minus disabled ones, plus custom detectors. */
export function catalogFor(config: KeywardConfig): Catalog {
  if (config.disable.length === 0 && config.detectors.length === 0) return builtInCatalog();
  const disabled = new Set(config.disable);
  const custom = config.detectors.map(toDetector);
  return compileCatalog([...builtIn, ...custom].filter((detector) => !disabled.has(detector.id)));
}

function toDetector(spec: CustomDetectorConfig): Detector {
  return define({
    id: spec.id,
    provider: spec.provider ?? 'Custom',
    title: spec.title ?? `${spec.id} secret`,
    matches: `custom pattern \`${spec.regex}\``,
    keywords: spec.keywords,
    // documents the anchors; matching runs on the linear-time engine, in windows around the keywords
    pattern: new RegExp(spec.keywords.map(escapeRegex).join('|'), 'g'),
    find: customFind(compileUserRegex(spec.regex)),
    envName: spec.envName ?? spec.id.toUpperCase().replace(/-/g, '_'),
    ...(spec.severity ? { severity: spec.severity } : {}),
    ...(spec.environment ? { environment: spec.environment } : {}),
  });
}

/** A custom match is at most this long, and contains one of its detector's keywords. */
const CUSTOM_WINDOW = 1024;

/** Searches merged windows of CUSTOM_WINDOW characters on each side of the keyword occurrences. */
function customFind(regex: UserRegex): NonNullable<Detector['find']> {
  return function* (text, _kind, starts) {
    let i = 0;
    while (i < starts.length) {
      const from = Math.max(0, starts[i]! - CUSTOM_WINDOW);
      let to = Math.min(text.length, starts[i]! + CUSTOM_WINDOW);
      while (i + 1 < starts.length && starts[i + 1]! - CUSTOM_WINDOW <= to)
        to = Math.min(text.length, starts[++i]! + CUSTOM_WINDOW);
      i++;
      yield* regex.matches(text, from, to);
    }
  };
}

/** The allow-list check for a config: per detector and for `*`. */
export function allowFor(config: KeywardConfig): ((detector: Detector, secret: string) => boolean) | undefined {
  const entries = Object.entries(config.allow);
  if (entries.length === 0) return undefined;
  const tests = new Map<string, ((secret: string) => boolean)[]>();
  for (const [id, values] of entries) {
    tests.set(
      id,
      values.map((value) => {
        const pattern = regexLiteral(value);
        return pattern ? (secret: string) => pattern.test(secret) : (secret: string) => secret === value;
      }),
    );
  }
  return (detector, secret) => {
    const checks = [...(tests.get(detector.id) ?? []), ...(tests.get('*') ?? [])];
    return !checks.some((check) => check(secret));
  };
}

/**
 * Parses the text of a JSON config file (a leading BOM allowed). A syntax error names the file and where it
 * is, never what the file holds: a config may sit next to secrets.
 */
export function parseConfigJson(text: string, file: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch (error) {
    const position = /at position (\d+)/.exec((error as Error).message)?.[1];
    if (position === undefined) throw new ConfigError(file, '', 'is not valid JSON');
    const before = body.slice(0, Number(position)).split('\n');
    throw new ConfigError(file, '', `is not valid JSON (line ${before.length}, column ${before.at(-1)!.length + 1})`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function optionalArray(raw: Record<string, unknown>, key: string, file: string): unknown[] {
  const value = raw[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ConfigError(file, key, 'must be an array');
  return value;
}

function stringArray(raw: Record<string, unknown>, key: string, file: string, prefix = ''): string[] {
  const value = raw[key];
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new ConfigError(file, `${prefix}${key}`, 'must be an array of strings');
  }
  return value as string[];
}

/** A key path as an error may show it: each name through `labelName`, so a quoted value never reaches the message. */
function safeKeyPath(key: string): string {
  return key.replace(/[^.[\]]+/g, (segment) => (/^\d+$/.test(segment) ? segment : labelName(segment)));
}
