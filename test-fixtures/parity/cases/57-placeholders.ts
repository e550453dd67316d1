// The seed vendors' documentation placeholders are not secrets.
const key = 'lmif_live_xxx';
const laminr = 'sk_live_abc123xyz789';
console.log(key, laminr);
