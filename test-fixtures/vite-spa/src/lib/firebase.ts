// Firebase's web config is public by design; a service account or server key is not, whatever the provider.
export const firebaseConfig = {
  apiKey: import.meta.env.VITE_FIREBASE_API_KEY, // ok: the web API key is public by design
  authDomain: import.meta.env.VITE_FIREBASE_AUTH_DOMAIN, // ok
};
export const serviceAccount = import.meta.env.FIREBASE_SERVICE_ACCOUNT_KEY; // leak: a service account key in browser code
export const messaging = import.meta.env.VITE_FIREBASE_SERVER_KEY; // leak: a public-prefixed FCM server key
