// A constructor parameter property named for a credential, logged through this.
export class LmifClient {
  constructor(private readonly apiKey: string) {}

  debug() {
    console.debug('client', this.apiKey); // expect: no-logged-credential medium
  }
}
