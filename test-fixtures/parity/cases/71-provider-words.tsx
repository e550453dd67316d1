'use client';
// A provider on the public-by-design list does not make its service accounts or passwords public.
export const web = process.env.NEXT_PUBLIC_FIREBASE_API_KEY;
export const account = process.env.FIREBASE_SERVICE_ACCOUNT_KEY; // expect: no-client-side-key high
export const password = process.env.NEXT_PUBLIC_MIXPANEL_SERVICE_PASSWORD; // expect: no-public-env-secret high
