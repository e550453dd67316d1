import 'server-only';

export async function identityStatus() {
  const key = process.env.LMIF_API_KEY; // ok: server-only
  const response = await fetch('https://api.lookmaimfamous.com/v1/lmif/identity/status', { headers: { Authorization: `Bearer ${key}` } });
  return response.ok ? 'verified' : 'unknown';
}
