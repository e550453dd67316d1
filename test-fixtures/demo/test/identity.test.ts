import { describe, expect, it } from 'vitest';
import { checkIdentity } from '../src/lib/lmif';

// A live key in a test: every run calls production and is billed.
process.env.LMIF_API_KEY = 'lmif_live_HeIIQr3XSFgJCkaCqnQKyfylZ8EVeIz4';

describe('checkIdentity', () => {
  it('checks a name', async () => {
    expect(await checkIdentity('Ada', 'https://example.com/ada.png')).toBeDefined();
  });
});
