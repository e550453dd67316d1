// A request init whose headers are visibly credential-free.
const init = { method: 'POST', headers: { 'Content-Type': 'application/json' } };
console.log(init.headers);
