import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanText } from '../src/index.js';

// Real key material, generated at test time (nothing key-shaped is committed): ssh-keygen for every key type
// it offers, node:crypto for PEM encodings and for OpenSSH keys written by hand (so the test has keys even
// where ssh-keygen is missing), gpg for a PGP block when it is installed. Every one must be reported, in
// every way people commit it: a file, a JSON string, a YAML block scalar, a JS concatenation, a `.env` value.

const work = mkdtempSync(path.join(tmpdir(), 'keyward-keys-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const has = (tool: string) => {
  try {
    execFileSync(tool, ['--help'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // ssh-keygen --help exits 1 with usage; only a missing binary is ENOENT
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
};

interface RealKey {
  readonly label: string;
  readonly text: string;
  readonly detector: string;
}

function sshKeygen(type: string, bits: string | undefined, format: string | undefined, passphrase = ''): string {
  const file = path.join(work, `k${Math.random().toString(36).slice(2)}`);
  const args = ['-q', '-t', type, '-N', passphrase, '-C', '', '-f', file];
  if (bits) args.push('-b', bits);
  if (format) args.push('-m', format);
  execFileSync('ssh-keygen', args, { stdio: 'ignore' });
  return readFileSync(file, 'utf8');
}

/** `string` of the SSH wire format: a 4-byte length and the bytes. */
const sshString = (value: Buffer | string) => {
  const bytes = Buffer.from(value);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
};

/** An unencrypted `openssh-key-v1` ed25519 key, as ssh-keygen writes it (PROTOCOL.key). */
function opensshEd25519(): string {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const seed = Buffer.from(privateKey.export({ format: 'jwk' }).d!, 'base64url');
  const pub = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  const publicBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
  const check = randomBytes(4);
  let secret = Buffer.concat([
    check,
    check,
    sshString('ssh-ed25519'),
    sshString(pub),
    sshString(Buffer.concat([seed, pub])),
    sshString(''),
  ]);
  const padding = Buffer.from(Array.from({ length: (8 - (secret.length % 8)) % 8 }, (_, i) => i + 1));
  secret = Buffer.concat([secret, padding]);
  const count = Buffer.alloc(4);
  count.writeUInt32BE(1);
  const blob = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    count,
    sshString(publicBlob),
    sshString(secret),
  ]);
  const lines = blob
    .toString('base64')
    .match(/.{1,70}/g)!
    .join('\n');
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

function realKeys(): RealKey[] {
  const keys: RealKey[] = [];
  if (has('ssh-keygen')) {
    const types: [string, string | undefined][] = [
      ['ed25519', undefined],
      ['rsa', '2048'],
      ['ecdsa', '256'],
      ['ecdsa', '384'],
      ['ecdsa', '521'],
      ['dsa', undefined],
    ];
    for (const [type, bits] of types) {
      let text: string;
      try {
        text = sshKeygen(type, bits, undefined);
      } catch {
        continue; // a type this OpenSSH no longer offers (DSA)
      }
      keys.push({ label: `ssh-keygen ${type} ${bits ?? ''}`, text, detector: 'openssh-private-key' });
      for (let i = 0; i < 4; i++)
        keys.push({
          label: `ssh-keygen ${type} #${i}`,
          text: sshKeygen(type, bits, undefined),
          detector: 'openssh-private-key',
        });
      keys.push({
        label: `ssh-keygen ${type} with passphrase`,
        text: sshKeygen(type, bits, undefined, 'correct horse'),
        detector: 'openssh-private-key',
      });
      if (type !== 'ed25519') {
        keys.push({ label: `ssh-keygen ${type} -m PEM`, text: sshKeygen(type, bits, 'PEM'), detector: 'private-key' });
        keys.push({
          label: `ssh-keygen ${type} -m PKCS8`,
          text: sshKeygen(type, bits, 'PKCS8'),
          detector: 'private-key',
        });
      }
    }
  }
  for (let i = 0; i < 200; i++)
    keys.push({ label: `node:crypto OpenSSH ed25519 #${i}`, text: opensshEd25519(), detector: 'openssh-private-key' });
  const pem = (type: Parameters<typeof generateKeyPairSync>[0], options: object, encoding: object, label: string) => {
    const { privateKey } = generateKeyPairSync(type as 'rsa', { ...options, privateKeyEncoding: encoding } as never);
    keys.push({ label, text: String(privateKey), detector: 'private-key' });
  };
  pem('rsa', { modulusLength: 2048 }, { type: 'pkcs1', format: 'pem' }, 'RSA PKCS#1');
  pem('rsa', { modulusLength: 2048 }, { type: 'pkcs8', format: 'pem' }, 'RSA PKCS#8');
  pem(
    'rsa',
    { modulusLength: 2048 },
    { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' },
    'RSA PKCS#8 encrypted',
  );
  pem(
    'rsa',
    { modulusLength: 2048 },
    { type: 'pkcs1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' },
    'RSA PKCS#1 with Proc-Type and DEK-Info headers',
  );
  for (const curve of ['prime256v1', 'secp384r1', 'secp521r1']) {
    pem('ec', { namedCurve: curve }, { type: 'sec1', format: 'pem' }, `EC SEC1 ${curve}`);
    pem('ec', { namedCurve: curve }, { type: 'pkcs8', format: 'pem' }, `EC PKCS#8 ${curve}`);
  }
  for (const type of ['ed25519', 'ed448', 'x25519', 'x448'] as const) {
    for (let i = 0; i < 20; i++) pem(type, {}, { type: 'pkcs8', format: 'pem' }, `${type} PKCS#8 #${i}`);
  }
  pem('dsa', { modulusLength: 2048, divisorLength: 256 }, { type: 'pkcs8', format: 'pem' }, 'DSA PKCS#8');
  if (has('gpg')) {
    const home = path.join(work, 'gnupg');
    execFileSync('mkdir', ['-m', '700', '-p', home]);
    const gpg = (...args: string[]) =>
      execFileSync('gpg', ['--homedir', home, '--batch', '--pinentry-mode', 'loopback', '--passphrase', '', ...args], {
        stdio: ['ignore', 'pipe', 'ignore'],
      }).toString();
    try {
      gpg('--quick-gen-key', 'Keyward Test <test@keyward.invalid>', 'ed25519', 'default', 'never');
      keys.push({ label: 'gpg ed25519', text: gpg('--armor', '--export-secret-keys'), detector: 'pgp-private-key' });
    } catch {
      // a gpg without loopback pinentry: the PGP detector has its generated cases
    }
  }
  return keys;
}

const keys = realKeys();

/** The ways a key is committed: each returns the text and the path it is scanned as. */
const embeddings: [string, (key: string) => { text: string; path: string }][] = [
  ['a key file', (key) => ({ text: key, path: 'id_key' })],
  [
    'a JSON string',
    (key) => ({ text: `{\n  "private_key": ${JSON.stringify(key)}\n}\n`, path: 'service-account.json' }),
  ],
  [
    'a YAML block scalar',
    (key) => ({
      text: `tls:\n  key: |\n${key
        .trimEnd()
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n')}\n`,
      path: 'values.yaml',
    }),
  ],
  [
    'a JS string concatenation',
    (key) => ({
      text: `const key =\n${key
        .trimEnd()
        .split('\n')
        .map((line) => `  '${line}\\n'`)
        .join(' +\n')};\n`,
      path: 'src/key.ts',
    }),
  ],
  [
    'a .env value with \\n escapes',
    (key) => ({ text: `PRIVATE_KEY="${key.trimEnd().replace(/\n/g, '\\n')}"\n`, path: '.env' }),
  ],
];

describe(`real private keys generated at test time (${keys.length})`, () => {
  it('generates keys of several kinds', () => {
    expect(keys.length).toBeGreaterThan(250);
    if (has('gpg')) expect(keys.some((key) => key.detector === 'pgp-private-key')).toBe(true);
    if (has('ssh-keygen')) expect(keys.some((key) => key.label.startsWith('ssh-keygen rsa'))).toBe(true);
  });

  it.each(embeddings)('every key is reported in %s', (_how, embed) => {
    const missed: string[] = [];
    for (const key of keys) {
      const { text, path: file } = embed(key.text);
      const found = scanText(text, { path: file }).filter((match) => match.detector.id === key.detector);
      if (found.length !== 1 || !found[0]!.secret.includes('-----END')) missed.push(key.label);
    }
    expect(missed).toEqual([]);
  });

  it('reports the whole block as a plain file', () => {
    for (const key of keys) {
      const [match] = scanText(key.text, { path: 'id_key' });
      expect(match?.secret, key.label).toBe(key.text.trimEnd());
    }
  });
});
