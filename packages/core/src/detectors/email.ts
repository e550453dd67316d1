import { around, define, prefixed } from './define.js';

export const email = [
  define({
    id: 'sendgrid-api-key',
    provider: 'SendGrid',
    title: 'SendGrid API key',
    matches: '`SG.`, 22 base64url characters, `.` and 43 base64url characters',
    keywords: ['SG.'],
    prefixLength: 3,
    pattern: /(?<![A-Za-z0-9_-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
    envName: 'SENDGRID_API_KEY',
  }),
  prefixed({
    id: 'mailgun-api-key',
    provider: 'Mailgun',
    title: 'Mailgun API key',
    prefix: 'key-',
    body: '[0-9a-f]{32}',
    shape: '32 hex digits, next to a Mailgun name',
    validate: (_secret, { text, index }) => /mailgun|mg\.|MAILGUN/i.test(around(text, index)),
    envName: 'MAILGUN_API_KEY',
  }),
  define({
    id: 'mailchimp-api-key',
    provider: 'Mailchimp',
    title: 'Mailchimp API key',
    matches: '32 hex digits followed by `-us` and a data-centre number',
    keywords: ['-us'],
    pattern: /(?<![A-Za-z0-9])[0-9a-f]{32}-us[0-9]{1,2}(?![A-Za-z0-9])/g,
    anchor: { before: 32, after: 0, maxLength: 40 },
    envName: 'MAILCHIMP_API_KEY',
  }),
  prefixed({
    id: 'resend-api-key',
    provider: 'Resend',
    title: 'Resend API key',
    prefix: 're_',
    body: '[A-Za-z0-9]{8}_[A-Za-z0-9]{24}',
    shape: '8 characters, `_` and 24 characters',
    envName: 'RESEND_API_KEY',
  }),
];
