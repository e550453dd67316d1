// `scrub` is a sanitizer only because keyward.config.json names it.
import { scrub } from './redact-helper.js';

const headers = { Authorization: `Bearer ${process.env.LMIF_API_KEY}` };
console.log(scrub(headers));
