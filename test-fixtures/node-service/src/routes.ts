import pino from 'pino';
import { authHeaders, redact } from './http';
import { LMIF_KEY, PORT } from './config';
import { audit } from './audit';

const log = pino();

export async function checkIdentity(name: string) {
  const headers = authHeaders();
  log.info({ headers }, 'calling LMIF');
  log.info({ headers: redact(headers) }, 'calling LMIF (redacted)');
  console.log('listening on', PORT);
  return fetch('https://api.lookmaimfamous.com/v1/lmif/identity/check', { method: 'POST', headers, body: JSON.stringify({ name }) });
}

export function debugKey() {
  console.debug(`key in use: ${LMIF_KEY}`);
}

export function local() {
  const token = process.env.LOCAL_TOKEN;
  console.log(token);
}

export function traced() {
  const sent = authHeaders();
  audit('lmif.call', sent);
  audit('lmif.ok', { status: 200 });
}
