/**
 * Shows the public prefix of a key and at most four characters of its secret part, never more than a
 * quarter of it: `lmif_live_Ab12…`. Short secrets show only their prefix.
 */
export function redact(secret: string, prefixLength = 0): string {
  const prefix = secret.slice(0, Math.min(prefixLength, secret.length));
  const body = secret.slice(prefix.length);
  const shown = Math.min(4, Math.floor(body.length / 4));
  return `${prefix}${body.slice(0, shown)}…`;
}
