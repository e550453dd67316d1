import { around, define, prefixed } from './define.js';

export const twilio = [
  prefixed({
    id: 'twilio-api-key',
    provider: 'Twilio',
    title: 'Twilio API key SID',
    prefix: 'SK',
    body: '[0-9a-f]{32}',
    shape: '32 lower-case hex digits',
    envName: 'TWILIO_API_KEY',
    severity: 'medium',
  }),
  define({
    id: 'twilio-auth-token',
    provider: 'Twilio',
    title: 'Twilio auth token',
    matches: '32 hex digits next to a Twilio name',
    keywords: ['twilio', 'Twilio', 'TWILIO'],
    pattern: /(?<![A-Za-z0-9])[0-9a-f]{32}(?![A-Za-z0-9])/g,
    anchor: { before: 150, after: 150, maxLength: 33 },
    validate: (secret, { text, index }) =>
      /twilio.{0,40}(?:auth|token|secret)/i.test(around(text, index, 120)) &&
      /[a-f]/.test(secret) &&
      /[0-9]/.test(secret),
    envName: 'TWILIO_AUTH_TOKEN',
  }),
];
