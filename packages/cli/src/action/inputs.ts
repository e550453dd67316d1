import { SEVERITIES, type Severity } from '@keyward/core';
import { UsageError } from '../errors.js';
import type { Format } from '../options.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The Action's inputs, as `action.yml` declares them (GitHub passes each as `INPUT_<NAME>`). */
export interface ActionInputs {
  readonly mode: string;
  /** `path`: one path a line, or separated by spaces when on one line. */
  readonly paths: string[];
  readonly base: string | undefined;
  readonly failOn: Severity;
  readonly config: string | undefined;
  readonly baseline: string | undefined;
  readonly format: Format;
  readonly uploadSarif: boolean;
  readonly token: string | undefined;
  /** Ask each reported key's vendor whether it is live (opt-in: sends the key to its vendor). */
  readonly verify: boolean;
}

const input = (env: Env, name: string): string => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();

export function readInputs(env: Env): ActionInputs {
  const failOn = input(env, 'fail-on') || 'low';
  if (!SEVERITIES.includes(failOn as Severity))
    throw new UsageError(`input fail-on must be low, medium or high, not "${failOn}"`);
  const format = input(env, 'format') || 'sarif';
  if (format !== 'sarif' && format !== 'json' && format !== 'text')
    throw new UsageError(`input format must be sarif, json or text, not "${format}"`);
  const path = input(env, 'path') || '.';
  const paths = (path.includes('\n') ? path.split('\n') : path.split(/\s+/)).map((p) => p.trim()).filter(Boolean);
  return {
    mode: input(env, 'mode') || 'scan',
    paths,
    base: input(env, 'base') || undefined,
    failOn: failOn as Severity,
    config: input(env, 'config') || undefined,
    baseline: input(env, 'baseline') || undefined,
    format,
    uploadSarif: (input(env, 'upload-sarif') || 'true') === 'true',
    token: input(env, 'token') || undefined,
    verify: (input(env, 'verify') || 'false') === 'true',
  };
}
