import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { envValueMatcher, parseEnvFile, readAt, serverEnvValues, serverOnly } from '../src/bundle/index.js';
import { followLocal, onlyEnvRead } from '../src/bundle/origin-read.js';
import { loadSourceMap, mappingUrl } from '../src/bundle/source-map.js';
import { sourceFile } from '../src/bundle/origin.js';
import { envObjectEntry, htmlRegion } from '../src/bundle/payload.js';
import { publicByDesign } from '../src/bundle/public-by-design.js';
import { segmentCovers } from '../src/bundle/scan-asset.js';
import { scanSourceMap } from '../src/bundle/scan-map.js';
import { SourceMapCache } from '../src/bundle/source-map-cache.js';
import { builtInCatalog } from '@keyward/core';
import { scanBundle } from '../src/bundle/scan-bundle.js';
import { namedBuildDir } from '../src/bundle/build-dirs.js';
import { generator } from '../../core/test/helpers/random.js';

const c = generator(1616).chars;

describe('parseEnvFile', () => {
  it('reads dotenv syntax: export, quotes, multi-line double quotes, comments, expansion', () => {
    const entries = parseEnvFile(
      [
        '# comment',
        'export PLAIN=abc def # trailing comment',
        "SINGLE='a # not a comment'",
        'DOUBLE="line1\\nline2"',
        'MULTI="first',
        'second"',
        'BASE=xyz',
        'REF=${BASE}-$BASE-${MISSING:-fallback}',
        'SELF=${SELF}',
        'EMPTY=',
        'CRLF=value\r',
        'not an assignment',
      ].join('\n'),
    );
    const values = Object.fromEntries(entries.map((entry) => [entry.name, entry.value]));
    expect(values).toEqual({
      PLAIN: 'abc def',
      SINGLE: 'a # not a comment',
      DOUBLE: 'line1\nline2',
      MULTI: 'first\nsecond',
      BASE: 'xyz',
      REF: 'xyz-xyz-fallback',
      SELF: '${SELF}',
      EMPTY: '',
      CRLF: 'value',
    });
    expect(entries.find((entry) => entry.name === 'BASE')?.line).toBe(7);
  });

  it('stays linear on adversarial input', () => {
    const started = performance.now();
    parseEnvFile(`A="${'\\n'.repeat(50_000)}`);
    parseEnvFile(`A=${'$'.repeat(100_000)}`);
    parseEnvFile(`A=${'${X:-'.repeat(20_000)}`);
    parseEnvFile('A=' + ' #'.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('which env values must stay on the server', () => {
  it.each([
    ['SESSION_SECRET', c(32), 'high'],
    ['DATABASE_URL', `postgres://app:${c(16)}@db:5432/app`, 'high'],
    ['SIGNING', `${c(20)}9`, 'medium'],
    ['API_TOKEN', 'correct-horse-battery', 'high'],
  ] as const)('%s is looked for', (name, value, severity) => {
    expect(serverOnly(name, value)).toBe(severity);
  });

  it.each([
    ['VITE_SESSION_SECRET', c(32)], // public by prefix: the detectors and no-public-env-secret judge it
    ['NEXT_PUBLIC_TOKEN', c(32)],
    ['SESSION_SECRET', 'short123'], // 8 characters or fewer
    ['FEATURE_ENABLED', 'true'],
    ['NODE_ENV', 'production'],
    ['PORT', '3000'],
    ['MAX_UPLOAD', '1048576000'],
    ['APP_VERSION', '1.24.3-beta.2'],
    ['API_URL', 'https://api.example.com/v1'],
    ['DATABASE_URL', 'postgres://db.internal:5432/app'],
    ['DATA_DIR', '/var/lib/app/data'],
    ['APP_NAME', 'My Great Application'],
    ['STRIPE_PUBLISHABLE_KEY', `pk_live_${c(24)}`],
    ['SESSION_SECRET', 'your_session_secret_here'],
    ['API_KEY', 'changeme-changeme'],
  ])('%s=%s is left out', (name, value) => {
    expect(serverOnly(name, value)).toBeUndefined();
  });

  it('stays linear on adversarial values', () => {
    const started = performance.now();
    for (const value of [
      `${'1.'.repeat(50_000)}x`,
      `v${'1.1'.repeat(30_000)}-${'.'.repeat(30_000)}!`,
      `postgres://${'a'.repeat(300)}:${'b'.repeat(2000)}`,
      `${'9,'.repeat(50_000)}a`,
    ])
      serverOnly('SESSION_SECRET', value);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('looks for the password of a URL on its own too', () => {
    const password = c(18);
    const values = serverEnvValues([
      { name: 'DATABASE_URL', value: `postgres://app:${password}@db/app`, file: '.env', line: 1 },
    ]);
    expect(values.map((value) => [value.value.length, value.part])).toEqual([
      [`postgres://app:${password}@db/app`.length, undefined],
      [password.length, 'password'],
    ]);
  });
});

describe('envValueMatcher', () => {
  const session = c(30);
  const quoted = `${c(12)}"${c(12)}\\${c(4)}`;
  const matcher = envValueMatcher(
    serverEnvValues([
      { name: 'SESSION_SECRET', value: session, file: '.env', line: 1 },
      { name: 'COOKIE_SECRET', value: session, file: '.env.production', line: 2 },
      { name: 'QUOTED_SECRET', value: quoted, file: '.env', line: 3 },
    ]),
  );

  it('finds each value raw, JSON-escaped and HTML-escaped, naming every variable that holds it', () => {
    const text = `a="${session}";b=${JSON.stringify(quoted)};<div data-x="${quoted.replace(/"/g, '&quot;')}">`;
    const hits = matcher.find(text);
    expect(hits.map((hit) => [text.slice(hit.start, hit.end).length, hit.values.map((value) => value.name)])).toEqual([
      [session.length, ['SESSION_SECRET', 'COOKIE_SECRET']],
      [JSON.stringify(quoted).length - 2, ['QUOTED_SECRET']],
      [quoted.replace(/"/g, '&quot;').length, ['QUOTED_SECRET']],
    ]);
  });

  it('uses one automaton for many values, with the same results', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      name: `SECRET_${i}`,
      value: c(24),
      file: '.env',
      line: i + 1,
    }));
    const big = envValueMatcher(serverEnvValues(many));
    const text = `x${many[7]!.value}y${JSON.stringify(many[31]!.value)}${many[3]!.value.slice(0, 20)}`;
    expect(big.find(text).map((hit) => hit.values[0]!.name)).toEqual(['SECRET_7', 'SECRET_31']);
  });

  it('does not match a prefix of a value, and stays linear on near misses', () => {
    expect(matcher.find(session.slice(0, 29))).toEqual([]);
    const started = performance.now();
    expect(matcher.find(session.slice(0, 29).repeat(20_000))).toHaveLength(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('source map location', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'keyward-maps-'));
    mkdirSync(path.join(dir, 'dist/assets'), { recursive: true });
    const map = JSON.stringify({ version: 3, sources: ['../../src/a.ts'], names: [], mappings: 'AAAA' });
    writeFileSync(path.join(dir, 'outside.map'), map);
    writeFileSync(path.join(dir, 'dist/assets/ok.js.map'), map);
    symlinkSync(path.join(dir, 'outside.map'), path.join(dir, 'dist/assets/linked.js.map'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the map the comment names, or the .map beside the asset', () => {
    const asset = path.join(dir, 'dist/assets/ok.js');
    expect(loadSourceMap(asset, 'x\n//# sourceMappingURL=ok.js.map', path.join(dir, 'dist'))?.file).toBe(
      `${asset}.map`,
    );
    expect(loadSourceMap(asset, 'x', path.join(dir, 'dist'))?.file).toBe(`${asset}.map`);
  });

  it('never reads outside the build folder, through a symlink, or from a remote URL', () => {
    const within = path.join(dir, 'dist');
    const asset = path.join(dir, 'dist/assets/none.js');
    expect(loadSourceMap(asset, '//# sourceMappingURL=../../outside.map', within)).toBeUndefined();
    expect(loadSourceMap(asset, `//# sourceMappingURL=${path.join(dir, 'outside.map')}`, within)).toBeUndefined();
    expect(loadSourceMap(asset, '//# sourceMappingURL=https://example.com/x.map', within)).toBeUndefined();
    expect(loadSourceMap(path.join(dir, 'dist/assets/linked.js'), 'x', within)).toBeUndefined();
  });

  it('parses data URLs and ignores broken ones', () => {
    const json = JSON.stringify({ version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA' });
    const asset = path.join(dir, 'dist/assets/inline.js');
    const base64 = `//# sourceMappingURL=data:application/json;charset=utf-8;base64,${Buffer.from(json).toString('base64')}`;
    expect(loadSourceMap(asset, base64, dir)?.file).toBe(asset);
    expect(
      loadSourceMap(asset, `//# sourceMappingURL=data:application/json,${encodeURIComponent(json)}`, dir),
    ).toBeDefined();
    expect(loadSourceMap(asset, '//# sourceMappingURL=data:application/json;base64,!!!', dir)).toBeUndefined();
  });

  it('finds the last sourceMappingURL comment in JS and CSS, linearly', () => {
    expect(mappingUrl('a\n//# sourceMappingURL=a.js.map\n')).toBe('a.js.map');
    expect(mappingUrl('a{}\n/*# sourceMappingURL=a.css.map */')).toBe('a.css.map');
    expect(mappingUrl('const s = "sourceMappingURL=";')).toBeUndefined();
    const started = performance.now();
    mappingUrl(`//# sourceMappingURL=${'a'.repeat(1_000_000)}`);
    mappingUrl('//# sourceMappingURL='.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('names sources relative to the project, bundler schemes relative to the app', () => {
    expect(sourceFile(path.join(dir, 'src/a.ts'), dir, dir).file).toBe('src/a.ts');
    expect(sourceFile('webpack://_N_E/./src/app/page.tsx', dir, path.join(dir, 'apps/web')).file).toBe(
      'apps/web/src/app/page.tsx',
    );
    expect(sourceFile('/elsewhere/x.ts', dir, dir).file).toMatch(/^\.\.\//);
    expect(sourceFile('\u001b[31mevil', dir, dir).file).not.toContain('\u001b');
  });
});

describe('what read put a value there (names only)', () => {
  it.each([
    ['headers: { k: import.meta.env.VITE_OPENAI_API_KEY }', 14, 'env', 'import.meta.env.VITE_OPENAI_API_KEY'],
    ["const k = process.env['STRIPE_KEY'];", 10, 'env', 'process.env.STRIPE_KEY'],
    ['const k = process.env?.STRIPE_KEY;', 10, 'env', 'process.env.STRIPE_KEY'],
    ['send(__API_KEY__)', 5, 'identifier', '__API_KEY__'],
    ['send(config.keys.api)', 5, 'identifier', 'config.keys.api'],
    ["h = { a: 'Bearer ' + import.meta.env.VITE_A, b: import.meta.env.VITE_B }", 9, 'env', 'import.meta.env.VITE_A'],
  ] as const)('%s at %i', (line, column, kind, read) => {
    expect(readAt(line, column)).toEqual({ kind, read });
  });

  it("the line's only env read is a separate, last-resort answer", () => {
    expect(readAt('fetch(`${api}`, { k: import.meta.env.VITE_X })', 6)).toEqual({ kind: 'literal' });
    expect(onlyEnvRead('fetch(`${api}`, { k: import.meta.env.VITE_X })')).toBe('import.meta.env.VITE_X');
    expect(onlyEnvRead('f(import.meta.env.VITE_A, process.env.B)')).toBeUndefined();
  });

  it('a literal is a literal, and its text is never returned', () => {
    expect(readAt(`const k = '${c(20)}';`, 10)).toEqual({ kind: 'literal' });
  });

  it('follows a local declaration to its initialiser, by name', () => {
    const text = 'const signature = __SIGNING_KEY__;\nconst key = import.meta.env.VITE_KEY;\nconst alias = key;\n';
    expect(followLocal(text, 'signature')).toBe('__SIGNING_KEY__');
    expect(followLocal(text, 'alias')).toBe('import.meta.env.VITE_KEY');
    expect(followLocal(text, 'unknown')).toBe('unknown');
    expect(followLocal(`const k = '${c(20)}';`, 'k')).toBe('k');
  });

  it('stays linear on adversarial lines', () => {
    const started = performance.now();
    readAt(`${'import.meta.env'.repeat(10_000)}`, 0);
    readAt(`${'a.'.repeat(50_000)}`, 0);
    followLocal(`${'const x ='.repeat(20_000)}`, 'x');
    followLocal(`const x :${'a'.repeat(100_000)}`, 'x');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('htmlRegion', () => {
  it('names framework payloads, inline scripts and markup', () => {
    const html = [
      '<p>SECRET_A</p>',
      '<script id="__NEXT_DATA__" type="application/json">{"k":"SECRET_B"}</script>',
      '<script>self.__next_f.push([1,"SECRET_C"])</script>',
      '<script>window.__NUXT__={k:"SECRET_D"}</script>',
      '<script>var k="SECRET_E"</script>',
    ].join('\n');
    const at = (marker: string) => htmlRegion(html, html.indexOf(marker));
    expect(at('SECRET_A')).toBe('the page markup');
    expect(at('SECRET_B')).toBe('the __NEXT_DATA__ payload');
    expect(at('SECRET_C')).toBe('the React Server Components payload');
    expect(at('SECRET_D')).toBe('the __NUXT__ payload');
    expect(at('SECRET_E')).toBe('an inline script');
  });
});

describe('env objects the build generated', () => {
  it('names the public variable whose entry holds the hit, from the key only', () => {
    const text = 'var e={VITE_API_URL:"https://x",VITE_APP_KEY:"VALUE",NEXT_PUBLIC_T:`VALUE`,other:"VALUE"}';
    const isPublic = (name: string) => /^(?:VITE_|NEXT_PUBLIC_)/.test(name);
    const at = (from: number) => envObjectEntry(text, text.indexOf('VALUE', from), isPublic);
    expect(at(0)).toBe('VITE_APP_KEY');
    expect(at(text.indexOf('NEXT_PUBLIC_T'))).toBe('NEXT_PUBLIC_T');
    expect(at(text.indexOf('other'))).toBeUndefined();
    expect(envObjectEntry(`${'A'.repeat(100_000)}:"`, 100_002, isPublic)).toBeUndefined();
  });
});

describe('bundle-only judgements', () => {
  it('a Google API key in a Firebase web config is public by design; elsewhere it is reported', () => {
    const key = `AIza${c(35)}`;
    const config = `const f={apiKey:"${key}",authDomain:"app.firebaseapp.com",projectId:"app"};`;
    expect(publicByDesign('google-api-key', config, config.indexOf(key), config.indexOf(key) + key.length)).toBe(true);
    const bare = `fetch("https://maps.googleapis.com/x?key=${key}")`;
    expect(publicByDesign('google-api-key', bare, bare.indexOf(key), bare.indexOf(key) + key.length)).toBe(false);
    expect(publicByDesign('stripe-live-secret-key', config, 0, 10)).toBe(false);
  });

  it('a mapping segment covers a hit inside the literal it starts, not one further on', () => {
    const text = `x("Bearer sk_live_abc",y),z={A:"/",KEY:"sk_live_def"}`;
    expect(segmentCovers(text, text.indexOf('"Bearer'), text.indexOf('sk_live_abc'))).toBe(true);
    expect(segmentCovers(text, text.indexOf('z='), text.indexOf('sk_live_def'))).toBe(false);
    expect(segmentCovers(text, text.indexOf('"Bearer'), text.indexOf('sk_live_def'))).toBe(false);
    const escaped = `x("{\\"k\\":\\"sk_live_ghi\\"}")`;
    expect(segmentCovers(escaped, escaped.indexOf('"{'), escaped.indexOf('sk_live_ghi'))).toBe(true);
  });

  it('sources of installed packages in a map get only the high-confidence detectors', () => {
    const value = c(32);
    const source = `const token = "${value}";\n`;
    const map = (name: string) =>
      JSON.stringify({ version: 3, sources: [name], sourcesContent: [source], names: [], mappings: 'AAAA' });
    const context = {
      root: '/app',
      catalog: builtInCatalog(),
      allow: undefined,
      env: envValueMatcher([]),
      envNames: () => [],
      maps: new SourceMapCache(),
      showSecrets: false,
    };
    const asset = (file: string) => ({
      absolute: `/app/dist/${file}`,
      relative: `dist/${file}`,
      dir: '/app/dist',
      appRoot: '/app',
    });
    expect(scanSourceMap(asset('a.js.map'), map('../src/a.js'), context).map((f) => f.detectorId)).toEqual([
      'generic-secret',
    ]);
    expect(scanSourceMap(asset('b.js.map'), map('../node_modules/lib/b.js'), context)).toEqual([]);
  });
});

describe('build folders', () => {
  let root: string;
  const secret = c(30);
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'keyward-dirs-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    write('.env.local', `SESSION_SECRET=${secret}\n`);
    write('.next/static/chunks/app.js', `console.log(${JSON.stringify(secret)});\n`);
    write(
      '.next/server/app/index.html',
      `<script id="__NEXT_DATA__" type="application/json">{"s":"${secret}"}</script>`,
    );
    write('.next/server/app/page.js', `export const s = ${JSON.stringify(secret)};\n`); // server code: not served
    write('.next/server/pages/about.json', `{"pageProps":{"s":"${secret}"}}`);
    write('.next/static/media/logo.png', `\x89PNG${secret}`);
    write('storybook-static/iframe.html', `<script>window.s="${secret}"</script>`);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds Next.js static output and prerendered pages (not server code), Storybook, and names the payload', async () => {
    const result = await scanBundle({ root });
    expect(result.dirs).toEqual(['.next/static', '.next/server/app', '.next/server/pages', 'storybook-static']);
    expect(
      result.findings.map(
        (finding) =>
          `${finding.file} ${/\(([^()]*(?:payload|script|markup)[^()]*)\)/.exec(finding.message)?.[1] ?? '-'}`,
      ),
    ).toEqual([
      '.next/server/app/index.html the __NEXT_DATA__ payload',
      '.next/server/pages/about.json -',
      '.next/static/chunks/app.js -',
      'storybook-static/iframe.html an inline script',
    ]);
    expect(
      result.findings.every((finding) => finding.message.includes('SESSION_SECRET (server-only, .env.local:1)')),
    ).toBe(true);
    const pageProps = result.findings.filter((finding) => finding.message.includes('Page props are serialised'));
    expect(pageProps.map((finding) => finding.file)).toEqual([
      '.next/server/app/index.html',
      '.next/server/pages/about.json',
    ]);
  });

  it('a named folder belongs to the app above its recognised build path', () => {
    expect(namedBuildDir('/repo/apps/web/.next/static').appRoot).toBe('/repo/apps/web');
    expect(namedBuildDir('/repo/apps/web/dist').appRoot).toBe('/repo/apps/web');
    expect(namedBuildDir('/repo/public/build-output').appRoot).toBe('/repo/public');
  });
});

describe('bad input in build output', () => {
  let root: string;
  const secret = c(30);
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'keyward-bad-bundle-'));
    mkdirSync(path.join(root, 'dist/assets/dir.map'), { recursive: true });
    writeFileSync(path.join(root, '.env'), `SESSION_SECRET=${secret}\n`);
    writeFileSync(path.join(root, 'dist/assets/a.js'), `x(${JSON.stringify(secret)})\n//# sourceMappingURL=a.js.map\n`);
    writeFileSync(path.join(root, 'dist/assets/a.js.map'), '{"version":3,"sources":[1,2],"mappings":"!!!"'); // broken
    writeFileSync(path.join(root, 'dist/assets/b.js'), `y(${JSON.stringify(secret)})\n//# sourceMappingURL=dir.map\n`);
    writeFileSync(path.join(root, 'dist/assets/latin1.js'), Buffer.from([0x61, 0xe9, 0xff, 0x62]));
    writeFileSync(path.join(root, 'dist/assets/blob.dat'), Buffer.from([0, 1, 2, 3, 0, 0]));
    writeFileSync(path.join(root, 'dist/empty.js'), '');
    execFileSync('mkfifo', [path.join(root, 'dist/pipe.js')]);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports what it can, without origins where maps are broken, and counts what it could not read', async () => {
    const result = await scanBundle({ root });
    expect(result.findings.map((finding) => [finding.file, finding.origin])).toEqual([
      ['dist/assets/a.js', undefined],
      ['dist/assets/b.js', undefined],
    ]);
    expect(result.stats.skipped).toMatchObject({ binary: 1, 'not-a-file': 1 });
  });
});
