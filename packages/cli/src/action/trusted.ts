import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILES } from '@keyward/scanner';
import { DEFAULT_BASELINE } from '../config.js';
import { UsageError } from '../errors.js';
import type { ActionInputs } from './inputs.js';
import { fileAt } from './revisions.js';

// On a pull request the checkout is the contributor's: a config or baseline it adds or edits could hide its
// own findings. The configuration and the baseline are therefore read from the base revision and handed to
// the scan as explicit files; JS configs are never loaded anywhere in the Action.

/** The config and baseline a scan runs with, as options: explicit files, or none. */
export interface TrustedFiles {
  /** A config file to load (the workflow's `config` input, or a copy of the base revision's config). */
  readonly config: string | undefined;
  /** A baseline file, or undefined with `useBaseline` false for none at all. */
  readonly baseline: string | undefined;
  readonly useBaseline: boolean;
  readonly notes: string[];
}

/** Outside pull requests the checkout is the repository's own: the inputs name files in it, as given. */
export function checkoutFiles(inputs: ActionInputs): TrustedFiles {
  return { config: inputs.config, baseline: inputs.baseline, useBaseline: true, notes: [] };
}

/**
 * A pull request's config and baseline, from `base` (undefined when the base revision is not available: then
 * the defaults and no baseline, which can only report more). Copies go to `tempDir`.
 */
export function baseRevisionFiles(
  root: string,
  inputs: ActionInputs,
  base: string | undefined,
  tempDir: string,
): TrustedFiles {
  const notes: string[] = [];
  const write = (name: string, data: Buffer | string) => {
    const file = path.join(tempDir, name);
    writeFileSync(file, data);
    return file;
  };
  if (!base) {
    notes.push('the base revision is not in the checkout: default configuration and no baseline were used');
    return { config: write('config.json', '{}'), baseline: undefined, useBaseline: false, notes };
  }
  const short = base.slice(0, 12);
  let config: Buffer | undefined;
  let configName: string | undefined;
  if (inputs.config) {
    if (!/\.jsonc?$/.test(inputs.config))
      throw new UsageError(`input config: ${inputs.config} is not JSON; the Action never loads JS configs`);
    config = fileAt(root, base, inputs.config);
    configName = inputs.config;
    if (!config) notes.push(`${inputs.config} is not in the base revision ${short}: the defaults were used`);
  } else {
    for (const name of CONFIG_FILES) {
      const data = fileAt(root, base, name);
      if (!data) continue;
      if (!name.endsWith('.json')) {
        notes.push(`${name} (base revision) was not loaded: the Action reads JSON configs only`);
        continue;
      }
      config = data;
      configName = name;
      break;
    }
    if (!config) {
      const pkg = fileAt(root, base, 'package.json');
      const section = pkg ? keywardSection(pkg) : undefined;
      if (section !== undefined) {
        config = Buffer.from(JSON.stringify(section));
        configName = 'package.json#keyward';
      }
    }
  }
  const configFile = write('config.json', config ?? '{}');
  if (configName)
    notes.push(`configuration read from the base revision ${short} (${configName}), not from the pull request`);
  // the baseline: the input, else the base config's `baseline`, else the default file, all at the base revision
  const named = inputs.baseline ?? (config ? baselineKey(config) : undefined) ?? DEFAULT_BASELINE;
  const baseline = fileAt(root, base, named);
  if (!baseline) {
    if (named !== DEFAULT_BASELINE || inputs.baseline)
      notes.push(`${named} is not in the base revision ${short}: no baseline was applied`);
    return { config: configFile, baseline: undefined, useBaseline: false, notes };
  }
  notes.push(`baseline read from the base revision ${short} (${named}), not from the pull request`);
  return { config: configFile, baseline: write('baseline.json', baseline), useBaseline: true, notes };
}

function keywardSection(pkg: Buffer): unknown {
  try {
    const data = JSON.parse(pkg.toString('utf8').replace(/^\uFEFF/, '')) as Record<string, unknown> | null;
    return data && typeof data === 'object' && 'keyward' in data ? data['keyward'] : undefined;
  } catch {
    return undefined;
  }
}

function baselineKey(config: Buffer): string | undefined {
  try {
    const data = JSON.parse(config.toString('utf8').replace(/^\uFEFF/, '')) as Record<string, unknown> | null;
    return data && typeof data['baseline'] === 'string' ? data['baseline'] : undefined;
  } catch {
    return undefined; // the scan reports the broken config itself
  }
}
