import { define } from './define.js';

export const azure = [
  define({
    id: 'azure-storage-account-key',
    provider: 'Azure',
    title: 'Azure storage account key',
    matches: '`AccountKey=` followed by 86 base64 characters and `==`',
    keywords: ['AccountKey='],
    structured: true,
    prefixLength: 0,
    pattern: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/g,
    envName: 'AZURE_STORAGE_CONNECTION_STRING',
  }),
  define({
    id: 'azure-ad-client-secret',
    provider: 'Azure',
    title: 'Microsoft Entra ID (Azure AD) client secret',
    matches: '3 characters, a digit, `Q~` and 31–34 characters',
    keywords: ['Q~'],
    prefixLength: 0,
    pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g,
    anchor: { before: 4, after: 0, maxLength: 42 },
    envName: 'AZURE_CLIENT_SECRET',
  }),
  define({
    id: 'azure-sas-token',
    provider: 'Azure',
    title: 'Azure shared access signature',
    matches: 'a `sig=` signature of 43–86 URL-encoded base64 characters in a SAS query with `sv=`',
    keywords: ['sig='],
    prefixLength: 0,
    pattern: /[?&]sig=(?<secret>[A-Za-z0-9%+/]{43,86}(?:%3D%3D|%3D|==|=)?)/g,
    anchor: { before: 1, after: 0, maxLength: 100 },
    validate: (_secret, { text, index }) =>
      /[?&]sv=\d{4}-\d\d-\d\d/.test(text.slice(Math.max(0, index - 400), index + 400)),
    envName: 'AZURE_STORAGE_SAS_TOKEN',
  }),
];
