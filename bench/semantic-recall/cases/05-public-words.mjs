// 5. Provider words on the public-by-design list do not make a secret's name public: service accounts, admin,
// server and private keys never are.
import { nextApp, vite } from '../scaffold.mjs';

export default {
  capability: 5,
  title: 'provider words vs secret names',
  cases: [
    {
      id: 'vite-firebase-service-account',
      fw: 'vite',
      expect: 'leak',
      rule: 'no-client-side-key',
      file: 'src/firebase.ts',
      files: () =>
        vite({
          'src/firebase.ts':
            'export const serviceAccount = JSON.parse(import.meta.env.FIREBASE_SERVICE_ACCOUNT_KEY);\n',
        }),
    },
    {
      id: 'next-client-firebase-server-key',
      fw: 'next-app',
      expect: 'leak',
      rule: 'no-client-side-key',
      file: 'app/notify.tsx',
      files: () =>
        nextApp({
          'app/notify.tsx':
            "'use client';\nexport function Notify() {\n  const fcm = process.env.FIREBASE_SERVER_KEY;\n  return <button onClick={() => fetch('https://fcm.googleapis.com/fcm/send', { headers: { Authorization: `key=${fcm}` } })} />;\n}\n",
        }),
    },
    {
      id: 'next-public-firebase-service-account',
      fw: 'next-app',
      expect: 'leak',
      rule: 'no-public-env-secret',
      file: 'lib/firebase-admin.ts',
      files: () =>
        nextApp({
          'lib/firebase-admin.ts': 'export const credentials = process.env.NEXT_PUBLIC_FIREBASE_SERVICE_ACCOUNT_KEY;\n',
        }),
    },
    {
      id: 'vite-public-mapbox-secret-token',
      fw: 'vite',
      expect: 'leak',
      rule: 'no-public-env-secret',
      file: 'src/map.ts',
      files: () => vite({ 'src/map.ts': 'export const uploads = import.meta.env.VITE_MAPBOX_SECRET_TOKEN;\n' }),
    },
    {
      id: 'next-public-posthog-password',
      fw: 'next-pages',
      expect: 'leak',
      rule: 'no-public-env-secret',
      file: 'pages/admin.tsx',
      files: () =>
        nextApp({
          'pages/admin.tsx':
            'export default function Admin() { return <a data-p={process.env.NEXT_PUBLIC_MIXPANEL_SERVICE_ACCOUNT_PASSWORD} />; }\n',
        }),
    },
    {
      id: 'vite-firebase-private-key',
      fw: 'vite',
      expect: 'leak',
      rule: 'no-client-side-key',
      file: 'src/admin.ts',
      files: () => vite({ 'src/admin.ts': 'export const pk = import.meta.env.FIREBASE_ADMIN_PRIVATE_KEY;\n' }),
    },
    {
      id: 'vite-firebase-web-api-key',
      fw: 'vite',
      expect: 'clean',
      rule: 'no-public-env-secret',
      file: 'src/firebase.ts',
      files: () =>
        vite({
          'src/firebase.ts':
            "import { initializeApp } from 'firebase/app';\nexport const app = initializeApp({ apiKey: import.meta.env.VITE_FIREBASE_API_KEY, authDomain: import.meta.env.VITE_FIREBASE_AUTH_DOMAIN });\n",
        }),
    },
    {
      id: 'next-public-firebase-web-key-client',
      fw: 'next-app',
      expect: 'clean',
      rule: 'no-client-side-key',
      file: 'app/firebase.ts',
      files: () =>
        nextApp({
          'app/firebase.ts':
            "'use client';\nexport const config = { apiKey: process.env.NEXT_PUBLIC_FIREBASE_API_KEY, appId: process.env.NEXT_PUBLIC_FIREBASE_APP_ID };\n",
        }),
    },
    {
      id: 'vite-mapbox-access-token',
      fw: 'vite',
      expect: 'clean',
      rule: 'no-public-env-secret',
      file: 'src/map.ts',
      files: () => vite({ 'src/map.ts': 'export const token = import.meta.env.VITE_MAPBOX_ACCESS_TOKEN;\n' }),
    },
    {
      id: 'next-public-posthog-key',
      fw: 'next-app',
      expect: 'clean',
      rule: 'no-public-env-secret',
      file: 'app/providers.tsx',
      files: () =>
        nextApp({
          'app/providers.tsx':
            "'use client';\nimport posthog from 'posthog-js';\nposthog.init(process.env.NEXT_PUBLIC_POSTHOG_KEY!, { api_host: process.env.NEXT_PUBLIC_POSTHOG_HOST });\n",
        }),
    },
  ],
};
