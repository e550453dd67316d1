// A class field initialised from the environment, logged in a method.
export class Billing {
  private key = process.env.STRIPE_SECRET_KEY;

  dump() {
    console.log('billing', this.key); // expect: no-logged-credential high
  }
}
