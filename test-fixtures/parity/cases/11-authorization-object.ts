// A headers object with an Authorization entry, logged whole.
const token = process.env.LMIF_API_KEY;
const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
console.log('calling LMIF', headers); // expect: no-logged-credential high
