// A server secret read from the environment and logged directly.
console.log(process.env.LMIF_API_KEY); // expect: no-logged-credential high
