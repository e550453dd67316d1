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
    matches:
      '`sk-proj-`, `sk-svcacct-` or `sk-admin-`, then base64url with the `T3BlbkFJ` marker inside (longer bodies than the API-key row)',
    keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-'],
    prefixLength: 8,
    // Every OpenAI key carries the marker (all three peers' rules require it); a typed prefix without it is
    // an example or another vendor's OpenAI-compatible key.
    pattern:
      /(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,250}T3BlbkFJ[A-Za-z0-9_-]{20,250}(?![A-Za-z0-9_-])/g,
    anchor: { before: 262, after: 0, maxLength: 520 },
    envName: 'OPENAI_API_KEY',
  }),
];
