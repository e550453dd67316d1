const LAMINR_BASE = 'https://api.laminr.ai/v1';

export async function listFiles(tenant: string) {
  const response = await fetch(`${LAMINR_BASE}/files?tenant=${tenant}`, {
    headers: { 'x-api-key': `sk_live_4AzUdIG1OHqttidvRzFR` },
  });
  return response.json();
}
