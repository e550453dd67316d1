// Redaction helpers imported by other cases.
export function redact(value: unknown): string {
  return typeof value === 'string' ? `${value.slice(0, 4)}…` : '[redacted]';
}

export function scrub(value: unknown): unknown {
  return value && typeof value === 'object' ? {} : '[scrubbed]';
}
