import { prefixed } from './define.js';

export const google = [
  prefixed({
    id: 'google-api-key',
    provider: 'Google',
    title: 'Google API key',
    prefix: 'AIza',
    body: '[0-9A-Za-z_-]{35}',
    shape: '35 base64url characters',
    envName: 'GOOGLE_API_KEY',
    severity: 'medium',
    remediation:
      'Restrict or rotate the key in Google Cloud console; browser keys need HTTP-referrer and API restrictions, server keys belong in `process.env.GOOGLE_API_KEY`.',
  }),
  prefixed({
    id: 'google-oauth-client-secret',
    provider: 'Google',
    title: 'Google OAuth client secret',
    prefix: 'GOCSPX-',
    body: '[A-Za-z0-9_-]{28}',
    shape: '28 base64url characters',
    envName: 'GOOGLE_CLIENT_SECRET',
  }),
  prefixed({
    id: 'firebase-cloud-messaging-key',
    provider: 'Firebase',
    title: 'Firebase Cloud Messaging server key',
    prefix: 'AAAA',
    body: '[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{120,160}',
    shape: '7 characters, `:APA91b` and 120–160 base64url characters',
    envName: 'FCM_SERVER_KEY',
  }),
];
