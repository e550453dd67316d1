// Locals named for a credential whose value comes from a call are credentials by name (medium severity);
// tokens of coupons, CSRF protection and pagination are not.
declare const form: FormData;
declare const cart: { coupon: { token: string } };
declare function csrf(): string;
const password = form.get('password');
console.log('login', password); // expect: no-logged-credential medium
const couponToken = cart.coupon.token;
const csrfToken = csrf();
const pageToken = form.get('page');
console.log(couponToken, csrfToken, pageToken);
