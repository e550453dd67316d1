import { define, prefixed } from './define.js';

// Work-management, documentation and API tooling services.
export const productivity = [
  prefixed({ id: 'linear-api-key', provider: 'Linear', title: 'Linear API key', prefix: 'lin_api_', body: '[A-Za-z0-9]{40}', shape: '40 letters and digits', envName: 'LINEAR_API_KEY' }),
  define({
    id: 'notion-token',
    provider: 'Notion',
    title: 'Notion integration token',
    matches: '`ntn_` + 11 digits + 35 characters, or `secret_` + 43 characters',
    keywords: ['ntn_', 'secret_'],
    prefixLength: 4,
    pattern: /(?<![A-Za-z0-9_])(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_])/g,
    envName: 'NOTION_TOKEN',
  }),
  prefixed({ id: 'atlassian-api-token', provider: 'Atlassian', title: 'Atlassian API token', prefix: 'ATATT3', body: '[A-Za-z0-9_=-]{180,200}', shape: '180–200 base64url characters', envName: 'ATLASSIAN_API_TOKEN', tail: '=-' }),
  prefixed({ id: 'postman-api-key', provider: 'Postman', title: 'Postman API key', prefix: 'PMAK-', body: '[a-f0-9]{24}-[a-f0-9]{34}', shape: '24 hex digits, `-` and 34 hex digits', envName: 'POSTMAN_API_KEY' }),
  prefixed({ id: 'contentful-pat', provider: 'Contentful', title: 'Contentful personal access token', prefix: 'CFPAT-', body: '[A-Za-z0-9_-]{43}', shape: '43 base64url characters', envName: 'CONTENTFUL_MANAGEMENT_TOKEN' }),
  prefixed({ id: 'typeform-token', provider: 'Typeform', title: 'Typeform personal access token', prefix: 'tfp_', body: '[A-Za-z0-9_.-]{44,59}', shape: '44–59 characters', envName: 'TYPEFORM_TOKEN', tail: '.-' }),
  define({
    id: 'mapbox-secret-token',
    provider: 'Mapbox',
    title: 'Mapbox secret token',
    matches: '`sk.eyJ` followed by a base64 JSON payload and a signature (`pk.` public tokens excluded)',
    keywords: ['sk.eyJ'],
    prefixLength: 3,
    pattern: /(?<![A-Za-z0-9_])sk\.eyJ[A-Za-z0-9_-]{20,200}\.[A-Za-z0-9_-]{20,64}(?![A-Za-z0-9_-])/g,
    envName: 'MAPBOX_SECRET_TOKEN',
  }),
];
