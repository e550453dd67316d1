import { describe, expect, it } from 'vitest';
import { base62, crc32, hasBase62Crc32, hasHexCrc32, redact, shannonEntropy } from '../src/index.js';

describe('checksums and helpers', () => {
  it('computes CRC-32 (IEEE) test vectors', () => {
    expect(crc32('')).toBe(0);
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('The quick brown fox jumps over the lazy dog')).toBe(0x414fa339);
  });

  it('encodes base62 with padding', () => {
    expect(base62(0, 6)).toBe('000000');
    expect(base62(61, 2)).toBe('0z');
    expect(base62(62, 2)).toBe('10');
    expect(base62(0xffffffff, 6)).toBe('4gfFC3');
  });

  it('validates an embedded hex CRC-32 (Cloudflare), zero-padded and lower-case only', () => {
    const random = 'Zy9Xw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBaZyXw';
    const sum = crc32(random).toString(16).padStart(8, '0');
    expect(hasHexCrc32(random + sum)).toBe(true);
    expect(hasHexCrc32(random + sum.toUpperCase())).toBe(/[a-f]/.test(sum) ? false : true);
    expect(hasHexCrc32(random.slice(1) + sum)).toBe(false);
    expect(hasHexCrc32(`${random}${sum.slice(0, 7)}${sum[7] === '0' ? '1' : '0'}`)).toBe(false);
    expect(hasHexCrc32(sum)).toBe(false);
    // a CRC below 0x10000000 keeps its leading zeros
    let small = random;
    for (let i = 0; crc32(small) >= 0x10000000; i++) small = `${random.slice(0, 30)}${String(i).padStart(10, '0')}`;
    expect(hasHexCrc32(small + crc32(small).toString(16).padStart(8, '0'))).toBe(true);
    expect(hasHexCrc32(small + crc32(small).toString(16))).toBe(false);
  });

  it('validates an embedded base62 CRC-32', () => {
    const random = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123';
    expect(hasBase62Crc32(random + base62(crc32(random), 6))).toBe(true);
    expect(hasBase62Crc32(random + '000000')).toBe(false);
  });

  it('redacts to the prefix and at most four characters', () => {
    expect(redact(`lmif_live_${'Ab12Cd34Ef56Gh78'}`, 10)).toBe('lmif_live_Ab12…');
    expect(redact('abcdefgh', 0)).toBe('ab…');
    expect(redact('abc', 0)).toBe('…');
  });

  it('measures entropy', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
  });
});

describe('PyPI macaroon structure', () => {
  it('accepts well-formed v2 macaroons and rejects random bodies of the same alphabet', async () => {
    const { randomPypiToken } = await import('./helpers/random-keys.js');
    const { generator } = await import('./helpers/random.js');
    const { base64UrlBytes, isMacaroonV2 } = await import('../src/util/macaroon.js');
    const g = generator(11);
    const valid = (token: string) => isMacaroonV2(base64UrlBytes(token.slice(5))!);
    for (let i = 0; i < 200; i++) expect(valid(randomPypiToken(g.next))).toBe(true);
    let accepted = 0;
    for (let i = 0; i < 2000; i++)
      if (
        valid(`pypi-AgEIcHlwaS5vcmc${g.chars(120, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_')}`)
      )
        accepted++;
    expect(accepted).toBe(0);
    // a truncated token is not a macaroon either
    const token = randomPypiToken(g.next);
    expect(valid(token.slice(0, -8))).toBe(false);
  });
});
