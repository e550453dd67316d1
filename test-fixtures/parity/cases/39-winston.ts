// A winston logger recognised through its import.
import winston from 'winston';

const logger = winston.createLogger({ level: 'info' });
logger.warn('lmif key', process.env.LMIF_API_KEY); // expect: no-logged-credential high
