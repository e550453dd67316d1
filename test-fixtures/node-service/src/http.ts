import { LMIF_KEY } from './config';

export function authHeaders() {
  return { Authorization: `Bearer ${LMIF_KEY}`, Accept: 'application/json' };
}

export function redact(value: unknown): string {
  return typeof value === 'string' ? `${value.slice(0, 4)}…` : '[redacted]';
}
