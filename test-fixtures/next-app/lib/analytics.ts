import posthog from 'posthog-js';

posthog.init(process.env.NEXT_PUBLIC_POSTHOG_KEY ?? ''); // ok: the project key is public by design
const personalKey = process.env.POSTHOG_PERSONAL_API_KEY; // leak: read in a module a 'use client' component imports

export function track(event: string) {
  posthog.capture(event, { admin: Boolean(personalKey) });
}
