import type { Verification } from '../types.js';
import type { KeyContext, Verifier, VerifyResponse } from './types.js';
import { detail, fallback, field, json, notSent, SEND } from './define.js';

// A personal access token may belong to any GitLab instance. It is sent to GitLab.com only from a file that
// names no other GitLab host: a token of a self-managed instance must not go to GitLab.com (set
// KEYWARD_VERIFY_URL_GITLAB to verify against your own instance).
const GITLAB_HOST = /\bhttps?:\/\/([a-z0-9.-]{0,100}gitlab[a-z0-9.-]{0,100})/gi;

/** GitLab.com: the token's own details, the endpoint GitLab provides for a token to describe itself. */
export const gitlab: Verifier = {
  id: 'gitlab',
  provider: 'GitLab',
  // runner, trigger and deploy tokens authenticate other APIs (a trigger starts a pipeline): not verified
  detectorIds: ['gitlab-pat'],
  base: 'https://gitlab.com/api/v4',
  endpoint: 'GET /personal_access_tokens/self',
  sideEffects: 'Reads the token’s own metadata (name, scopes, expiry); writes nothing.',
  sources: [
    'https://docs.gitlab.com/api/personal_access_tokens/ (GET /personal_access_tokens/self, PRIVATE-TOKEN header)',
    'https://docs.gitlab.com/api/rest/troubleshooting/ (401 for invalid, revoked or expired tokens)',
  ],
  attribute: (_secret, context) => {
    const other = otherGitLabHost(context);
    return other ? notSent(`the file names a GitLab instance other than GitLab.com (${other})`) : SEND;
  },
  request: (key) => ({ method: 'GET', path: '/personal_access_tokens/self', headers: { 'private-token': key.secret } }),
  interpret,
};

function otherGitLabHost({ text }: KeyContext): string | undefined {
  for (const match of text.matchAll(GITLAB_HOST)) {
    const host = match[1]!.toLowerCase().replace(/\.+$/, '');
    if (host !== 'gitlab.com' && !host.endsWith('.gitlab.com')) return host.slice(0, 60);
  }
  return undefined;
}

function interpret(response: VerifyResponse): Verification {
  if (response.status === 200) {
    const body = json(response);
    if (field(body, ['revoked']) === 'true')
      return { status: 'invalid', reason: 'revoked', detail: 'HTTP 200 revoked' };
    if (field(body, ['active']) === 'false')
      return { status: 'invalid', reason: 'expired', detail: 'HTTP 200 inactive' };
    return { status: 'live', detail: 'HTTP 200' };
  }
  if (response.status === 401) {
    const description = field(json(response), ['error_description']) ?? '';
    if (/^Token was revoked/.test(description))
      return { status: 'invalid', reason: 'revoked', detail: detail(response, 'revoked') };
    if (/^Token is expired/.test(description))
      return { status: 'invalid', reason: 'expired', detail: detail(response, 'expired') };
    return { status: 'invalid', reason: 'unauthorized', detail: 'HTTP 401' };
  }
  return fallback(response);
}
