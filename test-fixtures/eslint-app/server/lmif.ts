import pino from 'pino';

const logger = pino();
const LMIF_KEY = 'lmif_live_RGkt8Mdn0lugJB6L55vVvjafrJFROl2a';

export async function checkIdentity(name: string) {
  const headers = { Authorization: `Bearer ${LMIF_KEY}` };
  logger.info({ headers }, 'calling LMIF');
  return fetch('https://api.lookmaimfamous.com/v1/lmif/identity/check', { method: 'POST', headers, body: JSON.stringify({ name }) });
}
