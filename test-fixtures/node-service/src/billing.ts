import type { Logger as PinoLogger } from 'pino';
import Logger, { makeLogger } from './app-logger.js';

// Loggers as the service writes them: its own class, a factory's logger, a child's bindings, a parameter.
const stripeKey = process.env.STRIPE_SECRET_KEY;
const jobLog = makeLogger('billing-jobs');

export function charge(amount: number) {
  Logger.debug('charging', { amount }); // ok: the amount only
  Logger.debug('charging', { stripeKey }); // leak: through the service's own Logger class
  jobLog.info({ key: stripeKey }, 'queued'); // leak: a logger made by a local factory
  const scoped = jobLog.child({ stripeKey, amount }); // leak: child bindings are written into every line
  scoped.info('charged');
  jobLog.child({ amount }).info('charged'); // ok: bindings without a credential
}

export function retry(out: PinoLogger, attempt: number) {
  out.warn({ attempt, stripeKey }, 'retrying'); // leak: a logger passed in as a parameter
}
