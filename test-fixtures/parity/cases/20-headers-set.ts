// A Headers object given the Authorization header, then logged.
const headers = new Headers();
headers.set('Authorization', `Bearer ${process.env.LMIF_API_KEY}`);
console.log(headers); // expect: no-logged-credential high
