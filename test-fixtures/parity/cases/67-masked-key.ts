// The last four characters, a mask, or a header overwritten after a spread is how a key is shown redacted.
const apiKey = process.env.LMIF_API_KEY ?? '';
console.log('using key', `…${apiKey.slice(-4)}`);
console.log('using key', '*'.repeat(12) + apiKey.substring(apiKey.length - 4));
const headers = { Authorization: `Bearer ${apiKey}` };
console.log({ ...headers, Authorization: 'Bearer ***' });
console.log('using key', apiKey.slice(8)); // expect: no-logged-credential high
console.log({ ...headers, Accept: 'json' }); // expect: no-logged-credential high
