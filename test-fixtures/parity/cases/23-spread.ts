// An object spread keeps every property, the token included.
const base = { retries: 3 };
const options = { ...base, token: process.env.GITHUB_TOKEN };
console.log(options); // expect: no-logged-credential high
