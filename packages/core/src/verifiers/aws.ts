import type { Verification } from '../types.js';
import type { KeyContext, Verifier, VerifyResponse } from './types.js';
import { detail, fallback, known, near, notSent, single } from './define.js';
import { sign } from './sigv4.js';

// A secret access key is useless without its access key id: the id is taken from beside the secret, only when
// exactly one long-term id (AKIA…) is there. Temporary credentials (ASIA…) also need their session token.
const KEY_ID = /(?<![A-Z0-9])(AKIA[A-Z2-7]{16})(?![A-Z0-9])/g;
const TEMPORARY_ID = /(?<![A-Z0-9])ASIA[A-Z2-7]{16}(?![A-Z0-9])/;
const BODY = 'Action=GetCallerIdentity&Version=2011-06-15';
const CODES = [
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'RequestExpired',
  'AccessDenied',
] as const;

/** AWS: STS GetCallerIdentity, signed with SigV4, which answers for any valid key and needs no permission. */
export const aws: Verifier = {
  id: 'aws',
  provider: 'AWS',
  detectorIds: ['aws-secret-access-key'],
  base: 'https://sts.amazonaws.com',
  endpoint: 'POST /',
  sideEffects:
    'GetCallerIdentity returns the account and ARN of the key; AWS documents that it needs no permission (an explicit deny cannot block it) and it changes nothing. The secret itself never leaves: only a SigV4 signature made with it.',
  sources: [
    'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html ("No permissions are required to perform this operation")',
    'https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html (InvalidClientTokenId 403, RequestExpired 400)',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html (Signature Version 4)',
  ],
  attribute: (_secret, context) => {
    const id = keyIdBeside(context);
    if (id) return { companions: { accessKeyId: id } };
    return notSent(
      TEMPORARY_ID.test(near(context, 1000))
        ? 'temporary (ASIA) credentials need their session token'
        : 'no single access key id (AKIA…) beside the secret',
    );
  },
  request: (key, { now, host }) => {
    const signed = sign(
      {
        method: 'POST',
        path: '/',
        query: '',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: BODY,
        host,
      },
      {
        accessKeyId: key.companions['accessKeyId'] ?? '',
        secretAccessKey: key.secret,
        region: 'us-east-1',
        service: 'sts',
      },
      now,
    );
    // `host` is set by the client from the URL, which is what was signed
    const { host: _host, ...headers } = signed.headers;
    return { method: 'POST', path: '/', headers, body: BODY };
  },
  interpret,
};

function keyIdBeside(context: KeyContext): string | undefined {
  return single(near(context, 1000), KEY_ID);
}

function interpret(response: VerifyResponse): Verification {
  if (response.status === 200) return { status: 'live', detail: 'HTTP 200' };
  const code = known(/<Code>([A-Za-z]{1,64})<\/Code>/.exec(response.body.slice(0, 4096))?.[1], CODES);
  if (code === 'InvalidClientTokenId' || code === 'SignatureDoesNotMatch')
    return { status: 'invalid', reason: 'unauthorized', detail: detail(response, code) };
  if (code === 'ExpiredToken') return { status: 'invalid', reason: 'expired', detail: detail(response, code) };
  // the local clock is more than 15 minutes off: says nothing about the key
  if (code === 'RequestExpired')
    return { status: 'unknown', reason: 'unexpected-response', detail: detail(response, code) };
  return fallback(response);
}
