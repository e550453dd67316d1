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
    // camel-case phrases, alternating and periodic patterns, short marker words standing as words
    ['SlackAppConfigurationAccessTokenHere', 0],
    ['xoxb-YourSlackBotTokenGoesHere', 5],
    ['a1b2c3d4e5f6g7h8i9j0', 0],
    ['sk_live_a1b2c3d4e5f6a1b2c3d4e5f6', 8],
    ['ab12ab12ab12ab12ab12', 0],
    ['fake_stripe_key_for_tests_12345', 0],
    ['sk_test_fakeKey1234567890', 8],
    ['ghp_yourGithubTokenHere', 4],
    ['todo-replace-with-real-token', 0],
    ['0000-0000-0000-0000', 0],
  ] as const)('%s is a placeholder', (value, prefix) => {
    expect(isPlaceholder(value, prefix)).toBe(true);
  });

  // Real-shaped values are assembled so the repository itself holds no key-shaped literal.
  it.each([
    'Zq8vR2mX4kL9pT1wB6nY3cF7',
    `lmif_live_${'Q7hT2mZ9xR4vK8pL3nB6wC1y'}`,
    `uak_${'P3kx9Qm2'}_${'Hq7Rt2Vz8Nw4Lb6Yc1Xd5Fg0'}`,
    // marker words inside random bodies (`fake`, `todo`, `test`) are chance, not markers
    `${'Q7hT2mZ9'}fake${'R4vK8pL3nB6wC1yX'}`,
    `${'x9KTodo'}${'Q7hT2mZ9xR4vK8pL'}`,
    `${'aaaaaa'}${'Q7hT2mZ9xR4vK8pL3nB6wC1y'}`,
  ])('%s is not a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });

  it('exempts structured bodies from the run rules: base64 of binary holds AAAAAA', () => {
    const body = `b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gt${'ZW'}`;
    expect(isPlaceholder(body)).toBe(true);
    expect(isPlaceholder(body, 0, { structured: true })).toBe(false);
    expect(isPlaceholder('A'.repeat(80), 0, { structured: true })).toBe(true);
  });
});

// Examples printed in vendors' documentation (AWS, Slack, jwt.io), assembled so no full literal sits here.
const VENDOR_DOC_LINES = [
  `aws_access_key_id = AKIA${'IOSFODNN7EXAMPLE'}`,
  `aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/${'bPxRfiCYEXAMPLEKEY'}`,
  `AWS_ACCESS_KEY_ID=AKIA${'I44QH8DHBEXAMPLE'}`,
  `AWS_SECRET_ACCESS_KEY=je7MtGbClwBF/2Zp9Utk/${'h3yCo8nvbEXAMPLEKEY'}`,
  `SLACK_WEBHOOK=https://hooks.slack.com/services/T00000000/B00000000/${'X'.repeat(24)}`,
  `token: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ'}.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`,
  `GITHUB_TOKEN=ghp_${'16C7e42F292c6912E7710c838347Ae178B4a'}`,
  `STRIPE_SECRET_KEY=sk_test_${'4eC39HqLyjWDarjtT1zdp7dc'}`,
];

describe('vendor documentation examples', () => {
  it.each(VENDOR_DOC_LINES.map((line) => [line]))('%s produces no finding in any file kind', (line) => {
    for (const path of ['README.md', 'src/client.ts', '.env', 'config.yml']) {
      expect(scanText(line, { path }).map((m) => m.detector.id)).toEqual([]);
    }
  });
});

describe('placeholders that only the context shows', () => {
  const random = `${'Q7hT2mZ9xR4vK8pL'}${'3nB6wC1yHq7Rt2Vz'}`;

  it.each([
    `Use a key such as sk_live_${random}… in the header`,
    `Use a key such as sk_live_${random}... in the header`,
    `the key ends in …sk_live_${random}`,
  ])('a key shown truncated is an example: %s', (line) => {
    expect(scanText(line, { path: 'README.md' })).toEqual([]);
  });

  it.each([
    'export const API_KEY = "API_KEY";',
    "const GITHUB_TOKEN = 'github_token';",
    'enum Names { accessToken = "access_token_field" }',
    'SECRET_KEY: "secret-key"',
  ])('a value equal to its own name is an enum, not a secret: %s', (line) => {
    expect(scanText(line, { path: 'src/names.ts' })).toEqual([]);
  });

  it('still reports the same key written in full', () => {
    expect(scanText(`const key = "sk_live_${random}";`, { path: 'src/a.ts' })).toHaveLength(1);
  });
});

describe('run-together stand-ins', () => {
  it.each(['mypassword', 'yourapikey', 'thesecrettoken'])('%s is a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each(['testpassword', 'myqzvkxwplrt', 'hunter2secretsauce'])(
    '%s is not judged a placeholder by these rules',
    (value) => {
      expect(isPlaceholder(value)).toBe(false);
    },
  );
});
