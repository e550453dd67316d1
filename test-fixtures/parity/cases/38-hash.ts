// A hash of the key is not the key.
import { createHash } from 'node:crypto';

const apiKey = process.env.LMIF_API_KEY ?? '';
console.log('key id', createHash('sha256').update(apiKey).digest('hex').slice(0, 8));
