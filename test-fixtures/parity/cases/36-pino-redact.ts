// A pino logger whose redact option covers the header.
import pino from 'pino';

const logger = pino({ redact: ['headers.authorization'] });
export function logCall(headers: Record<string, string>) {
  logger.info({ headers: { ...headers, authorization: `Bearer ${process.env.LMIF_API_KEY}` } });
}
