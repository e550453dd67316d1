// An Error object carries its message wherever it is logged.
const key = process.env.LMIF_API_KEY;
console.error(new Error(`bad key ${key}`)); // expect: no-logged-credential high
