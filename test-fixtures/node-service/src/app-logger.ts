import pino, { type Logger as PinoLogger } from 'pino';

// The service's own logger: a class wrapping pino, exported as one instance, and a factory of children.
class Logger {
  private readonly inner = pino({ level: 'debug' });
  debug(message: string, meta?: object) {
    this.inner.debug(meta ?? {}, message);
  }
  info(message: string, meta?: object) {
    this.inner.info(meta ?? {}, message);
  }
}

export default new Logger();

export function makeLogger(name: string): PinoLogger {
  return pino({ name });
}
