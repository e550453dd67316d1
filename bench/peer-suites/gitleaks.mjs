// gitleaks: every rule file in cmd/generate/config/rules builds `tps` (must be found) and `fps` (must not)
// and hands them to utils.Validate. The values are evaluated here from the Go source at run time.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Unsupported, evaluate, tokenize } from './go-values.mjs';
import { sampleRegex } from './regex-sample.mjs';

/** Where each of gitleaks' sample templates would live, so the scan sees the right file kind. */
function templatePath(name) {
  const lang = name.split(' - ')[0].trim().toLowerCase();
  const ext = {
    ini: 'config.ini',
    json: 'config.json',
    xml: 'config.xml',
    yaml: 'config.yaml',
    'c#': 'Config.cs',
    go: 'config.go',
    java: 'Config.java',
    kotlin: 'Config.kt',
    php: 'config.php',
    python: 'config.py',
    misc: 'Config.java',
    logstash: 'logstash.conf',
    make: 'Makefile',
  }[lang];
  return ext ?? 'case.txt';
}

function sampleTemplates(root) {
  const tokens = tokenize(readFileSync(join(root, 'cmd/generate/config/utils/generate.go'), 'utf8'));
  const start = tokens.findIndex((t, i) => t.value === 'samples' && tokens[i + 1]?.value === ':=');
  const templates = [];
  for (let i = start; i < tokens.length && tokens[i].value !== 'replacer'; i++) {
    if (tokens[i].type === 'string' && tokens[i + 1]?.value === ':' && tokens[i + 2]?.type === 'string')
      templates.push({ name: tokens[i].value, template: tokens[i + 2].value });
  }
  return templates;
}

export function gitleaksCases(root, random) {
  const templates = sampleTemplates(root);
  const fill = (template, id, secret) =>
    template.replaceAll('{i}', id).replaceAll('{I}', id.toUpperCase()).replaceAll('{s}', secret);
  const pattern = (shape) => (size) => shape.replace('N', size);
  const helpers = {
    NewSecret: (regex) => sampleRegex(regex, random),
    Numeric: pattern('[0-9]{N}'),
    Hex: pattern('[a-f0-9]{N}'),
    AlphaNumeric: pattern('[a-z0-9]{N}'),
    AlphaNumericExtendedShort: pattern('[a-z0-9_-]{N}'),
    AlphaNumericExtended: pattern('[a-z0-9=_\\-]{N}'),
    AlphaNumericExtendedLong: pattern('[a-z0-9\\/=_\\+\\-]{N}'),
    Hex8_4_4_4_12: () => '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    GenerateSampleSecret: (id, secret) => `${id}_api_token = "${secret}"`,
    GenerateSampleSecrets: (id, secret) =>
      templates.map(({ name, template }) => ({ text: fill(template, id, secret), path: templatePath(name), secret })),
  };
  const dir = join(root, 'cmd/generate/config/rules');
  const cases = [];
  let skipped = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    const tokens = tokenize(source);
    const allowlist = allowlistRegexes(source);
    const env = {};
    let rule = file.replace(/\.go$/, '');
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.value === 'RuleID' && tokens[i + 1]?.value === ':' && tokens[i + 2]?.type === 'string')
        rule = tokens[i + 2].value;
      if (
        t.type === 'ident' &&
        (tokens[i + 1]?.value === ':=' || (tokens[i + 1]?.value === '=' && tokens[i - 1]?.value !== '.'))
      ) {
        try {
          const { value, next } = evaluate(tokens, i + 2, env, helpers);
          env[t.value] = value;
          i = next - 1;
        } catch (error) {
          if (!(error instanceof Unsupported)) throw error;
          delete env[t.value];
          if (t.value === 'tps' || t.value === 'fps') skipped++;
        }
      }
      if ((t.value === 'Validate' || t.value === 'ValidateWithPaths') && tokens[i + 1]?.value === '(') {
        const tps = tokens[i + 4]?.value;
        const fps = tokens[i + 6]?.value;
        for (const [name, positive] of [
          [tps, true],
          [fps, false],
        ]) {
          const list = env[name];
          if (Array.isArray(list)) for (const item of list) cases.push(toCase(item, positive, rule, file, allowlist));
          else if (list && typeof list === 'object')
            for (const [path, text] of Object.entries(list))
              cases.push(toCase({ text, path }, positive, rule, file, allowlist));
          delete env[name];
        }
      }
    }
  }
  return { cases: cases.filter(Boolean), skipped };
}

/**
 * The regexes of a rule file's `Allowlists` (values gitleaks drops after matching: SDK example keys,
 * placeholder passwords), as Go source; commented-out lines are left out. Used only to flag negatives.
 */
function allowlistRegexes(source) {
  const code = source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  const at = code.indexOf('Allowlists:');
  if (at < 0) return [];
  const end = code.indexOf('tps', at);
  const block = code.slice(at, end < 0 ? undefined : end);
  return [...block.matchAll(/regexp\.MustCompile\(`([^`]*)`\)/g)].map((m) => m[1]);
}

function toCase(item, positive, rule, file, allowlist = []) {
  const base = typeof item === 'string' ? { text: item, path: 'case.txt' } : item;
  if (typeof base.text !== 'string') return undefined;
  return {
    suite: 'gitleaks',
    rule,
    source: file,
    positive,
    text: base.text,
    path: base.path,
    ...(base.secret ? { secret: base.secret } : {}),
    ...(positive || allowlist.length === 0 ? {} : { allowlist }),
  };
}
