import { createClient } from '../src/client';

const live = createClient('https://api.example.com', 'lmif_live_sKN7sbq9sqNPC2JSWevZ3ObzEV3tiuJG'); // leak: a production key in a test (env-mismatch)
const sandbox = createClient('https://api.example.com', 'lmif_test_6MPl4XKiEFQ7LoE3z8SR7SXUUGmlyUhO'); // leak: hardcoded only, the right environment
const documented = createClient('https://api.example.com', 'lmif_live_xxx'); // ok: the documentation placeholder

export const clients = [live, sandbox, documented];
