import axios from 'axios';
import { LMIF_KEY } from './config.js';
import { logger } from './logger.js';

export function authHeaders() {
  return { Authorization: `Bearer ${LMIF_KEY}`, Accept: 'application/json' };
}

export function redact(value: unknown): string {
  return typeof value === 'string' ? `${value.slice(0, 4)}…` : '[redacted]';
}

export const lmif = axios.create({ baseURL: 'https://api.lookmaimfamous.com/v1', headers: { 'x-api-key': LMIF_KEY ?? '' } });

lmif.interceptors.request.use((config) => {
  logger.debug(config); // leak: the request config carries the x-api-key header
  logger.debug({ method: config.method, url: config.url }); // ok: the method and URL only
  return config;
});

lmif.interceptors.response.use(
  (response) => response,
  (error) => {
    logger.warn({ status: error.response?.status }, 'LMIF call failed'); // ok: the status only
    return Promise.reject(error);
  },
);
