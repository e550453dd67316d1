import { logger } from './logger.js';
import { authHeaders } from './http.js';
import { LMIF_KEY } from './config.js';

// Keys shown the way humans check them: a short prefix or the last four characters, masks, headers overwritten.
const key = LMIF_KEY ?? '';

export function showKey() {
  logger.info(`LMIF key …${key.slice(-4)}`); // ok: the last four characters
  logger.info(`LMIF key ${key.substring(0, 6)}…${key.substring(key.length - 4)}`); // ok: prefix and suffix
  logger.info('*'.repeat(Math.max(0, key.length - 4)) + key.slice(-4)); // ok: masked but the last four
  logger.info(`LMIF key ${hint(key)}`); // ok: a helper that only truncates
  logger.info(`LMIF key ${key.slice(0, 40)}`); // leak: forty characters are the whole key
  logger.info(`LMIF key ${key.slice(10)}`); // leak: dropping the prefix keeps the secret part
}

function hint(value: string) {
  return `${value.slice(0, 4)}…${value.slice(-2)}`;
}

export function showHeaders() {
  const headers = authHeaders();
  logger.debug({ headers: { ...headers, Authorization: 'Bearer ***' } }); // ok: the header overwritten after the spread
  logger.debug({ headers: { ...headers, Accept: 'text/plain' } }); // leak: the spread keeps the Authorization header
  const copy: Record<string, string> = { ...headers };
  delete copy.Accept;
  logger.debug(copy); // leak: the deleted member is not the credential
}
