import { define, prefixed } from './define.js';

export const slack = [
  prefixed({
    id: 'slack-bot-token',
    provider: 'Slack',
    title: 'Slack bot token',
    prefix: 'xoxb-',
    body: '[0-9]{8,13}-[0-9]{8,13}-[A-Za-z0-9]{24,34}',
    shape: 'two numeric ids and 24–34 letters and digits',
    envName: 'SLACK_BOT_TOKEN',
  }),
  prefixed({
    id: 'slack-user-token',
    provider: 'Slack',
    title: 'Slack user token',
    prefix: 'xoxp-',
    body: '[0-9]{8,13}-[0-9]{8,13}-[0-9]{8,13}-[a-f0-9]{32}',
    shape: 'three numeric ids and 32 hex digits',
    envName: 'SLACK_USER_TOKEN',
  }),
  prefixed({
    id: 'slack-app-token',
    provider: 'Slack',
    title: 'Slack app-level token',
    prefix: 'xapp-',
    body: '[0-9]-[A-Z0-9]{9,12}-[0-9]{10,13}-[a-f0-9]{64}',
    shape: 'a version, app id, numeric id and 64 hex digits',
    envName: 'SLACK_APP_TOKEN',
  }),
  define({
    id: 'slack-config-token',
    provider: 'Slack',
    title: 'Slack configuration or legacy token',
    matches: '`xoxe.xoxp-`, `xoxe-`, `xoxa-`, `xoxr-` or `xoxs-` followed by 20–260 characters',
    keywords: ['xoxe', 'xoxa-', 'xoxr-', 'xoxs-'],
    prefixLength: 5,
    pattern: /(?<![A-Za-z0-9_-])(?:xoxe\.xox[bp]-\d-|xoxe-\d-|xox[ars]-)[A-Za-z0-9-]{20,260}(?![A-Za-z0-9_-])/g,
    envName: 'SLACK_TOKEN',
  }),
  define({
    id: 'slack-webhook-url',
    provider: 'Slack',
    title: 'Slack incoming webhook URL',
    matches: '`https://hooks.slack.com/services|workflows|triggers/` with team, channel and secret parts',
    keywords: ['hooks.slack.com'],
    prefixLength: 'https://hooks.slack.com/services/'.length,
    pattern:
      /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Z0-9]{8,12}\/[AB][A-Z0-9]{8,12}\/[A-Za-z0-9]{20,40}/g,
    anchor: { before: 8, after: 0, maxLength: 140 },
    envName: 'SLACK_WEBHOOK_URL',
  }),
];
