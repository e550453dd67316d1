import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decode, readText } from '../src/index.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'keyward-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readText', () => {
  it('reads UTF-8 and strips a BOM', () => {
    const file = path.join(dir, 'bom.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('héllo')]));
    expect(readText(file, 1000)).toEqual({ text: 'héllo', bytes: 9 });
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('key=1', 'utf16le')]))).toMatchObject({
      text: 'key=1',
    });
    const be = Buffer.from('key=1', 'utf16le').swap16();
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ text: 'key=1' });
  });

  it('skips binary, non-UTF-8, too large, directories and missing files with a reason', () => {
    expect(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({ skip: 'binary' });
    expect(decode(Buffer.from([0x61, 0xe9, 0x62]))).toEqual({ skip: 'non-utf8' });
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, 'a'.repeat(2000));
    expect(readText(big, 1000)).toMatchObject({ skip: 'too-large' });
    mkdirSync(path.join(dir, 'sub'));
    expect(readText(path.join(dir, 'sub'), 1000)).toMatchObject({ skip: 'not-a-file' });
    expect(readText(path.join(dir, 'missing.txt'), 1000)).toMatchObject({ skip: 'unreadable', detail: 'ENOENT' });
  });
});
