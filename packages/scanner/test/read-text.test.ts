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

  it('skips binary content, too large, directories and missing files with a reason', () => {
    expect(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({ skip: 'binary' });
    expect(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'logo.png')).toEqual({ skip: 'binary' });
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, 'a'.repeat(2000));
    expect(readText(big, 1000)).toMatchObject({ skip: 'too-large' });
    mkdirSync(path.join(dir, 'sub'));
    expect(readText(path.join(dir, 'sub'), 1000)).toMatchObject({ skip: 'not-a-file' });
    expect(readText(path.join(dir, 'missing.txt'), 1000)).toMatchObject({ skip: 'unreadable', detail: 'ENOENT' });
  });
});

describe('odd bytes do not hide a key', () => {
  const key = 'lmif_live_' + 'Ab12Cd34'.repeat(4);
  const random = (length: number) => Buffer.from(Array.from({ length }, (_, i) => (i * 7919 + 13) % 256));

  it('decodes a Latin-1 byte in a text file with a replacement character, keeping the rest', () => {
    const bytes = Buffer.concat([Buffer.from('// caf'), Buffer.from([0xe9]), Buffer.from(`\nconst k = "${key}";\n`)]);
    for (const name of ['src/a.ts', '.env.local', 'README.md', 'deploy.sh', 'config.yaml', 'LICENSE'])
      expect(decode(bytes, name)).toEqual({ text: `// caf\ufffd\nconst k = "${key}";\n`, bytes: bytes.length });
  });

  it('keeps one NUL byte, or NUL padding, in a UTF-8 source file as text', () => {
    const text = `const k = "${key}"; // \0\n`;
    expect(decode(Buffer.from(text), 'a.ts')).toMatchObject({ text });
    const padded = `${'\0'.repeat(5000)}\nconst k = "${key}";\n`;
    expect(decode(Buffer.from(padded), 'src/padded.ts')).toMatchObject({ text: padded });
    // a name that does not say text: a few control bytes in mostly text are still text
    expect(decode(Buffer.from(`${'a'.repeat(200)}\0${key}`), 'blob')).toMatchObject({
      text: expect.stringContaining(key),
    });
  });

  it('judges real binaries by content, whatever their name says', () => {
    const binary = Buffer.concat([Buffer.from([0x47, 0x40, 0x11, 0x10]), random(9000)]);
    expect(decode(binary, 'video.ts')).toEqual({ skip: 'binary' });
    expect(decode(binary, 'data.bin')).toEqual({ skip: 'binary' });
    expect(decode(Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0'), random(500)]), 'tool')).toEqual({
      skip: 'binary',
    });
  });

  it('decodes UTF-16 without a byte-order mark', () => {
    const text = `TOKEN=${key}\r\n`;
    expect(decode(Buffer.from(text, 'utf16le'), 'secrets.env')).toMatchObject({ text });
    expect(decode(Buffer.from(text, 'utf16le').swap16(), 'secrets.env')).toMatchObject({ text });
  });

  it('reads only the head of a binary file, not all of it', () => {
    const file = path.join(dir, 'big.bin');
    writeFileSync(file, Buffer.concat([random(16_384), Buffer.from(key)]));
    expect(readText(file, 1 << 20)).toEqual({ skip: 'binary' });
    const text = path.join(dir, 'long.ts');
    writeFileSync(text, `${'// filler\n'.repeat(2000)}const k = "${key}";\n`);
    expect(readText(text, 1 << 20)).toMatchObject({ text: expect.stringContaining(key) });
  });
});
