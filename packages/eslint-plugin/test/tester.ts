import { RuleTester } from '@typescript-eslint/rule-tester';
import { generator } from '../../core/test/helpers/random.js';

/** A TS/TSX rule tester; fixture keys are generated, never stored. */
export const ruleTester = new RuleTester({
  languageOptions: {
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});

const g = generator(2026);
export const fake = {
  lmifLive: () => `lmif_live_${g.chars(32)}`,
  lmifTest: () => `lmif_test_${g.chars(32)}`,
  stripeLive: () => `sk_live_${g.chars(24)}`,
  stripeTest: () => `sk_test_${g.chars(24)}`,
  lumenfall: () => `lmnfl_${g.chars(8, 'abcdefghijklmnopqrstuvwxyz0123456789')}.${g.chars(32)}`,
  lensmor: () => `uak_${g.chars(8)}_${g.chars(30)}`,
  token: (length = 32) => g.chars(length),
  serviceRoleJwt: () => {
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    return `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ iss: 'supabase', role: 'service_role', iat: 1700000000 })}.${g.chars(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}`;
  },
};
