import { define, prefixed } from './define.js';
import { decodeJwt, JWT_PATTERN } from './jwt.js';

// `sb_secret_` and the `service_role` JWT bypass row-level security; `sb_publishable_` and the
// `anon` JWT are meant for browsers and are not findings.
export const supabase = [
  prefixed({
    id: 'supabase-secret-key',
    provider: 'Supabase',
    title: 'Supabase secret key',
    prefix: 'sb_secret_',
    body: '[A-Za-z0-9_-]{20,80}',
    shape: '20–80 base64url characters',
    envName: 'SUPABASE_SECRET_KEY',
  }),
  define({
    id: 'supabase-service-role-key',
    provider: 'Supabase',
    title: 'Supabase service_role key',
    matches: 'a JWT whose payload has `"role": "service_role"`',
    keywords: ['eyJ'],
    pattern: JWT_PATTERN,
    structured: true,
    validate: (secret) => decodeJwt(secret)?.payload['role'] === 'service_role',
    envName: 'SUPABASE_SERVICE_ROLE_KEY',
    supersedes: ['jwt'],
  }),
];
