// Keys that sit in a bundle by design. A Firebase web config's `apiKey` identifies the project to Google
// and is meant to ship to browsers (Firebase's own docs say it is not a secret; security rules and API
// restrictions protect the project), so a Google API key inside such a config is not reported.

const FIREBASE_FIELDS = /authDomain|messagingSenderId|storageBucket|measurementId/;
const NEARBY = 400;

/** Whether a detector hit in an asset is a key that is public by design where it sits. */
export function publicByDesign(detectorId: string, text: string, start: number, end: number): boolean {
  if (detectorId !== 'google-api-key') return false;
  const around = text.slice(Math.max(0, start - NEARBY), end + NEARBY);
  return FIREBASE_FIELDS.test(around);
}
