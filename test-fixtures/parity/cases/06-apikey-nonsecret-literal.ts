// A property named apiKey that holds a visible non-secret literal: not a finding.
const config = { apiKey: 'hello', region: 'eu' };
console.log(config);
console.log(config.apiKey);
