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
    body: '[0-9]{8,13}-[0-9]{8,13}-[0-9]{8,13}-[A-Za-z0-9]{28,34}',
    shape: 'three numeric ids and 28–34 letters and digits',
    envName: 'SLACK_USER_TOKEN',
  }),
  prefixed({
    id: 'slack-app-token',
    provider: 'Slack',
    title: 'Slack app-level token',
    prefix: 'xapp-',
    body: '[0-9]-[A-Z0-9]{9,12}-[0-9]{10,13}-[A-Za-z0-9]{32,100}',
    shape: 'a version, app id, numeric id and 32–100 letters and digits',
    envName: 'SLACK_APP_TOKEN',
  }),
  define({
    id: 'slack-config-token',
    provider: 'Slack',
    title: 'Slack configuration or legacy token',
    matches:
      '`xoxe.xoxp-` or `xoxe-` and a numeric id followed by 20–260 characters; `xoxa-`, `xoxr-` or `xoxs-` (legacy workspace and refresh tokens) followed by 8–260',
    keywords: ['xoxe', 'xoxa-', 'xoxr-', 'xoxs-'],
    prefixLength: 5,
    pattern:
      /(?<![A-Za-z0-9_-])(?:(?:xoxe\.xox[bp]-\d-|xoxe-\d{1,13}-)[A-Za-z0-9-]{20,260}|xox[ars]-[A-Za-z0-9-]{8,260})(?![A-Za-z0-9_?-])/g,
    envName: 'SLACK_TOKEN',
  }),
  define({
    id: 'slack-webhook-url',
    provider: 'Slack',
    title: 'Slack incoming webhook URL',
    matches:
      '`hooks.slack.com/services|workflows|triggers/` (with or without `https://`) with team, channel and secret parts, or one 43–56 character secret',
    keywords: ['hooks.slack.com'],
    prefixLength: 'https://hooks.slack.com/services/'.length,
    pattern:
      /(?<![A-Za-z0-9_.-])(?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/(?:T[A-Z0-9]{6,12}\/[AB][A-Z0-9]{6,12}\/(?:[0-9]{15,20}\/)?[A-Za-z0-9]{20,40}|[A-Za-z0-9+/]{43,56}(?![A-Za-z0-9+/]))/g,
    anchor: { before: 8, after: 0, maxLength: 140 },
    envName: 'SLACK_WEBHOOK_URL',
  }),
];
