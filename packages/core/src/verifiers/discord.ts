import type { Verifier } from './types.js';
import { simple } from './define.js';

/** Discord: the bot's own user. */
export const discord: Verifier = simple({
  id: 'discord',
  provider: 'Discord',
  // a webhook URL can only be checked by posting to it: not verified
  detectorIds: ['discord-bot-token'],
  base: 'https://discord.com/api/v10',
  endpoint: 'GET /users/@me',
  headers: (secret) => ({ authorization: `Bot ${secret}` }),
  sideEffects: 'Returns the bot’s user object; sends no message and joins nothing.',
  sources: [
    'https://discord.com/developers/docs/resources/user#get-current-user (GET /users/@me)',
    'https://discord.com/developers/docs/reference#authentication (Authorization: Bot <token>; 401 for an invalid token)',
  ],
});
