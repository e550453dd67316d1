// JSON.stringify keeps the secret readable.
console.log(JSON.stringify({ key: process.env.LMIF_API_KEY })); // expect: no-logged-credential high
