// Plain JavaScript: a hardcoded key in a request header, sent and logged.
const headers = { 'x-api-key': '%LMIF_LIVE%' }; // expect: no-hardcoded-key high
console.log(headers); // expect: no-logged-credential high
