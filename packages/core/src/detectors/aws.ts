import { define, prefixed } from './define.js';
import { shannonEntropy } from '../util/entropy.js';

// An access key id alone identifies a key; its 40-character secret is only recognisable next to
// an AWS name (`aws_secret_access_key`, `secretAccessKey`) or an access key id.
const SECRET_NAME = /secret.?access.?key|aws.?secret|AWS_SECRET|SecretAccessKey|AKIA[A-Z2-7]{16}/i;

export const aws = [
  define({
    id: 'aws-access-key-id',
    provider: 'AWS',
    title: 'AWS access key id',
    matches: '`AKIA`, `ASIA`, `ABIA` or `ACCA` followed by 16 base32 characters',
    keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
    prefixLength: 4,
    pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/g,
    envName: 'AWS_ACCESS_KEY_ID',
    remediation:
      'Deactivate the key in IAM, then use an IAM role or `process.env.AWS_ACCESS_KEY_ID` with a secrets manager.',
  }),
  define({
    id: 'aws-secret-access-key',
    provider: 'AWS',
    title: 'AWS secret access key',
    matches: '40 base64 characters within 300 characters after an AWS secret name or access key id',
    keywords: [
      'SecretAccessKey',
      'secretAccessKey',
      'secret_access_key',
      'SECRET_ACCESS_KEY',
      'aws_secret',
      'AWS_SECRET',
      'awsSecret',
      'AwsSecret',
      'AKIA',
    ],
    pattern: /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g,
    anchor: { before: 0, after: 300, maxLength: 41 },
    // Random base64: one real secret in a thousand has no digit, so two of the three classes are enough.
    validate: (secret, { text, index }) =>
      Number(/[A-Z]/.test(secret)) + Number(/[a-z]/.test(secret)) + Number(/[0-9]/.test(secret)) >= 2 &&
      shannonEntropy(secret) > 4 &&
      SECRET_NAME.test(text.slice(Math.max(0, index - 300), index)),
    envName: 'AWS_SECRET_ACCESS_KEY',
    remediation: 'Deactivate the key pair in IAM, then use an IAM role or a secrets manager.',
  }),
  prefixed({
    id: 'amazon-mws-token',
    provider: 'Amazon MWS',
    title: 'Amazon MWS auth token',
    prefix: 'amzn.mws.',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    shape: 'a UUID',
    envName: 'MWS_AUTH_TOKEN',
  }),
];
