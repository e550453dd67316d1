// A four-character prefix is how a key is shown redacted: not a finding.
const apiKey = process.env.LMIF_API_KEY ?? '';
console.log('using key', apiKey.slice(0, 4));
