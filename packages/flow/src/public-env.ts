import { createFinding, isPublicByDesign, isSecretEnvName, publicPrefix, type Finding } from '@keyward/core';
import { rangeOf } from './syntax.js';
import { indexOf } from './module-index.js';
import type { ModuleSummary } from './module-summary.js';
import type { EngineOptions } from './options.js';

// `no-public-env-secret` in code: a secret read through a name the bundler inlines into browser code
// (`NEXT_PUBLIC_`, `VITE_`…). Wherever it is read, the value ends up in the bundle. `.env*` files are judged
// by core's text rule with the same words.

export function publicEnvFindings(module: ModuleSummary, options: EngineOptions): Finding[] {
  const { prefixes, secretWords, allow } = options.publicEnv;
  const findings: Finding[] = [];
  for (const read of indexOf(module.node).envReads) {
    const prefix = publicPrefix(read.name, prefixes);
    if (!prefix) continue;
    const rest = read.name.slice(prefix.length);
    if (!isSecretEnvName(rest, secretWords) || isPublicByDesign(rest, allow)) continue;
    findings.push(
      createFinding({
        ruleId: 'no-public-env-secret',
        file: module.file,
        ...rangeOf(module.node, read.node),
        message: `${read.name} names a secret, but the ${prefix} prefix makes the bundler copy its value into browser code. Rename it without the prefix, read it on the server, and rotate it.`,
        identity: `${module.file}\0${read.name}`,
        redacted: read.name,
      }),
    );
  }
  return findings;
}
