import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG, type KeywardConfig } from '@keyward/core';
import { mayHoldFindings, mayHoldFindingsAlone } from '@keyward/flow';
import { emptyStats, fileScanContext, loadConfig, scanContent, type KeySpans } from '@keyward/scanner';
import { semanticFindings } from '../packages/scanner/src/semantic/index.js';
import { generator } from '../packages/core/test/helpers/random.js';
import { materialise, SHARED_RULES } from './helpers/parity.js';

// The lexical prefilters decide, before any parsing, that a module cannot hold an engine finding. A prefilter that
// is not a superset of what the sources and sinks look for drops findings silently, so: every module of the parity
// corpus and of the fixture projects on which the engine, run on that module alone without any prefilter (what
// ESLint sees), reports a finding must pass mayHoldFindingsAlone; and hand-made modules that only just hold a
// finding (one per sink kind, an `@author` header, a split key in parentheses, an optional-chained env read) must
// report and pass it too.

const fixtures = fileURLToPath(new URL('../test-fixtures/', import.meta.url));
const CODE = /\.(?:[cm]?[jt]sx?|vue|svelte)$/;

function codeFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(full).isDirectory()) return codeFiles(root, full);
    return CODE.test(name) ? [path.relative(root, full).split(path.sep).join('/')] : [];
  });
}

/** The engine on one module, as ESLint runs it but without its prefilter: the findings and whether keys were found. */
function alone(root: string, file: string, text: string, config: KeywardConfig) {
  const spans: KeySpans = new Map();
  scanContent(text, Buffer.byteLength(text), file, fileScanContext(config, false), emptyStats(), spans);
  const findings = semanticFindings({
    root,
    files: [file],
    contents: new Map([[file, text]]),
    config,
    keys: spans,
  }).filter((finding) => SHARED_RULES.includes(finding.ruleId));
  return { findings, hasKeys: (spans.get(file)?.length ?? 0) > 0 };
}

let parity: string;
beforeAll(() => {
  parity = materialise();
});
afterAll(() => rmSync(parity, { recursive: true, force: true }));

describe('mayHoldFindingsAlone (the prefilter ESLint asks before analysing a file)', () => {
  it('passes every module of the parity corpus and the fixture projects that the engine reports on', async () => {
    const roots = [
      parity,
      ...readdirSync(fixtures)
        .filter((name) => name !== 'parity')
        .map((name) => path.join(fixtures, name)),
    ];
    let reported = 0;
    const dropped: string[] = [];
    for (const root of roots) {
      const { config } = await loadConfig(root);
      for (const file of codeFiles(root)) {
        const text = readFileSync(path.join(root, file), 'utf8');
        const { findings, hasKeys } = alone(root, file, text, config);
        if (findings.length === 0) continue;
        reported++;
        if (!mayHoldFindingsAlone(file, text, hasKeys)) dropped.push(`${path.basename(root)}/${file}`);
      }
    }
    expect(reported).toBeGreaterThan(60);
    expect(dropped).toEqual([]);
  });

  const g = generator(1515);
  const head = `lmif_live_${g.chars(6)}`;
  const tail = g.chars(26);
  const reporting: [string, string, string][] = [
    [
      'a console sink in a file whose only auth word is @author',
      'src/a.js',
      '/** @author someone */\nexport function show(token) {\n  console.log(token);\n}\n',
    ],
    [
      'a thrown error',
      'src/b.ts',
      'export function fail(apiKey: string) {\n  throw new TypeError(`bad ${apiKey}`);\n}\n',
    ],
    [
      'an optional-chained response',
      'src/c.ts',
      'export const h = (req, res) => res?.json({ auth: req.headers.authorization });\n',
    ],
    [
      'a logger named …Log',
      'src/d.ts',
      'export function f(auditLog: any, password: string) {\n  auditLog.info(password);\n}\n',
    ],
    [
      'a debug instance, called',
      'src/e.js',
      "const dbg = require('debug')('app');\nexport function f(token) {\n  dbg(token);\n}\n",
    ],
    [
      'an analytics call',
      'src/f.ts',
      "export function f(token: string) {\n  analytics.track('login', { token });\n}\n",
    ],
    [
      'a span attribute',
      'src/g.ts',
      "export function f(span: any, secret: string) {\n  span.setAttribute('s', secret);\n}\n",
    ],
    [
      'a Sentry context',
      'src/h.ts',
      "import * as Sentry from '@sentry/node';\nexport function f(apiKey: string) {\n  Sentry.setContext('c', { apiKey });\n}\n",
    ],
    [
      'a winston logger under another name',
      'src/i.ts',
      "import w from 'winston';\nconst out = w.createLogger();\nexport function f(token: string) {\n  out.info(token);\n}\n",
    ],
    [
      'a credential passed to a local function that logs it',
      'src/j.ts',
      'function show(v: string) {\n  console.info(v);\n}\nexport function f(secret: string) {\n  show(secret);\n}\n',
    ],
    ['a split key in parentheses', 'src/k.ts', `export const k = ('${head}') +\n  '${tail}';\n`],
    [
      'an optional-chained env read in a client file',
      'src/l.client.ts',
      'export const k = process?.env.STRIPE_SECRET_KEY;\n',
    ],
    [
      'a response method with type arguments',
      'src/m.ts',
      'export function h(req: any, res: any) {\n  res.json<{ a: string }>({ a: req.headers.authorization });\n}\n',
    ],
    [
      'a thrown error after a comment',
      'src/n.js',
      'export function f(secret) {\n  throw /* why */ new Error(secret);\n}\n',
    ],
    [
      'a camel-case key name with a word after Key',
      'src/p.ts',
      'export function f(privateKeyPem: string) {\n  console.log(privateKeyPem);\n}\n',
    ],
    [
      'a snake-case key name with a word after key',
      'src/q.js',
      'export function f(private_key_pem) {\n  console.log(private_key_pem);\n}\n',
    ],
    [
      'names spelled with \\u escapes',
      'src/o.js',
      'export function f(\\u0074oken) {\n  \\u0063onsole.log(\\u0074oken);\n}\n',
    ],
  ];

  it.each(reporting)('keeps %s', (_what, file, text) => {
    const { findings, hasKeys } = alone('/virtual', file, text, DEFAULT_CONFIG);
    expect(findings.length).toBeGreaterThan(0);
    expect(mayHoldFindingsAlone(file, text, hasKeys)).toBe(true);
    // the scanner's prefilter (keyward staged) must keep them too: a single staged file is a module alone
    expect(mayHoldFindings(text, hasKeys)).toBe(true);
  });

  it('skips modules with credential words but no sink, and a lone @author', () => {
    const tokenizer =
      '/** @author someone */\nexport function tokenize(text) {\n  const tokens = [];\n  for (const key of Object.keys(text)) tokens.push(key);\n  return tokens;\n}\n';
    expect(alone('/virtual', 'src/t.js', tokenizer, DEFAULT_CONFIG).findings).toEqual([]);
    expect(mayHoldFindings(tokenizer, false)).toBe(true);
    expect(mayHoldFindingsAlone('src/t.js', tokenizer, false)).toBe(false);
    const authored = '/**\n * @author someone\n */\nexport const add = (a, b) => a + b;\n';
    expect(mayHoldFindings(authored, false)).toBe(false);
    expect(mayHoldFindingsAlone('src/u.js', authored, false)).toBe(false);
    // `response.json()` of a fetch hands nothing over, and `throw error` is no new error
    const fetcher =
      'export async function load(url, headers) {\n  try {\n    return await fetch(url, { headers }).then((response) => response.json());\n  } catch (error) {\n    throw error;\n  }\n}\n';
    expect(alone('/virtual', 'src/v.js', fetcher, DEFAULT_CONFIG).findings).toEqual([]);
    expect(mayHoldFindings(fetcher, false)).toBe(true);
    expect(mayHoldFindingsAlone('src/v.js', fetcher, false)).toBe(false);
    expect(mayHoldFindingsAlone('src/v.js', fetcher.replace('response.json()', 'response.json(headers)'), false)).toBe(
      true,
    );
    // escapes that spell no word (a regex's no-break space, a string's arrow) are no reason to parse the module
    const escaped = "export const trim = (s) => s.replace(/\\u00a0|\\u{2028}/g, ' ').concat('\\x3e');\n";
    expect(alone('/virtual', 'src/w.js', escaped, DEFAULT_CONFIG).findings).toEqual([]);
    expect(mayHoldFindings(escaped, false)).toBe(false);
    expect(mayHoldFindingsAlone('src/w.js', escaped, false)).toBe(false);
    // while a word spelled with them is one, in a name or in a string
    expect(mayHoldFindings('export const t = s.\\u0074oken;\n', false)).toBe(true);
    expect(mayHoldFindings("export const h = { '\\x41uthorization': x };\n", false)).toBe(true);
    // a key found by the text scan, or a bundler config, always gets the analysis
    expect(mayHoldFindingsAlone('src/t.js', tokenizer, true)).toBe(true);
    expect(mayHoldFindingsAlone('vite.config.ts', 'export default {};', false)).toBe(true);
  });
});
