// Destructured from process.env, logged through a pino logger.
import pino from 'pino';

const logger = pino();
const { STRIPE_SECRET_KEY } = process.env;
logger.info(`starting with ${STRIPE_SECRET_KEY}`); // expect: no-logged-credential high
