// A template literal keeps the secret.
const auth = `Bearer ${process.env.LMIF_API_KEY}`;
console.log(auth); // expect: no-logged-credential high
