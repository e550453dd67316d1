import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALNUM, DIGITS, generator } from '../../../core/test/helpers/random.js';

// The bundle tests build `test-fixtures/bundle-app` for real, with esbuild and with Vite. Its keys are
// generated here, at test time, into a temporary copy: `.env`, the hardcoded client literal in
// `src/analytics.ts` and the server-only module `src/server/keys.ts`.

const fixture = fileURLToPath(new URL('../../../../test-fixtures/bundle-app/', import.meta.url));

export interface BundleApp {
  readonly dir: string;
  /** Every secret planted, by role; none may appear in any output in clear. */
  readonly secrets: {
    readonly openai: string;
    readonly session: string;
    readonly signing: string;
    readonly slack: string;
    readonly serverStripe: string;
    readonly databasePassword: string;
  };
  /** Public values that must not be reported. */
  readonly publics: { readonly publishable: string; readonly title: string; readonly api: string };
  /** 1-based lines of the original sources that the findings must trace to. */
  readonly lines: {
    readonly ai: number;
    readonly session: number;
    /** Where the session token is used: a bundler that inlines the `const` maps the value there. */
    readonly sessionUse: number;
    readonly checkout: number;
    readonly checkoutUse: number;
    readonly analytics: number;
  };
}

/** A fresh copy of the fixture with its keys written, in a temporary folder. */
export function prepareBundleApp(seed = 16): BundleApp {
  const g = generator(seed);
  const c = g.chars;
  const dir = mkdtempSync(path.join(tmpdir(), 'keyward-bundle-app-'));
  cpSync(fixture, dir, { recursive: true });
  const secrets = {
    openai: `sk-proj-${c(40)}T3BlbkFJ${c(40)}`,
    // no detector knows these shapes: only the .env matching can find them
    session: c(40),
    signing: `${c(12)}.${c(20)}`,
    slack: `xoxb-${c(11, DIGITS)}-${c(12, DIGITS)}-${c(24)}`,
    serverStripe: `sk_live_${c(24)}`,
    databasePassword: c(18, ALNUM),
  };
  const publics = {
    publishable: `pk_live_${c(24)}`,
    title: 'Bundle app dashboard',
    api: 'https://api.example.com/v2',
  };
  writeFileSync(
    path.join(dir, '.env'),
    [
      `VITE_APP_TITLE="${publics.title}"`,
      `VITE_API_URL=${publics.api}`,
      `VITE_STRIPE_PUBLISHABLE_KEY=${publics.publishable}`,
      `VITE_OPENAI_API_KEY=${secrets.openai}`,
      `SESSION_SECRET=${secrets.session}`,
      'VITE_SESSION_TOKEN=${SESSION_SECRET}',
      `BILLING_SIGNING_KEY=${secrets.signing}`,
      `DATABASE_URL=postgres://app:${secrets.databasePassword}@db.internal:5432/app`,
      'NODE_ENV=production',
      'FEATURE_FLAGS=true',
      'PORT=3000',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'src/analytics.ts'),
    [
      '// A key hardcoded in client code: the bundle holds it, and so does the public source map.',
      `const SLACK_TOKEN = '${secrets.slack}';`,
      'export function track(event: string): void {',
      "  navigator.sendBeacon('/slack', JSON.stringify({ event, token: SLACK_TOKEN }));",
      '}',
      '',
    ].join('\n'),
  );
  mkdirSync(path.join(dir, 'src/server'), { recursive: true });
  writeFileSync(path.join(dir, 'src/server/keys.ts'), `export const adminKey = '${secrets.serverStripe}';\n`);
  return {
    dir,
    secrets,
    publics,
    lines: {
      ai: lineOf(dir, 'src/ai.ts', 'import.meta.env.VITE_OPENAI_API_KEY'),
      session: lineOf(dir, 'src/session.ts', 'import.meta.env.VITE_SESSION_TOKEN'),
      sessionUse: lineOf(dir, 'src/session.ts', "'x-session': token"),
      checkout: lineOf(dir, 'src/checkout.ts', '__BILLING_SIGNING_KEY__;'),
      checkoutUse: lineOf(dir, 'src/checkout.ts', "'x-signature': signature"),
      analytics: lineOf(dir, 'src/analytics.ts', 'const SLACK_TOKEN'),
    },
  };
}

/** The `import.meta.env` replacements Vite would make, from the app's `.env`, plus the app's own define. */
export function defines(app: BundleApp): Record<string, string> {
  const env = readFileSync(path.join(app.dir, '.env'), 'utf8');
  const values = new Map<string, string>();
  for (const line of env.split('\n')) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line);
    if (match) values.set(match[1]!, match[2]!.replace(/^"(.*)"$/, '$1'));
  }
  const define: Record<string, string> = { __BILLING_SIGNING_KEY__: JSON.stringify(app.secrets.signing) };
  for (const [name, value] of values) {
    if (!name.startsWith('VITE_')) continue;
    const expanded = value.replace(/\$\{(\w+)\}/g, (_, ref: string) => values.get(ref) ?? '');
    define[`import.meta.env.${name}`] = JSON.stringify(expanded);
  }
  return define;
}

/** Builds the app with esbuild: minified, with a linked, inline or external (no comment) source map. */
export async function buildWithEsbuild(
  app: BundleApp,
  outdir: string,
  sourcemap: 'linked' | 'inline' | 'external' = 'linked',
): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(app.dir, 'src/main.ts')],
    bundle: true,
    minify: true,
    sourcemap,
    format: 'esm',
    outdir: path.join(app.dir, outdir, 'assets'),
    entryNames: '[name]-[hash]',
    define: defines(app),
    logLevel: 'silent',
  });
  cpSync(path.join(app.dir, 'index.html'), path.join(app.dir, outdir, 'index.html'));
}

/** Builds the app with Vite (its own `.env` loading and `define`), source maps on. */
export async function buildWithVite(app: BundleApp): Promise<void> {
  const { build } = await import('vite');
  await build({
    root: app.dir,
    configFile: false,
    logLevel: 'silent',
    define: { __BILLING_SIGNING_KEY__: JSON.stringify(app.secrets.signing) },
    build: { sourcemap: true, outDir: 'dist', emptyOutDir: true },
  });
}

function lineOf(dir: string, file: string, needle: string): number {
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`${needle} not in ${file}`);
  return index + 1;
}
