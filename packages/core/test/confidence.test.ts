import { describe, expect, it } from 'vitest';
import { hardcodedKeyFindings, scanText } from '../src/index.js';
import { base62, crc32 } from '../src/util/checksum.js';
import { generator } from './helpers/random.js';
import { randomPypiToken } from './helpers/random-keys.js';

// Issue #13.3: checksum-valid keys are `high`, a provider shape alone `medium`, the generic detector `low`.
const g = generator(0xc0f);

function confidenceOf(text: string, path = 'src/config.ts') {
  const matches = scanText(text, { path });
  return hardcodedKeyFindings(text, matches, { file: path }).map((f) => [f.detectorId, f.confidence]);
}

describe('finding confidence', () => {
  it('is high for a key that passed its checksum or structure check', () => {
    const random = g.chars(30);
    expect(confidenceOf(`const t = "ghp_${random}${base62(crc32(random), 6)}";`)).toEqual([['github-pat', 'high']]);
    expect(confidenceOf(`const t = "${randomPypiToken(g.next)}";`)).toEqual([['pypi-token', 'high']]);
    const body = g.chars(40);
    expect(confidenceOf(`const t = "cfut_${body}${crc32(body).toString(16).padStart(8, '0')}";`)).toEqual([
      ['cloudflare-user-api-token', 'high'],
    ]);
  });

  it('is medium for a provider shape without a checksum', () => {
    expect(confidenceOf(`const t = "sbp_${g.chars(40, '0123456789abcdef')}";`)).toEqual([
      ['supabase-management-token', 'medium'],
    ]);
    expect(confidenceOf(`DD_API_KEY=${g.chars(32, '0123456789abcdef')}\n`, '.env')).toEqual([
      ['datadog-api-key', 'medium'],
    ]);
  });

  it('is low for the generic detector', () => {
    expect(confidenceOf(`const apiToken = "${g.chars(32)}";`)).toEqual([['generic-secret', 'low']]);
  });
});
