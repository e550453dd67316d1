import { around, prefixed } from './define.js';

/**
 * A Firebase web or app config's `apiKey` is public by design: it identifies the project to Google and ships
 * in every client (`firebaseConfig = { apiKey, authDomain, projectId, … }`, `google-services.json`'s
 * `current_key`, `FIREBASE_API_KEY` in a front end's `.env`). Security comes from rules, not from the key.
 */
const FIREBASE_CONTEXT = /authDomain|firebaseapp\.com|messagingSenderId|storageBucket|"current_key"|firebase/i;

/** Whether the Google API key at `index` sits in a Firebase client config (public by design). */
export function inFirebaseConfig(text: string, index: number): boolean {
  return FIREBASE_CONTEXT.test(around(text, index, 300));
}

export const google = [
  prefixed({
    id: 'google-api-key',
    provider: 'Google',
    title: 'Google API key',
    prefix: 'AIza',
    body: '[0-9A-Za-z_-]{35}',
    shape: '35 base64url characters',
    // `AIza…==` is the tail of some base64 text, not a key
    tail: '-=',
    envName: 'GOOGLE_API_KEY',
    severity: 'medium',
    validate: (_secret, { text, index }) => !inFirebaseConfig(text, index),
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
