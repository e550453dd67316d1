import pino from 'pino';

export const logger = pino({ level: 'info' });
// ok: the redact option censors these paths, so credential headers logged through safeLogger never reach the log
export const safeLogger = pino({ redact: ['headers.authorization', 'headers["x-api-key"]', 'req.headers.authorization'] });
