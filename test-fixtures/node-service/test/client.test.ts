import { LmifClient } from '../src/client.js';

const liveKey = 'lmif_live_NoDxQshIISj3bb5642ldGDinouxZjugn'; // leak: a production key in a test (env-mismatch)
const placeholder = 'lmif_live_xxx'; // ok: the documentation placeholder

export const cases = [new LmifClient(), liveKey, placeholder];
