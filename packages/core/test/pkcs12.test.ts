import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createBaseline,
  keystoreFinding,
  MAX_MAC_ITERATIONS,
  mayBePfx,
  notInBaseline,
  parsePfx,
  verifyPfxMac,
  type Pfx,
} from '../src/index.js';
import { der, pfxBytes, pngBytes } from './helpers/pfx.js';
import { generator } from './helpers/random.js';

const pfxOf = (bytes: Uint8Array): Pfx => {
  const parsed = parsePfx(bytes);
  if ('invalid' in parsed) throw new Error(parsed.invalid);
  return parsed.pfx;
};

describe('PKCS#12 MAC verification', () => {
  it.each(['sha1', 'sha256', 'sha512'] as const)('verifies a %s MAC with its password only', (hash) => {
    const pfx = pfxOf(pfxBytes({ hash }));
    expect(pfx.mac?.hash).toBe(hash);
    expect(verifyPfxMac(pfx, 'notasecret')).toBe('verified');
    expect(verifyPfxMac(pfx, 'notasecreT')).toBe('mismatch');
    expect(verifyPfxMac(pfxOf(pfxBytes({ hash, password: 'hunter22' })), 'notasecret')).toBe('mismatch');
  });

  it('reads an iteration count of 1 and a missing MAC', () => {
    expect(verifyPfxMac(pfxOf(pfxBytes({ iterations: 1 })), 'notasecret')).toBe('verified');
    expect(verifyPfxMac(pfxOf(pfxBytes({ noMac: true })), 'notasecret')).toBe('unverifiable');
  });

  it('does not run a huge iteration count', () => {
    // the MAC is made with one iteration and the file states 2^31 - 1: verifying would cost that many hashes
    const bytes = pfxBytes({ iterations: 1, statedIterations: 0x7fffffff });
    expect(pfxOf(bytes).mac?.iterations).toBe(0x7fffffff);
    expect(verifyPfxMac(pfxOf(bytes), 'notasecret')).toBe('unverifiable');
    expect(verifyPfxMac(pfxOf(pfxBytes({ iterations: 1, statedIterations: MAX_MAC_ITERATIONS + 1 })), 'x')).toBe(
      'unverifiable',
    );
    expect(keystoreFinding(bytes, { file: 'a.p12' })?.detectorId).toBe('pkcs12-keystore');
  });
});

describe('PFX parsing of garbage', () => {
  const g = generator(5);
  const random = (length: number) => Buffer.from(Array.from({ length }, () => g.int(256)));
  const good = pfxBytes();

  it('rejects truncated, corrupted, random and PNG bytes without throwing', () => {
    const inputs: Buffer[] = [Buffer.alloc(0), pngBytes(), random(100), random(5000), Buffer.from([0x30, 0x80])];
    for (let cut = 0; cut < good.length; cut += 97) inputs.push(good.subarray(0, cut));
    for (let i = 0; i < 200; i++) {
      const corrupt = Buffer.from(good);
      corrupt[g.int(40)] ^= 1 << g.int(8);
      inputs.push(corrupt);
    }
    for (const input of inputs) {
      expect(() => parsePfx(input)).not.toThrow();
      const parsed = parsePfx(input);
      if (!('invalid' in parsed)) expect(() => verifyPfxMac(parsed.pfx, 'notasecret')).not.toThrow();
    }
    for (const input of [Buffer.alloc(0), pngBytes(), random(100), good.subarray(0, good.length - 1)])
      expect(keystoreFinding(input, { file: 'a.p12' })).toBeUndefined();
  });

  it('wants version 3 and a data ContentInfo', () => {
    const info = der(0x30, der(0x06, Buffer.from([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01])));
    expect('invalid' in parsePfx(der(0x30, der(0x02, Buffer.from([2])), info))).toBe(true);
    expect('invalid' in parsePfx(der(0x30, der(0x02, Buffer.from([3])), der(0x30, der(0x05))))).toBe(true);
    expect('invalid' in parsePfx(der(0x30, der(0x02, Buffer.from([3])), info))).toBe(false);
  });

  it('tells from a file head whether the whole file may be a PFX', () => {
    expect(mayBePfx(good.subarray(0, 64), good.length)).toBe(true);
    expect(mayBePfx(good.subarray(0, 64), good.length + 1)).toBe(false);
    expect(mayBePfx(pngBytes().subarray(0, 64), 608)).toBe(false);
  });
});

describe('keystore findings', () => {
  it('calls a notasecret keystore a Google Cloud key and any other a PKCS#12 keystore', () => {
    const google = keystoreFinding(pfxBytes({ hash: 'sha256' }), { file: 'keys/service.p12' });
    expect(google).toMatchObject({
      ruleId: 'no-hardcoded-key',
      detectorId: 'gcp-service-account-p12',
      severity: 'high',
      confidence: 'high',
      line: 1,
      column: 1,
      redacted: 'Google Cloud service-account key (PKCS#12)',
    });
    const other = keystoreFinding(pfxBytes({ password: 'hunter22' }), { file: 'certs/site.pfx' });
    expect(other).toMatchObject({ detectorId: 'pkcs12-keystore', severity: 'high', confidence: 'medium' });
    expect(keystoreFinding(pfxBytes({ noMac: true }), { file: 'a.p12' })?.detectorId).toBe('pkcs12-keystore');
    expect(
      keystoreFinding(pfxBytes(), { file: 'a.p12', disabled: new Set(['gcp-service-account-p12']) }),
    ).toBeUndefined();
  });

  it('is known to a baseline of it, and a replaced keystore is not', () => {
    const bytes = pfxBytes();
    const baseline = createBaseline([keystoreFinding(bytes, { file: 'a/key.p12' })!], 'keyward');
    expect(notInBaseline(baseline)(keystoreFinding(Buffer.from(bytes), { file: 'a/key.p12' })!)).toBe(false);
    expect(notInBaseline(baseline)(keystoreFinding(pfxBytes({ seed: 9 }), { file: 'a/key.p12' })!)).toBe(true);
  });

  const openssl = (() => {
    try {
      execFileSync('openssl', ['version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!openssl)('reads keystores openssl makes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'keyward-p12-'));
    try {
      const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
      run(
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        'k.pem',
        '-out',
        'c.pem',
        '-days',
        '1',
        '-subj',
        '/CN=test',
      );
      const other = generator(3).chars(16);
      for (const [password, id] of [
        ['notasecret', 'gcp-service-account-p12'],
        [other, 'pkcs12-keystore'],
      ]) {
        run('pkcs12', '-export', '-inkey', 'k.pem', '-in', 'c.pem', '-passout', `pass:${password}`, '-out', 'k.p12');
        expect(keystoreFinding(readFileSync(path.join(dir, 'k.p12')), { file: 'k.p12' })?.detectorId).toBe(id);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
