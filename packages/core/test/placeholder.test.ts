import { describe, expect, it } from 'vitest';
import { isPlaceholder, scanText } from '../src/index.js';

// Every example key printed in the four seed vendors' authentication pages, and the lines around them.
const SEED_LINES = [
  'Authorization: Bearer lmif_live_xxx',
  'curl -X POST https://api.lookmaimfamous.com/v1/lmif/identity/check -H "Authorization: Bearer lmif_live_xxx"',
  'x-api-key: YOUR_API_KEY',
  'curl https://api.laminr.ai/v1/files -H "x-api-key: sk_live_abc123xyz789"',
  'export LAMINR_API_KEY="sk_live_abc123xyz789"',
  'const apiKey = process.env.LAMINR_API_KEY;',
  'Authorization: Bearer lmnfl_abc123.xyz789',
  '    api_key="lmnfl_abc123.xyz789",',
  'LUMENFALL_API_KEY=lmnfl_abc123.xyz789',
  'uak_abc12def_xyzExampleKeyValue1234567890',
  'export LENSMOR_API_KEY="uak_your_api_key"',
  'Authorization: Bearer uak_your_api_key',
  '-H "Authorization: Bearer $LENSMOR_API_KEY"',
  'const lmif = new LMIFClient({ apiKey: process.env.LMIF_API_KEY });',
];

describe('seed documentation placeholders', () => {
  it.each(SEED_LINES.map((line) => [line]))('%s produces no finding in any file kind', (line) => {
    for (const path of ['README.md', 'src/client.ts', '.env', 'config.yml', 'notes.txt']) {
      expect(scanText(line, { path }).map((m) => `${m.detector.id}: ${m.secret}`)).toEqual([]);
    }
  });

  it.each([
    ['lmif_live_xxx', 10],
    ['sk_live_abc123xyz789', 8],
    ['lmnfl_abc123.xyz789', 6],
    ['uak_your_api_key', 4],
    ['uak_abc12def_xyzExampleKeyValue1234567890', 4],
    ['YOUR_API_KEY', 0],
    ['<api-key>', 0],
    ['AKIAIOSFODNN7EXAMPLE', 4],
    ['xxxxxxxxxxxxxxxxxxxxxxxx', 0],
    ['aaaaaaaaaaaaaaaaaaaaaaaa', 0],
    ['abcdefghijklmnopqrstuvwx', 0],
    ['1234567890123456', 0],
    ['my_secret_token', 0],
    ['${STRIPE_KEY}', 0],
    ['{{ api_key }}', 0],
  ] as const)('%s is a placeholder', (value, prefix) => {
    expect(isPlaceholder(value, prefix)).toBe(true);
  });

  // Real-shaped values are assembled so the repository itself holds no key-shaped literal.
  it.each([
    'Zq8vR2mX4kL9pT1wB6nY3cF7',
    `lmif_live_${'Q7hT2mZ9xR4vK8pL3nB6wC1y'}`,
    `uak_${'P3kx9Qm2'}_${'Hq7Rt2Vz8Nw4Lb6Yc1Xd5Fg0'}`,
  ])('%s is not a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });
});
