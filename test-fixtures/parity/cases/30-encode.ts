// Encoding is not sanitising.
console.log(encodeURIComponent(process.env.LMIF_API_KEY ?? '')); // expect: no-logged-credential high
