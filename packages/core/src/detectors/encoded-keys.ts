import { decodeBase64Url, define, parseJsonObject } from './define.js';

// Keys whose body is an encoding with a structure inside: the regex finds the shape, and `validate` decodes
// the body and checks the structure, which a random string of the same alphabet almost never has. That is
// what keeps prefix-less shapes (an NVIDIA NGC key is 84 letters and digits) quiet elsewhere.

/** `<26 letters and digits>:<8-4-4-4-12 letters and digits>`: what a legacy NGC API key decodes to. */
const NGC_DECODED = /^[A-Za-z0-9]{26}:[A-Za-z0-9]{8}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{12}$/;

/**
 * A Jenkins secret (`hudson.util.Secret`, format 1): a version byte 1, the IV's length (4 bytes, 16), the
 * ciphertext's length (4 bytes), the IV, then AES-CBC ciphertext of whole 16-byte blocks, in one base64 run.
 */
function isJenkinsSecret(body: string): boolean {
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(body), (ch) => ch.charCodeAt(0));
  } catch {
    return false;
  }
  if (bytes.length < 9 + 16 + 16 || bytes[0] !== 1) return false;
  const view = new DataView(bytes.buffer);
  const ivLength = view.getUint32(1);
  const dataLength = view.getUint32(5);
  return ivLength === 16 && dataLength % 16 === 0 && bytes.length === 9 + ivLength + dataLength;
}

export const encodedKeys = [
  define({
    id: 'airtable-oauth-token',
    provider: 'Airtable',
    title: 'Airtable OAuth access token',
    matches:
      '`oaa` and 14 letters and digits, `.v1.`, base64url of a JSON object, `.` and 64 hex characters; the middle part must decode to JSON',
    keywords: ['oaa'],
    prefixLength: 3,
    pattern: /(?<![A-Za-z0-9_])oaa[A-Za-z0-9]{14}\.v1\.eyJ[A-Za-z0-9_-]{20,1000}\.[a-f0-9]{64}(?![A-Za-z0-9_-])/g,
    validate: (secret) => parseJsonObject(decodeBase64Url(secret.split('.')[2] ?? '')) !== undefined,
    structured: true,
    envName: 'AIRTABLE_ACCESS_TOKEN',
    remediation:
      'Revoke the grant in Airtable (Builder hub → OAuth integrations, or the user’s integrations page), then keep tokens in a secrets store.',
  }),
  define({
    id: 'nvidia-ngc-legacy-api-key',
    provider: 'NVIDIA',
    title: 'NVIDIA NGC API key (legacy)',
    matches:
      '84 letters and digits that decode (base64) to `<26 letters and digits>:<8-4-4-4-12 id>`, within 80 characters after `ngc` or `nvcr.io`',
    keywords: ['ngc', 'nvcr.io'],
    keywordsFoldCase: true,
    prefixLength: 0,
    pattern: /(?<![A-Za-z0-9+/])[A-Za-z0-9]{84}(?![A-Za-z0-9+/=])/g,
    anchor: { before: 0, after: 80, maxLength: 84 },
    validate: (secret) => {
      const decoded = decodeBase64Url(secret);
      return decoded !== undefined && NGC_DECODED.test(decoded);
    },
    structured: true,
    envName: 'NGC_API_KEY',
    remediation:
      'Revoke the key in NGC (Setup → API Keys) and create a personal key (`nvapi-`), then read it from `process.env.NGC_API_KEY`.',
  }),
  define({
    id: 'jenkins-encrypted-secret',
    provider: 'Jenkins',
    title: 'Jenkins encrypted credential (credentials.xml, config.xml)',
    matches:
      '`{AQAAABAAAA…}`: one base64 run that decodes to a version-1 `hudson.util.Secret` (16-byte IV, whole AES blocks)',
    keywords: ['{AQAAABAAAA'],
    prefixLength: 10,
    pattern: /\{(?<secret>AQAAABAAAA[A-Za-z0-9+/]{40,4000}={0,2})\}/g,
    validate: isJenkinsSecret,
    structured: true,
    severity: 'medium',
    envName: 'JENKINS_CREDENTIAL',
    remediation:
      'Rotate the credential it holds: anyone with the controller’s `secrets/` directory decrypts it. Keep Jenkins home files out of the repository (configuration-as-code can read secrets from the environment).',
  }),
];
