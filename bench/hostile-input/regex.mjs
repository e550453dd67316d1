#!/usr/bin/env node
// Timings of issue #11 point 3's hostile inputs: repeated private-key headers, a PGP header flood, custom
// detector and allow-list regexes that backtrack catastrophically on V8. Each case runs in a child process
// with a time limit, so a build that hangs is reported as "> limit" instead of stopping the benchmark.
//
//   npm run build && node bench/hostile-input/regex.mjs [--core packages/core/dist] [--limit 60]
//
// `--core` points at another build's core (e.g. one of `main` exported to bench/.work/before) to compare.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
};
const core = path.resolve(arg('--core', path.join(repo, 'packages/core/dist')));
const limit = Number(arg('--limit', 60));

/** Each case is the body of an async function receiving the core module as `k`; it returns a note. */
const cases = {
  'private-key: 4.8 MB of `-----BEGIN PRIVATE KEY-----` lines': `
    const text = '-----BEGIN PRIVATE KEY-----\\n'.repeat(Math.floor(4.8e6 / 28));
    return k.scanText(text, { path: 'keys.pem' }).length + ' findings';`,
  'private-key: 4.8 MB of BEGIN lines each followed by a base64 line': `
    const text = ('-----BEGIN RSA PRIVATE KEY-----\\n' + 'MIIEow'.repeat(10) + '\\n').repeat(Math.floor(4.8e6 / 93));
    return k.scanText(text, { path: 'keys.pem' }).length + ' findings';`,
  'pgp-private-key: 50 KB PGP header flood': `
    const unit = '-----BEGIN PGP PRIVATE KEY BLOCK-----\\nVersion: GnuPG v2\\n\\n';
    const text = unit.repeat(Math.ceil(50_000 / unit.length));
    return k.scanText(text, { path: 'key.asc' }).length + ' findings';`,
  'pgp-private-key: 1 MB PGP header flood': `
    const unit = '-----BEGIN PGP PRIVATE KEY BLOCK-----\\nVersion: GnuPG v2\\n\\n';
    const text = unit.repeat(Math.ceil(1e6 / unit.length));
    return k.scanText(text, { path: 'key.asc' }).length + ' findings';`,
  ...Object.fromEntries(
    ['acme_(\\\\w?\\\\w?)+!', 'acme_(?:.?){40}!'].map((regex) => [
      `custom detector \`${regex.replaceAll('\\\\', '\\')}\` on "acme_" + 30 × "a"`,
      `
      let config;
      try {
        config = k.validateConfig({ detectors: [{ id: 'acme', regex: '${regex}', keywords: ['acme_'] }] }, 'k.json');
      } catch (error) {
        return 'config refused: ' + error.message;
      }
      const text = 'const x = "acme_' + 'a'.repeat(30) + '";\\n';
      return k.scanText(text, { path: 'a.ts', catalog: k.catalogFor(config) }).length + ' findings';`,
    ]),
  ),
  ...Object.fromEntries(
    ['lmif_live_(\\\\w?\\\\w?)+!', 'lmif_live_(?:.?){40}!'].map((regex) => [
      `allow-list \`/${regex.replaceAll('\\\\', '\\')}/\` on a 40-character key`,
      `
      let config;
      try {
        config = k.validateConfig({ allow: { '*': ['/${regex}/'] } }, 'k.json');
      } catch (error) {
        return 'config refused: ' + error.message;
      }
      const text = 'const x = "lmif_live_' + 'Q7hT2mZ9xR4vK8pL3nB6wC1yHq7Rt2' + '";\\n';
      return k.scanText(text, { path: 'a.ts', allow: k.allowFor(config) }).length + ' findings';`,
    ]),
  ),
};

const results = [];
for (const [name, body] of Object.entries(cases)) {
  const script = `
    const k = await import(${JSON.stringify(pathToFileURL(path.join(core, 'index.js')).href)});
    k.scanText('warm-up', { path: 'a.ts' }); // compiles the built-in catalog outside the timing
    const started = performance.now();
    const note = await (async () => { ${body} })();
    console.log(JSON.stringify({ ms: performance.now() - started, note }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: limit * 1000,
  });
  let cell;
  if (child.error?.code === 'ETIMEDOUT' || child.signal === 'SIGTERM') cell = `> ${limit} s (killed)`;
  else if (child.status !== 0) cell = `error: ${child.stderr.trim().split('\n').pop()}`;
  else {
    const { ms, note } = JSON.parse(child.stdout.trim().split('\n').pop());
    cell = `${ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`} (${note})`;
  }
  results.push([name, cell]);
  console.log(`${name}: ${cell}`);
}
console.log(`\n| case (core: ${path.relative(repo, core) || core}) | time |\n|---|---|`);
for (const [name, cell] of results) console.log(`| ${name} | ${cell} |`);
