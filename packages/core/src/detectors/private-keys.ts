import { define } from './define.js';

// Key material blocks. The body must look like real base64 of some length, so documentation that
// shows `-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----` stays quiet.
const hasKeyBody = (minimum: number) => (secret: string) =>
  secret.replace(/-----[A-Z ]+-----|[^A-Za-z0-9+/=]/g, '').length >= minimum;

export const privateKeys = [
  define({
    id: 'private-key',
    provider: 'PEM',
    title: 'Private key (PEM)',
    matches: 'a `-----BEGIN … PRIVATE KEY-----` block (RSA, EC, DSA, PKCS#8, encrypted) with a base64 body',
    keywords: ['PRIVATE KEY-----'],
    prefixLength: 0,
    pattern:
      /-----BEGIN (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----[A-Za-z0-9+/=\s\\:,-]{40,12000}?-----END (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----/g,
    anchor: { before: 21, after: 0, maxLength: 12100 },
    validate: hasKeyBody(64),
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
    pattern: /-----BEGIN OPENSSH PRIVATE KEY-----[A-Za-z0-9+/=\s\\]{40,12000}?-----END OPENSSH PRIVATE KEY-----/g,
    anchor: { before: 5, after: 0, maxLength: 12100 },
    validate: hasKeyBody(64),
    envName: 'SSH_PRIVATE_KEY',
    remediation: 'Remove the public key from every authorized_keys and deploy-key list, then generate a new key pair.',
  }),
  define({
    id: 'pgp-private-key',
    provider: 'PGP',
    title: 'PGP private key block',
    matches: 'a `-----BEGIN PGP PRIVATE KEY BLOCK-----` block with a base64 body',
    keywords: ['BEGIN PGP PRIVATE KEY BLOCK'],
    prefixLength: 0,
    pattern:
      /-----BEGIN PGP PRIVATE KEY BLOCK-----[A-Za-z0-9+/=\s\\:.,()@<>'-]{40,20000}?-----END PGP PRIVATE KEY BLOCK-----/g,
    anchor: { before: 5, after: 0, maxLength: 20100 },
    validate: hasKeyBody(64),
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
