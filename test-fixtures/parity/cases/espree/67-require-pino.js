// Plain JavaScript (parsed by espree in ESLint): a pino logger through require.
const logger = require('pino')();

logger.info({ key: process.env.LMIF_API_KEY }); // expect: no-logged-credential high
