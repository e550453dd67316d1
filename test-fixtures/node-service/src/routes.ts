import express from 'express';
import { authHeaders, lmif, redact } from './http.js';
import { LMIF_KEY, PORT, settings } from './config.js';
import { audit } from './audit.js';
import { logger, safeLogger } from './logger.js';

export const router = express.Router();

export async function checkIdentity(name: string) {
  const headers = authHeaders();
  logger.info({ headers }, 'calling LMIF'); // leak: the Authorization header built in http.ts
  logger.info({ headers: redact(headers) }, 'calling LMIF (redacted)'); // ok: redacted
  safeLogger.info({ headers }, 'calling LMIF'); // ok: the logger's redact option covers headers.authorization
  console.log('listening on', PORT); // ok: not a secret
  return fetch('https://api.lookmaimfamous.com/v1/lmif/identity/check', { method: 'POST', headers, body: JSON.stringify({ name }) });
}

export function debugKey() {
  console.debug(`key in use: ${LMIF_KEY}`); // leak: process.env.LMIF_API_KEY from config.ts
}

export function traced() {
  const sent = authHeaders();
  audit('lmif.call', sent); // reported in audit.ts, with this call on its path
  audit('lmif.ok', { status: 200 }); // ok
}

router.get('/me', (req, res) => {
  logger.info(req.headers, 'incoming'); // leak: the incoming headers hold Authorization and Cookie
  const { authorization, cookie, ...rest } = req.headers;
  logger.info(rest, 'incoming without credentials'); // ok: the credentials were picked out
  res.json({ user: req.query.user }); // ok
});

router.get('/debug/echo', (req, res) => {
  res.json({ received: req.headers }); // leak: echoes the caller's credentials in the response
});

router.post('/lmif', async (req, res) => {
  try {
    const result = await lmif.post('/identity/check', req.body);
    res.json(result.data); // ok: the API's answer
  } catch (error) {
    logger.error(error, 'LMIF failed'); // leak: an axios error carries config.headers with the key
    logger.error({ message: (error as Error).message }, 'LMIF failed'); // ok: the message only
    res.status(502).end();
  }
});

export function settingsSummary() {
  logger.info({ region: settings.region }); // ok: the region
  logger.info(settings); // leak: settings.apiKey holds the env key
}
