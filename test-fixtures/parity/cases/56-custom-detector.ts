// A custom detector from keyward.config.json.
export const acme = '%ACME_TOKEN%'; // expect: no-hardcoded-key high
