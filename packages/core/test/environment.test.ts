import { describe, expect, it } from 'vitest';
import {
  environmentContext,
  environmentFindings,
  isEnvExample,
  isEnvFile,
  LineIndex,
  publicEnvFindings,
  scanText,
} from '../src/index.js';
import { generator } from './helpers/random.js';

const g = generator(8);

describe('environmentContext', () => {
  it.each([
    ['.env.production', 'production'],
    ['apps/web/.env.prod', 'production'],
    ['config/production.json', 'production'],
    ['deploy/k8s/prod/secret.yaml', 'production'],
    ['settings.prod.yml', 'production'],
    ['.env.test', 'test'],
    ['.env.development', 'test'],
    ['src/__tests__/api.ts', 'test'],
    ['test/identity.test.ts', 'test'],
    ['src/billing.spec.ts', 'test'],
    ['fixtures/keys.json', 'test'],
    ['config/sandbox.json', 'test'],
    ['src/server.ts', undefined],
    ['.env', undefined],
    ['src/product.ts', undefined],
    ['test-fixtures/demo/src/lib/lmif.ts', undefined],
  ])('%s → %s', (path, context) => {
    expect(environmentContext(path)).toBe(context);
  });
});

describe('env-mismatch', () => {
  const check = (text: string, file: string) => {
    const lines = new LineIndex(text);
    return environmentFindings(text, scanText(text, { path: file }), file, (offset) => lines.position(offset));
  };

  it('flags a test key in production and a live key in tests, with LMIF WRONG_ENVIRONMENT', () => {
    const [prod] = check(`LMIF_API_KEY=lmif_test_${g.chars(32)}\n`, '.env.production');
    expect(prod).toMatchObject({
      ruleId: 'env-mismatch',
      detectorId: 'lmif-test-key',
      line: 1,
      column: 14,
      severity: 'medium',
    });
    expect(prod!.message).toContain('WRONG_ENVIRONMENT');
    const [test] = check(`const key = 'lmif_live_${g.chars(32)}';\n`, 'src/lmif.test.ts');
    expect(test).toMatchObject({ ruleId: 'env-mismatch', detectorId: 'lmif-live-key', severity: 'high' });
    const [stripe] = check(`STRIPE_SECRET_KEY=sk_test_${g.chars(24)}\n`, 'config/production.env');
    expect(stripe!.message).toContain('Stripe will reject it');
  });

  it('is quiet for keys in their own environment, untagged keys, neutral paths and placeholders', () => {
    expect(check(`LMIF_API_KEY=lmif_live_${g.chars(32)}\n`, '.env.production')).toEqual([]);
    expect(check(`LMIF_API_KEY=lmif_test_${g.chars(32)}\n`, '.env.test')).toEqual([]);
    expect(check(`TOKEN=ghp_${g.chars(36)}\n`, '.env.test')).toEqual([]);
    expect(check(`LMIF_API_KEY=lmif_test_${g.chars(32)}\n`, 'src/server.ts')).toEqual([]);
    expect(check('LMIF_API_KEY=lmif_test_xxx\n', '.env.production')).toEqual([]);
  });
});

describe('no-public-env-secret in .env files', () => {
  it('flags browser-exposed secret names with real values', () => {
    const [openai, stripe] = [g.chars(40), g.chars(30)];
    const text = `# web\nNEXT_PUBLIC_SITE_URL=https://x.example\nNEXT_PUBLIC_OPENAI_API_KEY=${openai}\r\nexport VITE_STRIPE_SECRET_KEY="${stripe}"\n`;
    const findings = publicEnvFindings(text, 'apps/web/.env.local');
    expect(findings.map((f) => [f.line, f.column, f.message.split(' ')[0]])).toEqual([
      [3, 1, 'NEXT_PUBLIC_OPENAI_API_KEY'],
      [4, 8, 'VITE_STRIPE_SECRET_KEY'],
    ]);
    expect(JSON.stringify(findings)).not.toContain(openai);
    expect(JSON.stringify(findings)).not.toContain(stripe);
  });

  it('ignores public-by-design names, empty values, references, placeholders and example files', () => {
    const text =
      'NEXT_PUBLIC_SUPABASE_ANON_KEY=eyJabc\nNEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_x\nVITE_API_KEY=\nVITE_API_KEY=${API_KEY}\nREACT_APP_TOKEN=your_token_here\n';
    expect(publicEnvFindings(text, '.env')).toEqual([]);
    expect(publicEnvFindings(`NEXT_PUBLIC_SECRET=${g.chars(30)}`, '.env.example')).toEqual([]);
    expect(publicEnvFindings(`NEXT_PUBLIC_SECRET=${g.chars(30)}`, 'src/config.ts')).toEqual([]);
  });

  it('recognises env and example file names', () => {
    expect(['.env', '.env.local', 'apps/api/.env.production', 'deploy/app.env'].every(isEnvFile)).toBe(true);
    expect(['.envrc', 'src/env.ts', 'environment.json'].some(isEnvFile)).toBe(false);
    expect(['.env.example', 'apps/.env.sample', '.env.template'].every(isEnvExample)).toBe(true);
    expect(isEnvExample('.env.local')).toBe(false);
  });
});
