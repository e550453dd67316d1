export function readSecret() {
  return process.env.ACME_SECRET_KEY; // ok: the server reads its own secret
}
