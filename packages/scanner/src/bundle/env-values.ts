import { readdirSync } from 'node:fs';
import path from 'node:path';
import {
  AhoCorasick,
  isEnvExample,
  isPlaceholder,
  isPublicByDesign,
  isSecretValue,
  isServerSecretName,
  publicPrefix,
  type Severity,
} from '@keyward/core';
import { readText } from '../read-text.js';
import { parseEnvFile } from './env-file.js';

/** A server-only variable whose value must never reach the browser. Its value lives only in memory. */
export interface ServerEnvValue {
  readonly name: string;
  /** The `.env` file and line it came from, relative to the scan root; empty for a value from the environment. */
  readonly file: string;
  readonly line: number;
  readonly value: string;
  /** `high` when the name says secret (or the value is a URL with a password), `medium` for a random-looking value. */
  readonly severity: Severity;
  /** Set when this is the password inside the variable's URL, looked for on its own too. */
  readonly part?: 'password';
}

/** Where a server-only value occurs in a text. */
export interface EnvValueHit {
  readonly start: number;
  readonly end: number;
  /** Every variable that holds this value (usually one). */
  readonly values: readonly ServerEnvValue[];
}

/**
 * Finds server-only values in text: one Aho-Corasick pass over the first `WINDOW` characters of each
 * value (raw, JSON-escaped and HTML-escaped, as bundlers write string literals), each candidate then
 * confirmed by comparing the whole value in place; with only a few spellings, a native `indexOf` per
 * spelling instead. Nothing is hashed to disk or printed.
 */
export interface EnvValueMatcher {
  readonly size: number;
  find(text: string): EnvValueHit[];
}

const WINDOW = 32;
const MAX_MATCHED_LENGTH = 4096;
const MAX_ENV_FILE = 1024 * 1024;
const COMMON = new Set([
  'true',
  'false',
  'yes',
  'no',
  'on',
  'off',
  'null',
  'undefined',
  'none',
  'production',
  'development',
  'staging',
  'preview',
  'testing',
  'localhost',
  'disabled',
  'enabled',
]);

/** One assignment of a project `.env*` file (public or not), with the file it came from. */
export interface ProjectEnvEntry {
  readonly name: string;
  readonly value: string;
  /** Relative to the scan root. */
  readonly file: string;
  readonly line: number;
}

/** Reads every assignment of the `.env*` files (not examples) in each directory. */
export function loadEnvFiles(root: string, directories: readonly string[]): ProjectEnvEntry[] {
  const entries: ProjectEnvEntry[] = [];
  for (const directory of [...new Set(directories)]) {
    let names: string[];
    try {
      names = readdirSync(directory, { withFileTypes: true })
        .filter((entry) => entry.isFile() && /^\.env(?:\..+)?$/.test(entry.name) && !isEnvExample(entry.name))
        .map((entry) => entry.name)
        .sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const absolute = path.join(directory, name);
      const read = readText(absolute, MAX_ENV_FILE);
      if ('skip' in read) continue;
      const file = path.relative(root, absolute).split(path.sep).join('/');
      for (const entry of parseEnvFile(read.text)) entries.push({ ...entry, file });
    }
  }
  return entries;
}

/** The values that must stay on the server: see `serverOnly`. A URL's password is looked for on its own too. */
export function serverEnvValues(entries: readonly ProjectEnvEntry[]): ServerEnvValue[] {
  const values: ServerEnvValue[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const severity = serverOnly(entry.name, entry.value);
    if (!severity) continue;
    for (const value of [entry.value, ...urlPassword(entry.value)]) {
      const key = `${entry.name}\0${value}`;
      if (seen.has(key) || (value !== entry.value && !significant(value))) continue;
      seen.add(key);
      const part = value === entry.value ? {} : { part: 'password' as const };
      values.push({ name: entry.name, file: entry.file, line: entry.line, value, severity, ...part });
    }
  }
  return values;
}

/** Values of environment variables the user named (`--env-var`): all high, if distinctive enough to look for. */
export function environmentValues(environment: Readonly<Record<string, string>>): ServerEnvValue[] {
  return Object.entries(environment)
    .filter(([, value]) => significant(value.trim()))
    .map(([name, value]) => ({ name, file: '', line: 0, value: value.trim(), severity: 'high' as const }));
}

/**
 * Whether a variable is server-only and its value distinctive enough to look for: not public by prefix or
 * by design, longer than 8 characters, not a boolean, number, version, path or URL without credentials.
 */
export function serverOnly(name: string, raw: string): Severity | undefined {
  const value = raw.trim();
  if (publicPrefix(name) || !significant(value)) return undefined;
  if (/^[a-z][a-z0-9+.-]{1,20}:\/\//i.test(value)) return urlPassword(value).length ? 'high' : undefined;
  if (isServerSecretName(name)) return 'high';
  if (isPublicByDesign(name)) return undefined;
  return isSecretValue(value, name) ? 'medium' : undefined;
}

function significant(value: string): boolean {
  if (value.length <= 8 || COMMON.has(value.toLowerCase())) return false;
  if (/^[+-]?\d[\d_,.]*$/.test(value) || /^v?\d+(?:\.\d+)+(?:[-+][\w.-]*)?$/.test(value)) return false;
  if (/^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(value)) return false;
  return !isPlaceholder(value);
}

/** The password of `scheme://user:password@host`, when there is one. */
function urlPassword(value: string): string[] {
  const match = /^[a-z][a-z0-9+.-]{1,20}:\/\/[^/?#@:\s]{0,256}:([^/?#@\s]{1,1024})@/i.exec(value);
  return match ? [match[1]!] : [];
}

export function envValueMatcher(values: readonly ServerEnvValue[]): EnvValueMatcher {
  // one needle per distinct spelling; each needle knows every variable that holds it
  const spellings = new Map<string, ServerEnvValue[]>();
  for (const value of values) {
    for (const spelling of spellingsOf(value.value)) {
      const list = spellings.get(spelling) ?? [];
      if (!list.some((other) => other.name === value.name)) list.push(value);
      spellings.set(spelling, list);
    }
  }
  const needles = [...spellings.keys()];
  // A few needles: V8's native indexOf per needle beats one automaton pass (it skips through the text).
  const direct =
    needles.length <= DIRECT_SEARCH_LIMIT ? needles : needles.filter((needle) => !isAscii(needle.slice(0, WINDOW)));
  const automatic =
    needles.length <= DIRECT_SEARCH_LIMIT ? [] : needles.filter((needle) => isAscii(needle.slice(0, WINDOW)));
  const automaton = automatic.length ? new AhoCorasick(automatic.map((needle) => needle.slice(0, WINDOW))) : undefined;
  return {
    size: values.length,
    find(text) {
      const hits: EnvValueHit[] = [];
      automaton?.forEachMatch(text, (id, start) => {
        const needle = automatic[id]!;
        if (text.startsWith(needle, start))
          hits.push({ start, end: start + needle.length, values: spellings.get(needle)! });
      });
      for (const needle of direct)
        for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length))
          hits.push({ start: at, end: at + needle.length, values: spellings.get(needle)! });
      return longestFirst(hits);
    },
  };
}

const DIRECT_SEARCH_LIMIT = 24;

function isAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}

/** How a bundler may have written the value: as is, escaped in a JS/JSON string, escaped in HTML. */
function spellingsOf(value: string): string[] {
  const capped = value.length > MAX_MATCHED_LENGTH ? value.slice(0, MAX_MATCHED_LENGTH) : value;
  const json = JSON.stringify(capped).slice(1, -1);
  const html = capped.replace(/[&<>"']/g, (c) => HTML[c]!);
  return [...new Set([capped, json, html])];
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Hits sorted by position; of overlapping hits the longest stays (a URL beats the password inside it). */
function longestFirst(hits: EnvValueHit[]): EnvValueHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: EnvValueHit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}
