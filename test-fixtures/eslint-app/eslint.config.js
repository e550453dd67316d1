// A user's flat config: typescript-eslint's recommended rules next to keyward's.
import tseslint from 'typescript-eslint';
import keyward from 'eslint-plugin-keyward';

export default [
  ...tseslint.configs.recommended,
  keyward.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
];
