// A hardcoded key, then logged.
const key = '%LMIF_LIVE%'; // expect: no-hardcoded-key high
console.log('key is', key); // expect: no-logged-credential high
