import { define } from './define.js';
import { findArmoredBlocks, type ArmorSpec } from './armor.js';

// Key material blocks, read by `findArmoredBlocks` in one linear pass (a lazy regex over the body is
// quadratic on repeated headers). The body must hold real base64 of some length, so documentation that
// shows `-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----` stays quiet.

const armored = (labels: readonly string[], maxBody: number): ArmorSpec => ({
  labels: new Set(labels),
  maxBody,
  minBase64: 64,
});

const PEM = armored(
  ['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'DSA PRIVATE KEY', 'ENCRYPTED PRIVATE KEY'],
  12_000,
);
const OPENSSH = armored(['OPENSSH PRIVATE KEY'], 12_000);
const PGP = armored(['PGP PRIVATE KEY BLOCK'], 20_000);
/** A PEM or OpenSSH block whose END line is missing: at least one whole 64-character line of body. */
const CUT = { ...armored([...PEM.labels, ...OPENSSH.labels], 12_000), truncated: true };

export const privateKeys = [
  define({
    id: 'private-key',
    provider: 'PEM',
    title: 'Private key (PEM)',
    matches: 'a `-----BEGIN … PRIVATE KEY-----` block (RSA, EC, DSA, PKCS#8, encrypted) with a base64 body',
    keywords: ['PRIVATE KEY-----'],
    prefixLength: 0,
    pattern: /-----BEGIN (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----/g,
    find: (text, _kind, starts) => findArmoredBlocks(text, starts, PEM),
    structured: true,
    envName: 'PRIVATE_KEY',
    remediation: 'Rotate the key pair, then load the key from a file outside the repository or a secrets manager.',
  }),
  define({
    id: 'openssh-private-key',
    provider: 'OpenSSH',
    title: 'OpenSSH private key',
    matches: 'a `-----BEGIN OPENSSH PRIVATE KEY-----` block with a base64 body',
    keywords: ['BEGIN OPENSSH PRIVATE KEY'],
    prefixLength: 0,
    pattern: /-----BEGIN OPENSSH PRIVATE KEY-----/g,
    find: (text, _kind, starts) => findArmoredBlocks(text, starts, OPENSSH),
    structured: true,
    envName: 'SSH_PRIVATE_KEY',
    remediation: 'Remove the public key from every authorized_keys and deploy-key list, then generate a new key pair.',
  }),
  define({
    id: 'truncated-private-key',
    provider: 'PEM',
    title: 'Private key block without its END line',
    matches:
      'a `-----BEGIN … PRIVATE KEY-----` line (PEM or OpenSSH) followed by whole lines of base64 (64 characters or more) and no END line: a key cut short in a log, an issue or a trimmed file',
    keywords: ['PRIVATE KEY-----'],
    prefixLength: 0,
    pattern: /-----BEGIN (?:RSA |EC |DSA |ENCRYPTED |OPENSSH )?PRIVATE KEY-----/g,
    find: (text, _kind, starts) => findArmoredBlocks(text, starts, CUT),
    structured: true,
    // the rest of the key may be missing, or elsewhere: key material all the same, but less certain than a block
    confidence: 'medium',
    envName: 'PRIVATE_KEY',
    remediation:
      'Find where the whole key lives (the rest of this file, a log, another commit), rotate the key pair, and keep the key out of the repository.',
  }),
  define({
    id: 'pgp-private-key',
    provider: 'PGP',
    title: 'PGP private key block',
    matches: 'a `-----BEGIN PGP PRIVATE KEY BLOCK-----` block with a base64 body',
    keywords: ['BEGIN PGP PRIVATE KEY BLOCK'],
    prefixLength: 0,
    pattern: /-----BEGIN PGP PRIVATE KEY BLOCK-----/g,
    find: (text, _kind, starts) => findArmoredBlocks(text, starts, PGP),
    structured: true,
    envName: 'PGP_PRIVATE_KEY',
    remediation: 'Revoke the key with its revocation certificate and publish the revocation.',
  }),
  define({
    id: 'age-secret-key',
    provider: 'age',
    title: 'age secret key',
    matches: '`AGE-SECRET-KEY-1` followed by 58 bech32 characters',
    keywords: ['AGE-SECRET-KEY-1'],
    prefixLength: 'AGE-SECRET-KEY-1'.length,
    pattern: /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![A-Za-z0-9])/g,
    envName: 'AGE_SECRET_KEY',
  }),
];
