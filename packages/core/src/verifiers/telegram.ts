import type { Verifier } from './types.js';
import { byStatus } from './define.js';

/** Telegram Bot API: getMe, "a simple method for testing your bot's authentication token". */
export const telegram: Verifier = {
  id: 'telegram',
  provider: 'Telegram',
  detectorIds: ['telegram-bot-token'],
  base: 'https://api.telegram.org',
  endpoint: 'GET /bot<token>/getMe',
  sideEffects:
    'Returns the bot’s own user; sends no message. (The Bot API takes the token in the path, as documented.)',
  sources: [
    'https://core.telegram.org/bots/api#getme (getMe; requests to https://api.telegram.org/bot<token>/METHOD_NAME)',
  ],
  request: (key) => ({ method: 'GET', path: `/bot${key.secret}/getMe`, headers: {} }),
  // 401 Unauthorized for a revoked or unknown token, 404 for a malformed one
  interpret: byStatus({ live: [200], invalid: { 401: 'unauthorized', 404: 'unauthorized' } }),
};
