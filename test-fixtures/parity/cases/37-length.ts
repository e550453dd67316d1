// The length of a key says nothing about the key.
const apiKey = process.env.LMIF_API_KEY ?? '';
console.log('key length', apiKey.length);
