// Plain JavaScript without a credential.
const logger = require('pino')();

logger.info({ port: process.env.PORT });
