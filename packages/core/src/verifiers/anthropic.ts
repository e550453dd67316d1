import type { Verification } from '../types.js';
import type { Verifier, VerifyResponse } from './types.js';
import { detail, fallback, field, json, known } from './define.js';

const VERSION = '2023-06-01';
const SOURCES = [
  'https://platform.claude.com/docs/en/api/errors (401 authentication_error, 403 permission_error)',
  'https://platform.claude.com/docs/en/api/versioning (anthropic-version header)',
];

/** Anthropic API keys: list the models the key may use. */
export const anthropic: Verifier = {
  id: 'anthropic',
  provider: 'Anthropic',
  detectorIds: ['anthropic-api-key'],
  base: 'https://api.anthropic.com',
  endpoint: 'GET /v1/models',
  sideEffects: 'Lists models; sends no message, so no tokens are billed.',
  sources: ['https://platform.claude.com/docs/en/api/models-list (GET /v1/models, x-api-key)', ...SOURCES],
  request: (key) => ({
    method: 'GET',
    path: '/v1/models',
    headers: { 'x-api-key': key.secret, 'anthropic-version': VERSION },
  }),
  interpret,
};

/** Anthropic Admin API keys: the organization the key belongs to. */
export const anthropicAdmin: Verifier = {
  id: 'anthropic-admin',
  provider: 'Anthropic',
  detectorIds: ['anthropic-admin-key'],
  base: 'https://api.anthropic.com',
  endpoint: 'GET /v1/organizations/me',
  sideEffects: 'Reads the organization’s id and name; changes no member, key or workspace.',
  sources: ['https://platform.claude.com/docs/en/api/admin/organizations/me (GET /v1/organizations/me)', ...SOURCES],
  request: (key) => ({
    method: 'GET',
    path: '/v1/organizations/me',
    headers: { 'x-api-key': key.secret, 'anthropic-version': VERSION },
  }),
  interpret,
};

function interpret(response: VerifyResponse): Verification {
  const type = known(field(json(response), ['error', 'type']), ['authentication_error', 'permission_error']);
  if (response.status === 200) return { status: 'live', detail: 'HTTP 200' };
  if (response.status === 401) return { status: 'invalid', reason: 'unauthorized', detail: detail(response, type) };
  // permission_error: the key authenticated, it may not do this
  if (response.status === 403) return { status: 'live', detail: `${detail(response, type)}: the key authenticates` };
  return fallback(response);
}
