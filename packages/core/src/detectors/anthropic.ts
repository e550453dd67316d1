import { define } from './define.js';

export const anthropic = [
  define({
    id: 'anthropic-api-key',
    provider: 'Anthropic',
    title: 'Anthropic API key',
    matches: '`sk-ant-api03-` followed by 80–120 base64url characters',
    keywords: ['sk-ant-api'],
    prefixLength: 'sk-ant-api03-'.length,
    pattern: /(?<![A-Za-z0-9_-])sk-ant-api0\d-[A-Za-z0-9_-]{80,120}(?![A-Za-z0-9_-])/g,
    envName: 'ANTHROPIC_API_KEY',
  }),
  define({
    id: 'anthropic-admin-key',
    provider: 'Anthropic',
    title: 'Anthropic admin API key',
    matches: '`sk-ant-admin01-` followed by 80–120 base64url characters',
    keywords: ['sk-ant-admin'],
    prefixLength: 'sk-ant-admin01-'.length,
    pattern: /(?<![A-Za-z0-9_-])sk-ant-admin0\d-[A-Za-z0-9_-]{80,120}(?![A-Za-z0-9_-])/g,
    envName: 'ANTHROPIC_ADMIN_KEY',
  }),
];
