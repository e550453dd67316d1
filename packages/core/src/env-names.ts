// Environment variable names: which name a secret, which frameworks inline into browser bundles,
// and which are public by design even though they say KEY or TOKEN.

/** Prefixes that Next.js, Vite, Create React App, Astro/SvelteKit, Expo, Gatsby and Nuxt expose to the browser. */
export const PUBLIC_PREFIXES = [
  'NEXT_PUBLIC_',
  'VITE_',
  'REACT_APP_',
  'PUBLIC_',
  'EXPO_PUBLIC_',
  'GATSBY_',
  'NUXT_PUBLIC_',
];

/** Words that make a variable name a secret's name. */
export const SECRET_WORDS = [
  'KEY',
  'SECRET',
  'TOKEN',
  'PASSWORD',
  'PASSWD',
  'PRIVATE',
  'SERVICE_ROLE',
  'CREDENTIAL',
  'CREDENTIALS',
  'AUTH',
  'DSN_PRIVATE',
];

/**
 * Public by design: publishable and anon keys, reCAPTCHA site keys, Firebase web config, Maps and Mapbox
 * browser tokens, analytics project keys, ids and URLs.
 */
export const PUBLIC_BY_DESIGN = [
  'PUBLISHABLE',
  'ANON',
  'SITE_KEY',
  'SITEKEY',
  'FIREBASE',
  'MAPS',
  'MAPBOX',
  'POSTHOG',
  'SENTRY_DSN',
  'ALGOLIA_SEARCH',
  'SEARCH_KEY',
  'SEARCH_ONLY',
  'CLIENT_ID',
  'APP_ID',
  'MEASUREMENT_ID',
  'PUBLIC_KEY',
  'VAPID',
  'URL',
  'URI',
  'HOST',
  'DOMAIN',
  'ENDPOINT',
  'GA_',
  'GTM_',
  'PIXEL',
  'AMPLITUDE',
  'MIXPANEL',
  'SEGMENT_WRITE_KEY',
  'TOKEN_NAME',
  'KEY_ID',
  'PUBLIC_TOKEN',
];

export function publicPrefix(name: string, prefixes: readonly string[] = PUBLIC_PREFIXES): string | undefined {
  return prefixes.find((prefix) => name.startsWith(prefix));
}

/**
 * Words that make a vendor's key secret even where the vendor's browser keys are public: a provider word
 * (`FIREBASE`, `MAPBOX`, `POSTHOG`) says whose key it is, not that it is public. Service accounts, server and
 * admin keys, private keys and passwords never are (`FIREBASE_SERVICE_ACCOUNT_KEY`, `POSTHOG_PERSONAL_API_KEY`).
 */
const ALWAYS_SECRET =
  /SECRET|PRIVATE_KEY|PERSONAL|ADMIN|SERVICE_ROLE|SERVICE_ACCOUNT|SERVER_KEY|MASTER|PASSWORD|PASSWD|CREDENTIAL/;

export function isPublicByDesign(name: string, allow: readonly string[] = PUBLIC_BY_DESIGN): boolean {
  const upper = name.toUpperCase();
  // the built-in list yields to secret words; a list the user wrote is taken as meant
  if (allow === PUBLIC_BY_DESIGN && ALWAYS_SECRET.test(upper)) return false;
  return allow.some((word) => upper.includes(word));
}
