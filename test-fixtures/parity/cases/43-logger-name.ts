// A logger known only by its name, given a value named for a credential.
export class Service {
  constructor(private readonly logger: { info(...args: unknown[]): void }) {}

  start(token: string) {
    this.logger.info('token', token); // expect: no-logged-credential medium
  }
}
