import { jsonSyntaxError } from '@keyward/core';
import { UsageError } from '../errors.js';
import { addMember, layoutOf, member, objectAt, objectText, replaceValue, rootStart } from './json-text.js';

/** package.json as read: its text, and the parsed value only to look at (the text is what gets edited). */
export interface PackageJson {
  readonly text: string;
  readonly data: Record<string, unknown>;
}

/** The edited text and what changed, one phrase per change (empty when nothing needed changing). */
export interface PackageJsonEdit {
  readonly text: string;
  readonly what: readonly string[];
}

const HUSKY_RANGE = '^9.1.7';

/**
 * Parses package.json for `init`. A byte-order mark is allowed (and kept). Errors never quote the file: it may
 * hold a token (an `.npmrc`-style auth line pasted into a script), and parser messages quote what they choke on.
 */
export function readPackageJson(text: string, name = 'package.json'): PackageJson {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw new UsageError(`${name} is not valid JSON (${jsonSyntaxError(body) ?? 'syntax error'}): fix it first`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new UsageError(`${name} is not a JSON object: fix it first`);
  return { text, data: data as Record<string, unknown> };
}

/**
 * Adds what husky 9 needs (`"prepare": "husky"`, `husky` and `keyward` dev dependencies) by editing the text:
 * everything else stays byte for byte. A `scripts`, `devDependencies` or `prepare` of the wrong type is refused
 * with the reason (npm ignores such a `scripts`, so adding to it would change nothing that runs).
 */
export function addHusky(pkg: PackageJson, keywardVersion: string, name = 'package.json'): PackageJsonEdit {
  const scripts = objectField(pkg.data, 'scripts', name);
  const dev = objectField(pkg.data, 'devDependencies', name);
  const deps = objectField(pkg.data, 'dependencies', name);
  const prepare = scripts?.['prepare'];
  if (prepare !== undefined && typeof prepare !== 'string')
    throw new UsageError(`${name}: "scripts.prepare" is ${kind(prepare)}, not a command string: fix it first`);

  const layout = layoutOf(pkg.text);
  let text = pkg.text;
  const what: string[] = [];
  const root = () => objectAt(text, rootStart(text));
  /** Adds `key: value` to the root object's `field` object, creating the field when it is missing. */
  const add = (field: string, key: string, value: string) => {
    const existing = member(root(), field);
    if (existing) text = addMember(text, objectAt(text, existing.valueStart), 1, key, JSON.stringify(value), layout);
    else text = addMember(text, root(), 0, field, objectText({ [key]: value }, 1, layout), layout);
  };

  if (prepare === undefined || prepare.trim() === '') {
    const current = scripts && member(objectAt(text, member(root(), 'scripts')!.valueStart), 'prepare');
    if (current) text = replaceValue(text, current, JSON.stringify('husky'));
    else add('scripts', 'prepare', 'husky');
    what.push('scripts.prepare = "husky"');
  } else if (!/\bhusky\b/.test(prepare)) {
    const current = member(objectAt(text, member(root(), 'scripts')!.valueStart), 'prepare')!;
    text = replaceValue(text, current, JSON.stringify(`${prepare} && husky`));
    what.push('scripts.prepare += " && husky"');
  }
  if (!dev?.['husky'] && !deps?.['husky']) {
    add('devDependencies', 'husky', HUSKY_RANGE);
    what.push(`devDependencies.husky = "${HUSKY_RANGE}"`);
  }
  if (!dev?.['keyward'] && !deps?.['keyward'] && pkg.data['name'] !== 'keyward') {
    add('devDependencies', 'keyward', `^${keywardVersion}`);
    what.push(`devDependencies.keyward = "^${keywardVersion}"`);
  }
  return { text, what };
}

/** The field as an object, undefined when absent; anything else is refused. */
function objectField(data: Record<string, unknown>, field: string, name: string): Record<string, unknown> | undefined {
  const value = data[field];
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new UsageError(
      `${name}: "${field}" is ${kind(value)}, not an object (npm ignores it): make it an object or remove it, then run keyward init again`,
    );
  return value as Record<string, unknown>;
}

/** What a JSON value is, in words: never the value itself. */
function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
