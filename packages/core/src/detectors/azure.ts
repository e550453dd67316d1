import { define } from './define.js';

/** Permission letters Azure Storage accepts in a SAS `sp=` (blob, file, queue and table services together). */
const SAS_PERMISSIONS = /^[racwdxyltmeopiuf]+$/;
/** `sip=`: one IPv4 address or a range of two. */
const SAS_IP = /^\d{1,3}(?:\.\d{1,3}){3}(?:-\d{1,3}(?:\.\d{1,3}){3})?$/;

/**
 * The SAS query around the signature keeps Azure's own rules: `sp=` holds only permission letters, `sip=` is an
 * address or a range, `spr=` a protocol list. A query that breaks them is not a signature Azure issued.
 */
function sasFieldsValid(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && index - start < 600 && !endsQuery(text.charCodeAt(start - 1))) start--;
  let end = index;
  while (end < text.length && end - index < 600 && !endsQuery(text.charCodeAt(end))) end++;
  // `AZURE_SAS_TOKEN=sp=r&…`: a field may follow the name it is assigned to
  for (const [, name, raw] of text.slice(start, end).matchAll(/(?:^|[?&=])(sp|sip|spr)=([^&]*)/g)) {
    const value = decodeURIComponentSafe(raw!);
    if (name === 'sp' && !SAS_PERMISSIONS.test(value)) return false;
    if (name === 'sip' && !SAS_IP.test(value)) return false;
    if (name === 'spr' && !/^https(?:,http)?$/.test(value)) return false;
  }
  return true;
}

/** Blanks, quotes and angle brackets end a query written in text. */
function endsQuery(code: number): boolean {
  return code <= 32 || code === 34 || code === 39 || code === 60 || code === 62 || code === 96;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

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
      /[?&]sv=\d{4}-\d\d-\d\d/.test(text.slice(Math.max(0, index - 400), index + 400)) && sasFieldsValid(text, index),
    envName: 'AZURE_STORAGE_SAS_TOKEN',
  }),
];
