import { around, define } from './define.js';

export const chat = [
  define({
    id: 'discord-bot-token',
    provider: 'Discord',
    title: 'Discord bot token',
    matches:
      'a base64 user id starting `M`, `N` or `O`, `.`, 6 characters, `.`, 27–38 characters, next to a Discord name',
    keywords: ['discord', 'Discord', 'DISCORD'],
    pattern: /(?<![A-Za-z0-9_-])[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}(?![A-Za-z0-9_-])/g,
    anchor: { before: 300, after: 300, maxLength: 80 },
    validate: (_secret, { text, index }) => /discord/i.test(around(text, index, 300)),
    envName: 'DISCORD_BOT_TOKEN',
  }),
  define({
    id: 'discord-webhook-url',
    provider: 'Discord',
    title: 'Discord webhook URL',
    matches: '`https://discord.com/api/webhooks/<id>/<token>`',
    keywords: ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'],
    prefixLength: 'https://discord.com/api/webhooks/'.length,
    pattern: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,68}/g,
    anchor: { before: 15, after: 0, maxLength: 140 },
    envName: 'DISCORD_WEBHOOK_URL',
  }),
  define({
    id: 'telegram-bot-token',
    provider: 'Telegram',
    title: 'Telegram bot token',
    matches: 'a 8–10 digit bot id, `:AA` and 33 base64url characters',
    keywords: [':AA'],
    pattern: /(?<![A-Za-z0-9_:-])[0-9]{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g,
    anchor: { before: 10, after: 0, maxLength: 50 },
    envName: 'TELEGRAM_BOT_TOKEN',
  }),
];
