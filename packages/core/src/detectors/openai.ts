import { define } from './define.js';

// OpenAI keys carry the base64 of "OpenAI" (`T3BlbkFJ`) in the middle; project, service-account and
// admin keys add a typed prefix. Lumenfall is used through the same SDK but has its own format.
export const openai = [
  define({
    id: 'openai-api-key',
    provider: 'OpenAI',
    title: 'OpenAI API key',
    matches: '`sk-` (optionally `proj-`, `svcacct-`, `admin-`) with the `T3BlbkFJ` marker inside',
    keywords: ['T3BlbkFJ'],
    prefixLength: 3,
    pattern:
      /(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,160}T3BlbkFJ[A-Za-z0-9_-]{20,160}(?![A-Za-z0-9_-])/g,
    anchor: { before: 172, after: 0, maxLength: 360 },
    envName: 'OPENAI_API_KEY',
    supersedes: ['openai-project-key'],
  }),
  define({
    id: 'openai-project-key',
    provider: 'OpenAI',
    title: 'OpenAI project or service-account key',
    matches: '`sk-proj-`, `sk-svcacct-` or `sk-admin-` followed by 40–250 base64url characters',
    keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-'],
    prefixLength: 8,
    pattern: /(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250}(?![A-Za-z0-9_-])/g,
    envName: 'OPENAI_API_KEY',
  }),
];
