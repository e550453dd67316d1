import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { run } from '../src/run.js';
import { buildSamples } from '../../core/test/helpers/samples.js';
import { generator } from '../../core/test/helpers/random.js';
import plugin from '../../eslint-plugin/src/index.js';
import { detectors, redact, scanText, verifiers, verifyUrlVariable } from '@keyward/core';
import { startVendors, type Recorded } from '../../scanner/test/helpers/mock-vendor.js';
import { FORMATS } from '../src/option-table.js';

// Each case runs the CLI over a tree planted with a key of every one of 400+ detectors, in up to six formats:
// seconds each alone, but past the 30 s default on a loaded 2-core machine.
vi.setConfig({ testTimeout: 300_000 });

// Plants a key of every detector, and the same keys inside code the semantic pass follows (literals inside
// calls, templates, headers objects, axios configs, thrown errors, multi-line and split keys), runs every
// output path, and checks that no output shows more of any planted secret than its redacted prefix, unless
// --show-secrets was given.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const bin = path.join(repoRoot, 'packages/cli/bin/keyward.js');
const actionScript = path.join(repoRoot, 'action/main.js');
let repo: string;

interface Planted {
  readonly secret: string;
  /** What an output may show of it: the redacted form without the ellipsis. */
  readonly shown: string;
}
const planted = new Map<string, Planted>();
const semanticFiles: string[] = [];

/** A secret and what may be shown of it; found by several detectors, the longest public prefix counts. */
function plant(secret: string, prefixLength: number): void {
  const shown = redact(secret, prefixLength).replace(/…$/, '');
  if (secret.length >= 8 && shown.length >= (planted.get(secret)?.shown.length ?? 0))
    planted.set(secret, { secret, shown });
}

/** What the catalog itself says (titles, shapes, keywords: in SARIF rule help): constant parts of key formats. */
const CATALOG_TEXT = detectors.map((d) => [d.title, d.matches, d.remediation, ...d.keywords].join('\n')).join('\n');

function plantFound(text: string, file: string): void {
  for (const match of scanText(text, { path: file })) plant(match.secret, match.detector.prefixLength ?? 0);
}

/** Code shapes the semantic pass follows a key through; each gets its own key. */
const SEMANTIC_CASES: Record<string, (key: string, pem: string) => string> = {
  'call-literal.ts': (k) =>
    `import { getClient, getLogger } from './client';\n` +
    `console.log(getClient('${k}').apiKey);\n` +
    `console.log(getClient('${k}').headers);\n` +
    `getLogger('${k}').info(getClient('${k}').token);\n` +
    `console.log(clients['${k}'].secret);\n`,
  'template.ts': (k) =>
    `import { make } from './client';\n` +
    'console.log(`Bearer ' +
    k +
    '`);\n' +
    'console.warn(`key=${make(`' +
    k +
    '`).token}`);\n',
  'headers.ts': (k) =>
    `const headers = { Authorization: \`Bearer ${k}\`, 'x-api-key': '${k}' };\n` +
    `console.log(headers);\n` +
    `console.log(new Headers({ authorization: '${k}' }));\n` +
    `console.info({ headers: { authorization: '${k}' } }.headers);\n`,
  'axios.ts': (k) =>
    `import axios from 'axios';\n` +
    `axios.get('https://api.example.com/v1', { headers: { Authorization: 'Bearer ${k}' } })\n` +
    `  .catch((error) => console.error(error.config));\n` +
    `const api = axios.create({ headers: { 'x-api-key': '${k}' } });\n` +
    `api.interceptors.request.use((config) => { console.debug(config.headers); return config; });\n`,
  'thrown.ts': (k) =>
    `import { getClient } from './client';\n` +
    `export function check() {\n` +
    `  if (Math.random()) throw new Error(\`bad key ${k}\`);\n` +
    `  throw new TypeError(getClient('${k}').secret);\n` +
    `}\n`,
  'multi-line.ts': (k, pem) =>
    `import { getClient } from './client';\n` +
    `console.log(\n  getClient(\n    '${k}',\n  ).apiKey,\n);\n` +
    'console.log(`' +
    pem +
    '`);\n',
  'split.ts': (k) =>
    `import { make } from './client';\n` +
    `const key = '${k.slice(0, 12)}' + '${k.slice(12)}';\n` +
    `console.log(key);\n` +
    `console.log(make('${k.slice(0, 12)}' + '${k.slice(12)}').headers);\n`,
  'sinks.ts': (k) =>
    `import * as Sentry from '@sentry/node';\n` +
    `import { getClient } from './client';\n` +
    `Sentry.setContext('client', { apiKey: getClient('${k}').apiKey });\n` +
    `analytics.track('signup', { token: getClient('${k}').token });\n` +
    `export function handler(req, res) { res.json({ secret: getClient('${k}').secret }); }\n`,
  'exported.ts': (k) => `import { makeClient } from './client';\nexport const client = makeClient('${k}');\n`,
  'imports.ts': () => `import { client } from './exported';\nconsole.log(client.secretKey);\n`,
  'client-side.tsx': (k) => `'use client';\nexport const key = '${k}';\nconsole.log(key);\n`,
};

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'keyward-leaks-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'leak@example.invalid');
  git('config', 'user.name', 'Leak');
  const samples = buildSamples(99);
  let i = 0;
  const singleLine: { secret: string; prefixLength: number }[] = [];
  let pem = '';
  for (const [id, entry] of Object.entries(samples)) {
    for (const positive of entry.positives) {
      const file = path.join(
        'planted',
        `${String(i++).padStart(3, '0')}-${id}${path.extname(positive.path ?? 'x.ts') || '.txt'}`,
      );
      mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
      writeFileSync(path.join(repo, file), positive.text);
      for (const match of scanText(positive.text, { path: positive.path ?? 'x.ts' })) {
        plant(match.secret, match.detector.prefixLength ?? 0);
        if (/^[\w.+/=:-]{16,}$/.test(match.secret) && !match.secret.includes('://'))
          singleLine.push({ secret: match.secret, prefixLength: match.detector.prefixLength ?? 0 });
        if (id === 'private-key') pem = match.secret;
      }
    }
  }
  // the semantic cases, each with a different key of the catalog
  mkdirSync(path.join(repo, 'semantic'));
  writeFileSync(path.join(repo, 'semantic/client.ts'), 'export const getClient = (key) => ({ key });\n');
  Object.entries(SEMANTIC_CASES).forEach(([name, make], n) => {
    // a key the catalog finds on its own in code (two-part formats need their provider's name beside them)
    const standalone = (secret: string) =>
      scanText(`export const key = '${secret}';\n`, { path: 'x.ts' }).some((match) => match.secret === secret);
    const start = (n * 7) % singleLine.length;
    const key = [...singleLine.slice(start), ...singleLine.slice(0, start)].find((k) => standalone(k.secret))!;
    const text = make(key.secret, pem);
    writeFileSync(path.join(repo, 'semantic', name), text);
    semanticFiles.push(`semantic/${name}`);
    plantFound(text, name);
    plant(key.secret, key.prefixLength); // split keys are not found by the text scan, but must not leak either
  });
  git('add', '.');
  git('commit', '-qm', 'planted', '--no-verify');
  // stage one more file for the hook: a semantic case, so the staged semantic checks run on it too
  const stagedKey = singleLine[3]!.secret;
  writeFileSync(path.join(repo, 'semantic/staged.ts'), SEMANTIC_CASES['call-literal.ts']!(stagedKey, pem));
  writeFileSync(path.join(repo, 'planted/staged.ts'), SEMANTIC_CASES['headers.ts']!(stagedKey, pem));
  git('add', '.');
  // ~2,000 planted files, each scanned once, and two commits: seconds alone, more on a loaded machine
}, 120_000);
// a tree of ~2,000 planted files: removing it takes seconds on a loaded machine
afterAll(() => rmSync(repo, { recursive: true, force: true }), 120_000);

/**
 * Planted secrets an output shows more of than their redacted prefix: any window of the secret that reaches
 * past the shown prefix counts (a 40-character slice of an expression, the tail of a split key). Windows are
 * 8 characters, 12 for windows of hex digits and dashes (8 hex characters also occur by chance in a report's
 * hashes and ids).
 * The windows are indexed once and each output is walked once: outputs of several megabytes times 700
 * secrets are too many for one `includes` per window.
 */
function leaked(text: string): string[] {
  const windows = new Map<number, Map<string, Planted>>();
  for (const entry of planted.values()) {
    const { secret, shown } = entry;
    // a window of hex digits and dashes is judged at 12 characters even inside a non-hex secret (the UUID
    // body of an `sk-lf-…` key): 8 of them also occur by chance in a report's ids
    for (const width of [8, 12]) {
      const byWindow = windows.get(width) ?? windows.set(width, new Map()).get(width)!;
      for (let at = Math.max(0, shown.length - width + 1); at + width <= secret.length; at++) {
        const window = secret.slice(at, at + width);
        if (/^[\da-f-]+$/i.test(window) !== (width === 12)) continue;
        if (/\s/.test(window) || /^[-A-Z ]+$/.test(window) || CATALOG_TEXT.includes(window)) continue;
        if (!byWindow.has(window)) byWindow.set(window, entry);
      }
    }
  }
  const found = new Map<string, string>();
  for (const [width, byWindow] of windows) {
    for (let at = 0; at + width <= text.length; at++) {
      const window = text.slice(at, at + width);
      const entry = byWindow.get(window);
      if (entry && !found.has(entry.secret)) found.set(entry.secret, `${entry.shown}… (shows "${window}")`);
    }
  }
  return [...found.values()];
}

function runAction(env: Record<string, string>) {
  const outputs = path.join(repo, '..', `${path.basename(repo)}-outputs.txt`);
  const summary = path.join(repo, '..', `${path.basename(repo)}-summary.md`);
  writeFileSync(outputs, '');
  writeFileSync(summary, '');
  const result = spawnSync(process.execPath, [actionScript], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      PATH: process.env['PATH'] ?? '',
      GITHUB_WORKSPACE: repo,
      GITHUB_OUTPUT: outputs,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: path.dirname(repo),
      ...env,
    },
  });
  const written = readFileSync(outputs, 'utf8');
  const report = /^sarif=(.*)$/m.exec(written)?.[1];
  return [
    result.stdout,
    result.stderr,
    written,
    readFileSync(summary, 'utf8'),
    report ? readFileSync(report, 'utf8') : '',
  ];
}

describe('no planted secret leaks from the tool itself', () => {
  it('plants more than 100 distinct secrets across every detector, and the semantic cases', () => {
    expect(planted.size).toBeGreaterThan(100);
    expect(semanticFiles).toHaveLength(Object.keys(SEMANTIC_CASES).length);
  });

  it('the leak check catches a 40-character slice and a split key tail', () => {
    const { secret, shown } = [...planted.values()].find((p) => p.secret.length > 40)!;
    expect(leaked(`label \`${secret.slice(0, 40)}\``)).toHaveLength(1);
    expect(leaked(`${shown}… is hardcoded`)).toEqual([]);
    expect(leaked(`'${secret.slice(12)}'`)).toHaveLength(1);
  });

  it.each(FORMATS.map((format) => [format]))('scan --format %s, semantic findings included', async (format) => {
    const progress: string[] = [];
    const result = await run(['scan', '--format', format, '--no-color'], {
      cwd: repo,
      progress: (line) => progress.push(line),
    });
    expect(result.exitCode).toBe(1);
    const output = result.stdout + result.stderr + progress.join('');
    // the semantic pass did report the cases it is about
    expect(output).toContain('no-logged-credential');
    expect(output).toContain('no-client-side-key');
    expect(leaked(output)).toEqual([]);
  });

  it.each(FORMATS.map((format) => [format]))('staged, history and scan --baseline --format %s', async (format) => {
    const baseline = path.join(repo, '.git', `keyward-baseline-${format}.json`);
    const made = await run(['baseline', '--output', baseline], { cwd: repo });
    expect(made.exitCode).toBe(0);
    const results = await Promise.all([
      run(['staged', '--no-color', '--format', format], { cwd: repo }),
      run(['history', '--all', '--format', format], { cwd: repo }),
      run(['scan', 'semantic', '--baseline', baseline, '--format', format], { cwd: repo }),
    ]);
    expect(results[0]!.stdout).toContain('no-logged-credential');
    const outputs = [
      readFileSync(baseline, 'utf8'),
      made.stdout,
      made.stderr,
      ...results.flatMap((r) => [r.stdout, r.stderr]),
    ];
    expect(leaked(outputs.join('\n'))).toEqual([]);
  });

  it('the real bin, with a TTY-less stderr', () => {
    // the text report of ~2,000 findings passes spawnSync's 1 MB default buffer
    const spawned = spawnSync(process.execPath, [bin, 'scan', '.', '--no-color'], {
      cwd: repo,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(spawned.status).toBe(1);
    expect(leaked(spawned.stdout + spawned.stderr)).toEqual([]);
  });

  it.each([['scan'], ['history']])('the Action (%s mode): annotations, job summary, outputs and report', (mode) => {
    const outputs = runAction({ INPUT_MODE: mode, INPUT_FORMAT: 'sarif', 'INPUT_UPLOAD-SARIF': 'false' });
    expect(outputs[0]).toMatch(/^::(?:error|warning|notice) /m);
    expect(leaked(outputs.join('\n'))).toEqual([]);
  });

  it('ESLint messages and suggestions', () => {
    const linter = new Linter({ configType: 'flat' });
    const config = [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { keyward: plugin },
        rules: Object.fromEntries(Object.keys(plugin.rules).map((name) => [`keyward/${name}`, 'error'])),
      },
    ];
    const texts: string[] = [];
    let logged = 0;
    for (const dir of ['semantic', 'planted']) {
      for (const name of readdirSync(path.join(repo, dir)).filter((file) => /\.tsx?$/.test(file))) {
        const code = readFileSync(path.join(repo, dir, name), 'utf8');
        for (const message of linter.verify(code, config as Linter.Config[], `${dir}/${name}`)) {
          // the catalog samples are fragments, not all of them parse; every semantic case does
          if (dir === 'semantic') expect(message.fatal, `${name}: ${message.message}`).toBeFalsy();
          if (message.ruleId === 'keyward/no-logged-credential') logged++;
          texts.push(message.message, ...(message.suggestions ?? []).flatMap((s) => [s.desc, s.fix.text]));
        }
      }
    }
    expect(logged).toBeGreaterThan(5);
    expect(leaked(texts.join('\n'))).toEqual([]);
  });

  it('error messages and skip notes carry no file content', async () => {
    const [first, second, third] = [...planted.values()].map((p) => p.secret).filter((s) => /^[\w-]+$/.test(s));
    writeFileSync(path.join(repo, 'keyward.config.json'), `{ "allow": { "jwt": ["/${first}(/"] } }`);
    const broken = await run(['scan'], { cwd: repo });
    expect(broken.exitCode).toBe(2);
    expect(broken.stderr).toContain('allow.jwt[0]');
    // a malformed config: the JSON error names the place, not the text there
    writeFileSync(path.join(repo, 'keyward.config.json'), `{ "ignore": [${second}] }`);
    const malformed = await run(['scan'], { cwd: repo });
    rmSync(path.join(repo, 'keyward.config.json'));
    expect(malformed.exitCode).toBe(2);
    expect(malformed.stderr).toMatch(/keyward\.config\.json.*line 1, column \d+/);
    // a malformed baseline
    const badBaseline = path.join(repo, '.git', 'bad-baseline.json');
    writeFileSync(badBaseline, `{"version": 1, "findings": [${third}]}`);
    const plantedFile = path.join('planted', readdirSync(path.join(repo, 'planted')).sort()[0]!);
    const baseline = await run(['scan', plantedFile, '--baseline', badBaseline], { cwd: repo });
    expect(baseline.exitCode).toBe(2);
    expect(baseline.stderr).toMatch(/line 1, column \d+/);
    // a custom detector whose regex does not compile
    writeFileSync(
      path.join(repo, 'custom.json'),
      JSON.stringify({ detectors: [{ id: 'acme', regex: `${first}(`, keywords: ['acme'] }] }),
    );
    const custom = await run(['scan', '--config', 'custom.json'], { cwd: repo });
    expect(custom.exitCode).toBe(2);
    expect(custom.stderr).toContain('regex');
    const big = path.join(repo, 'planted', 'huge.env');
    writeFileSync(big, `${'x'.repeat(200)}\nTOKEN=${second}\n`);
    chmodSync(big, 0o644);
    writeFileSync(path.join(repo, 'small.json'), '{ "maxFileSize": 100 }');
    const skipped = await run(['scan', 'planted/huge.env', '--format', 'json', '--config', 'small.json'], {
      cwd: repo,
    });
    rmSync(big);
    expect(JSON.parse(skipped.stdout).summary.skipped['too-large']).toBe(1);
    // `init` on a broken package.json (JSON.parse's message quoted the file around the error)
    const fresh = mkdtempSync(path.join(tmpdir(), 'keyward-leaks-init-'));
    execFileSync('git', ['init', '-q'], { cwd: fresh });
    writeFileSync(path.join(fresh, 'package.json'), `\uFEFF{ "name": "app", "config": { "token": "${third}" } ,}\n`);
    const init = await run(['init', '--dry-run'], { cwd: fresh });
    rmSync(fresh, { recursive: true, force: true });
    expect(init.exitCode).toBe(2);
    expect(init.stderr).toContain('package.json is not valid JSON');
    const all = [broken, malformed, baseline, custom, skipped, init].flatMap((r) => [r.stdout, r.stderr]).join('\n');
    expect(leaked(all)).toEqual([]);
  });

  it('shows secrets in full only with --show-secrets', async () => {
    const count = (text: string) => [...planted.keys()].filter((secret) => text.includes(secret)).length;
    const shown = await run(['scan', '--show-secrets', '--format', 'json'], { cwd: repo });
    expect(count(shown.stdout)).toBeGreaterThan(planted.size * 0.9);
    const text = await run(['scan', '--show-secrets', '--no-color'], { cwd: repo });
    expect(count(text.stdout)).toBeGreaterThan(planted.size * 0.9);
  });
});

describe('keyward bundle leaks no planted secret or .env value either', () => {
  // Every planted key inlined into a minified bundle, published again through its map's sourcesContent
  // and an HTML payload, plus server-only .env values of no known format inlined the same way.
  let app: string;
  // keys the catalog finds in the bundle's own text: context and name-bound formats need their provider's word
  // or name beside them, which a bare array lacks (and context detectors do not run on minified code)
  let findable = new Set<string>();
  const envValues: string[] = [];

  beforeAll(() => {
    app = mkdtempSync(path.join(tmpdir(), 'keyward-leaks-bundle-'));
    const random = generator(1616).chars;
    envValues.push(`${random(28)}a1`, `${random(19)}.${random(12)}`);
    const keys = [...planted.keys()];
    // the .env values join the planted secrets: outputs may show their redacted prefix, nothing more
    for (const value of envValues) plant(value, 0);
    writeFileSync(
      path.join(app, '.env'),
      `SESSION_SECRET=${envValues[0]}\nWEBHOOK_SIGNING=${envValues[1]}\nDATABASE_URL=postgres://u:${envValues[1]}@db/x\n`,
    );
    mkdirSync(path.join(app, 'dist/assets'), { recursive: true });
    const all = [...keys, ...envValues];
    const js = `var a=[${all.map((secret) => JSON.stringify(secret)).join(',')}];console.log(a);\n//# sourceMappingURL=app.js.map\n`;
    writeFileSync(path.join(app, 'dist/assets/app.js'), js);
    findable = new Set(scanText(js, { path: 'dist/assets/app.js' }).map((match) => match.secret));
    const source = all.map((secret, i) => `export const k${i} = ${JSON.stringify(secret)};`).join('\n');
    writeFileSync(
      path.join(app, 'dist/assets/app.js.map'),
      JSON.stringify({
        version: 3,
        sources: ['../../src/keys.ts'],
        sourcesContent: [source],
        names: [],
        mappings: 'AAAA',
      }),
    );
    writeFileSync(
      path.join(app, 'dist/index.html'),
      `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { keys: all } })}</script>\n`,
    );
  });
  afterAll(() => rmSync(app, { recursive: true, force: true }));

  it.each(FORMATS.map((format) => [format]))(
    'bundle --format %s, also through --output and the real bin',
    async (format) => {
      const result = await run(['bundle', '--format', format, '--no-color'], { cwd: app, progress: () => {} });
      expect(result.exitCode).toBe(1);
      const report = path.join(app, `report.${format}`);
      const written = await run(['bundle', '--format', format, '--output', report], { cwd: app });
      // SARIF and GitLab reports of 700 findings pass spawnSync's 1 MB default buffer
      const spawned = spawnSync(process.execPath, [bin, 'bundle', '--format', format], {
        cwd: app,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      expect(spawned.status).toBe(1);
      const outputs = [result.stdout, result.stderr, written.stdout, written.stderr, readFileSync(report, 'utf8')];
      outputs.push(spawned.stdout, spawned.stderr);
      // the bundle scan reads the JS, its map's sources and the HTML payload: at least what the JS alone holds
      expect(
        JSON.parse((await run(['bundle', '--format', 'json'], { cwd: app })).stdout).findings.length,
      ).toBeGreaterThanOrEqual(findable.size);
      expect(leaked(outputs.join('\n'))).toEqual([]);
    },
    // four CLI runs over a built app: ~8 s alone, past 30 s on a loaded 2-core machine
    120_000,
  );

  it('shows them only with --show-secrets', async () => {
    const shown = await run(['bundle', '--format', 'json', '--show-secrets'], { cwd: app });
    expect(envValues.filter((value) => !shown.stdout.includes(value))).toEqual([]);
    // keys whose detector needs context (a name, a header on the line, the provider's word) are not found in a
    // bare array: the ones the catalog finds in the bundle's own text must all be shown in full
    expect(findable.size).toBeGreaterThan(planted.size * 0.2);
    const missing = [...findable].filter((secret) => !shown.stdout.includes(JSON.stringify(secret).slice(1, -1)));
    expect(missing).toEqual([]);
    const findings: { secret?: string }[] = JSON.parse(shown.stdout).findings;
    expect(findings.every((finding) => typeof finding.secret === 'string' && finding.secret.length >= 8)).toBe(true);
  });
});

describe('no planted secret leaks from --verify', () => {
  it('every format, staged and history, against vendors that echo the key in bodies, headers and redirects', async () => {
    // one echoing vendor per provider (its own host:port, so per-host spacing does not serialise the run)
    const vendors = await startVendors([...new Set(verifiers.map((v) => verifyUrlVariable(v.provider)))]);
    let turn = 0;
    // answers rotate: an echoing 200, an echoing 401 with the key as its error code, and a redirect to a URL
    // holding the key
    const echo = (request: Recorded) => {
      const echoed = JSON.stringify(request);
      const kind = turn++ % 3;
      if (kind === 0)
        return { status: 200, headers: { 'x-echo': encodeURIComponent(echoed).slice(0, 4000) }, body: echoed };
      if (kind === 1)
        return {
          status: 401,
          body: JSON.stringify({ error: { code: request.headers['authorization'], message: echoed } }),
        };
      return { status: 302, headers: { location: `http://127.0.0.1:9/${encodeURIComponent(echoed).slice(0, 2000)}` } };
    };
    vendors.answer(echo);
    const { env, requests } = vendors;
    try {
      const outputs: string[] = [];
      for (const argv of [
        // the semantic pass adds nothing verification touches: skipped to keep the test short
        ['scan', '--verify', '--no-semantic', '--no-color'],
        ['scan', '--verify', '--no-semantic', '--format', 'json'],
        ...FORMATS.filter((format) => format !== 'text' && format !== 'json').map((format) => [
          'scan',
          '--verify',
          '--no-semantic',
          '--format',
          format,
        ]),
        ['staged', '--verify', '--no-semantic', '--no-color'],
        ['history', '--all', '--verify', '--format', 'sarif'],
      ]) {
        const result = await run(argv, { cwd: repo, env });
        outputs.push(result.stdout, result.stderr);
      }
      expect(requests().length).toBeGreaterThan(0);
      // the vendors did receive keys: the echo test is only meaningful if keys went out
      expect(requests().some((request) => leaked(JSON.stringify(request)).length > 0)).toBe(true);
      expect(leaked(outputs.join('\n'))).toEqual([]);
    } finally {
      await vendors.close();
    }
  });
});
