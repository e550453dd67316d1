// Detectors whose keys are never sent, and why: the vendor documents no request that answers for a key without
// side effects (a write, a billed call, a message sent), the key needs a host or companion its format does not
// tell, or it is not an API credential at all. docs/verification.md lists them; their findings carry no
// `verification`.
const LMIF =
  'LMIF documents one endpoint, POST /v1/lmif/identity/check, which runs an identity check that counts against the plan’s daily request quota; it documents no read-only call.';
const POSTS = 'it can only be checked by posting a message to it, which is a side effect.';
const OWN_HOST = 'its API lives on a per-account or self-hosted host that the key does not name.';

export const unverifiable: Readonly<Record<string, string>> = {
  'lmif-live-key': LMIF,
  'lmif-test-key': LMIF,
  'aws-access-key-id': 'an access key id alone cannot authenticate; its secret access key is verified instead.',
  'twilio-api-key': 'an API key SID is an identifier; its secret is a value no detector can attribute to it.',
  'github-refresh-token': 'a refresh token is exchanged for a new token (a write), never sent to the API itself.',
  'gitlab-pipeline-trigger-token': 'the only call it authenticates triggers a pipeline.',
  'gitlab-runner-token': 'the runner API registers and polls jobs; no documented call is free of effects.',
  'google-api-key':
    'every Google API call with a key is metered against a project’s quota; there is no key introspection endpoint.',
  'slack-webhook-url': `an incoming webhook: ${POSTS}`,
  'discord-webhook-url': `a webhook: ${POSTS}`,
  'stripe-webhook-secret': 'a signing secret checks webhook payloads and is never sent to Stripe.',
  'shopify-shared-secret': 'an app secret signs OAuth and webhooks and is never sent to the Admin API.',
  'pypi-token': 'PyPI documents no API that answers for a token without an upload.',
  'docker-hub-pat': 'the documented check is a login that creates a session for a named user.',
  'square-access-token':
    'production and sandbox tokens share a format but not a host, and a token sent to the wrong one would leave its environment.',
  'supabase-service-role-key': `${OWN_HOST}`,
  'supabase-secret-key': `${OWN_HOST}`,
  'databricks-token': `${OWN_HOST}`,
  'dynatrace-token': `${OWN_HOST}`,
  'vault-token': `${OWN_HOST}`,
  'atlassian-api-token': 'it authenticates together with an account email and a site, which its format does not tell.',
  'azure-storage-account-key': 'it signs requests for a storage account whose name is not part of the key.',
};
