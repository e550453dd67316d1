// A redaction helper sanitises the value.
import { redact } from './redact-helper.js';

console.log('key', redact(process.env.LMIF_API_KEY));
