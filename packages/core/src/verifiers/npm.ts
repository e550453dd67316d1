import type { Verifier } from './types.js';
import { bearer, simple } from './define.js';

/** npm: the registry's whoami, which names the user a token belongs to. */
export const npm: Verifier = simple({
  id: 'npm',
  provider: 'npm',
  detectorIds: ['npm-access-token'],
  base: 'https://registry.npmjs.org',
  endpoint: 'GET /-/whoami',
  headers: bearer,
  sideEffects: 'Returns the username of the token; publishes, installs and changes nothing.',
  sources: ['https://docs.npmjs.com/cli/v10/commands/npm-whoami (token-based registries answer /-/whoami)'],
});
