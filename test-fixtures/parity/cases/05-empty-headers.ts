// A Headers object nothing credential-bearing was put into: not a finding.
const headers = new Headers();
headers.set('Accept', 'application/json');
console.log(headers);
