import { define } from './define.js';

// Password hashes in the crypt formats that `/etc/shadow`, `.htpasswd` files, database seeds and SQL dumps hold.
// A hash is not a login by itself, but it can be cracked offline at the speed of the attacker's hardware, and a
// weak or reused password falls in minutes: medium severity, and the fix is to change the password it hashes.
// Each format has a fixed layout, so the shape alone is precise.

const SALT = '[./A-Za-z0-9]';

export const passwordHashes = [
  define({
    id: 'password-hash',
    provider: 'Password hash',
    title: 'Password hash (bcrypt, SHA-crypt, APR1 or Argon2)',
    matches:
      'a crypt-format hash: bcrypt `$2a$`/`$2b$`/`$2y$` + cost + 53 characters, SHA-crypt `$5$`/`$6$` + salt + 43/86 characters, Apache `$apr1$` + salt + 22 characters, or an encoded Argon2 hash',
    keywords: ['$2a$', '$2b$', '$2y$', '$2x$', '$5$', '$6$', '$apr1$', '$argon2'],
    prefixLength: 0,
    pattern: new RegExp(
      `(?<![A-Za-z0-9./$])(?:\\$2[abxy]\\$[0-9]{2}\\$${SALT}{53}` +
        `|\\$[56]\\$(?:rounds=[0-9]{4,9}\\$)?${SALT}{1,16}\\$(?:${SALT}{86}|${SALT}{43})` +
        `|\\$apr1\\$${SALT}{1,8}\\$${SALT}{22}` +
        `|\\$argon2(?:id|i|d)\\$v=[0-9]{2}\\$m=[0-9]{1,8},t=[0-9]{1,4},p=[0-9]{1,3}\\$[A-Za-z0-9+/]{11,64}\\$[A-Za-z0-9+/]{16,128})` +
        `(?![A-Za-z0-9./$+])`,
      'g',
    ),
    severity: 'medium',
    envName: 'PASSWORD_HASH',
    remediation:
      'Change the password this hashes (it can be cracked offline), then seed users from the environment or a fixture generated at test time, not a committed hash.',
  }),
];
