import type { Detector, Verification } from './types.js';

// How to take a leaked key out of service, vendor by vendor: where its revoke or rotate button is. Keyed by
// detector id where one vendor has several kinds of key, else by the detectors' provider. The seed vendors'
// steps are their Authentication pages' (shared/seeds/); the others point at the vendor's own key page.
// Each finding's help is built here (text report, SARIF rule help, docs/remediation.md).

export interface Remediation {
  /** Where to revoke or rotate the key, as the vendor's console names it. */
  readonly steps: string;
  /** The vendor's page for it. */
  readonly url?: string;
}

const BY_PROVIDER: Readonly<Record<string, Remediation>> = {
  LMIF: {
    steps:
      'in the LMIF dashboard open Settings → API Keys and click Rotate next to the key (the old key stays valid for 24 hours while you update the integration); if it is compromised, click Revoke instead (immediate) and generate a new key',
  },
  Laminr: {
    steps:
      'as a tenant administrator open Tenant Admin → Service Accounts, add a new API key to the service account, update the application, then delete the old key',
  },
  Lumenfall: {
    steps: 'in the Lumenfall dashboard open API Keys, click Revoke on the key, then create a new one',
    url: 'https://lumenfall.ai/app',
  },
  Lensmor: {
    steps:
      'in the Lensmor app open Settings → API Keys, create a new key, update the integration, then remove the exposed key',
  },
  AWS: {
    steps:
      'in IAM open the user’s Security credentials → Access keys, create a new key, deactivate the exposed one, then delete it; review CloudTrail for its use',
    url: 'https://console.aws.amazon.com/iam/home#/security_credentials',
  },
  GitHub: {
    steps: 'delete or regenerate the token under Settings → Developer settings → Personal access tokens',
    url: 'https://github.com/settings/tokens',
  },
  GitLab: {
    steps: 'revoke the token under User settings → Access tokens (or the project’s or group’s Access tokens)',
    url: 'https://gitlab.com/-/user_settings/personal_access_tokens',
  },
  npm: {
    steps: 'delete the token under Access Tokens (or `npm token revoke <id>`)',
    url: 'https://www.npmjs.com/settings/~/tokens',
  },
  PyPI: {
    steps: 'remove the token under Account settings → API tokens',
    url: 'https://pypi.org/manage/account/token/',
  },
  RubyGems: { steps: 'delete the key under Settings → API keys', url: 'https://rubygems.org/profile/api_keys' },
  NuGet: { steps: 'delete or regenerate the key under API Keys', url: 'https://www.nuget.org/account/apikeys' },
  'Docker Hub': {
    steps: 'delete the token under Account settings → Personal access tokens',
    url: 'https://app.docker.com/settings/personal-access-tokens',
  },
  Stripe: {
    steps: 'roll the key under Developers → API keys (Roll key…, expire the old key now)',
    url: 'https://dashboard.stripe.com/apikeys',
  },
  OpenAI: { steps: 'delete the key under API keys and create a new one', url: 'https://platform.openai.com/api-keys' },
  Anthropic: {
    steps: 'disable or delete the key under Settings → API keys in the Claude Console',
    url: 'https://console.anthropic.com/settings/keys',
  },
  'Hugging Face': {
    steps: 'invalidate and refresh, or delete, the token under Settings → Access Tokens',
    url: 'https://huggingface.co/settings/tokens',
  },
  Groq: { steps: 'delete the key under API Keys', url: 'https://console.groq.com/keys' },
  Replicate: { steps: 'disable the token under Account → API tokens', url: 'https://replicate.com/account/api-tokens' },
  xAI: { steps: 'delete the key under API Keys in the xAI console', url: 'https://console.x.ai' },
  OpenRouter: {
    steps: 'delete or disable the key under Settings → API Keys',
    url: 'https://openrouter.ai/settings/keys',
  },
  Slack: {
    steps: 'revoke the token (or regenerate the app’s tokens) in the app’s settings under OAuth & Permissions',
    url: 'https://api.slack.com/apps',
  },
  Google: {
    steps: 'regenerate or delete the credential under APIs & Services → Credentials, and restrict the new key',
    url: 'https://console.cloud.google.com/apis/credentials',
  },
  Twilio: {
    steps:
      'delete the API key, or rotate the auth token (create a secondary token, promote it), under API keys & tokens',
    url: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
  },
  SendGrid: { steps: 'delete the key under Settings → API Keys', url: 'https://app.sendgrid.com/settings/api_keys' },
  Mailgun: {
    steps: 'delete the key under API Security → API keys',
    url: 'https://app.mailgun.com/settings/api_security',
  },
  Mailchimp: { steps: 'disable and delete the key under Profile → Extras → API keys' },
  Resend: { steps: 'delete the key under API Keys', url: 'https://resend.com/api-keys' },
  Shopify: {
    steps:
      'rotate the app’s credentials (or uninstall the custom app) under Settings → Apps and sales channels → Develop apps',
  },
  Square: { steps: 'replace the access token under the application’s Credentials in the Developer Console' },
  Discord: {
    steps:
      'reset the bot token under Applications → Bot → Reset Token (webhooks: delete the webhook in the channel’s Integrations)',
    url: 'https://discord.com/developers/applications',
  },
  Telegram: { steps: 'send /revoke to @BotFather and choose the bot to get a new token' },
  Supabase: { steps: 'create a new secret key and delete the exposed one under Project Settings → API Keys' },
  Azure: {
    steps:
      'rotate the storage account key under Access keys, or delete the client secret under App registrations → Certificates & secrets',
  },
  DigitalOcean: {
    steps: 'delete the token under API → Tokens',
    url: 'https://cloud.digitalocean.com/account/api/tokens',
  },
  Heroku: {
    steps: 'regenerate the API key under Account settings (or `heroku authorizations:revoke`)',
    url: 'https://dashboard.heroku.com/account',
  },
  Doppler: {
    steps: 'revoke the token where it was created (the project’s Access tab or Tokens in the workplace settings)',
  },
  Pulumi: { steps: 'delete the token under Personal access tokens', url: 'https://app.pulumi.com/account/tokens' },
  Cloudflare: {
    steps: 'roll or delete the token under My Profile → API Tokens (the global API key: View → Change)',
    url: 'https://dash.cloudflare.com/profile/api-tokens',
  },
  Netlify: {
    steps: 'revoke the token under User settings → Applications → Personal access tokens',
    url: 'https://app.netlify.com/user/applications',
  },
  Datadog: {
    steps: 'revoke the key under Organization Settings → API Keys (or Application Keys), then create a new one',
    url: 'https://app.datadoghq.com/organization-settings/api-keys',
  },
  HashiCorp: {
    steps: 'delete the token under User settings → Tokens (Vault: `vault token revoke`)',
    url: 'https://app.terraform.io/app/settings/tokens',
  },
  CircleCI: {
    steps: 'remove the token under User settings → Personal API tokens',
    url: 'https://app.circleci.com/settings/user/tokens',
  },
  Buildkite: {
    steps: 'revoke the token under Personal settings → API access tokens',
    url: 'https://buildkite.com/user/api-access-tokens',
  },
  Sentry: { steps: 'revoke the token under Settings → Auth Tokens (user or organization)' },
  'New Relic': { steps: 'delete the key under API keys', url: 'https://one.newrelic.com/api-keys' },
  Linear: { steps: 'revoke the key under Settings → Security & access → Personal API keys' },
  Notion: {
    steps: 'refresh the integration secret under Integrations → the integration → Configuration',
    url: 'https://www.notion.so/profile/integrations',
  },
  Atlassian: {
    steps: 'revoke the token under Security → API tokens',
    url: 'https://id.atlassian.com/manage-profile/security/api-tokens',
  },
  Postman: {
    steps: 'delete or regenerate the key under Settings → API keys',
    url: 'https://go.postman.co/settings/me/api-keys',
  },
  Contentful: { steps: 'revoke the token under Settings → CMA tokens' },
  Typeform: { steps: 'delete the token under Account → Personal tokens' },
  Mapbox: {
    steps: 'delete or refresh the token under Access tokens',
    url: 'https://console.mapbox.com/account/access-tokens/',
  },
};

const BY_DETECTOR: Readonly<Record<string, Remediation>> = {
  'github-fine-grained-pat': {
    steps: 'delete or regenerate the token under Settings → Developer settings → Fine-grained tokens',
    url: 'https://github.com/settings/personal-access-tokens',
  },
  'github-oauth-token': {
    steps: 'revoke the OAuth app’s access under Settings → Applications → Authorized OAuth Apps',
    url: 'https://github.com/settings/applications',
  },
  'stripe-webhook-secret': {
    steps: 'roll the endpoint’s signing secret under Developers → Webhooks → the endpoint → Roll secret',
    url: 'https://dashboard.stripe.com/webhooks',
  },
  'slack-webhook-url': {
    steps: 'remove the webhook under the app’s Incoming Webhooks settings',
    url: 'https://api.slack.com/apps',
  },
  'anthropic-admin-key': {
    steps: 'delete the key under Settings → Admin keys in the Claude Console',
    url: 'https://console.anthropic.com/settings/admin-keys',
  },
};

/** The vendor's revoke or rotate steps for a detector's keys, if known. */
export function remediationFor(detector: Pick<Detector, 'id' | 'provider'>): Remediation | undefined {
  return BY_DETECTOR[detector.id] ?? BY_PROVIDER[detector.provider];
}

/**
 * Where a key was found, for advice that fits it: `code` (the default: read it from the environment), an `env-file`
 * (the file is where keys go: keep it out of git), `history` (rotation is the fix) or a `bundle` (keep it on the
 * server). Nobody is told to move a key in a .env file to `process.env`.
 */
export type Place = 'code' | 'env-file' | 'history' | 'bundle';

/**
 * A finding's help: the vendor's steps, then where the new key belongs. For a key the vendor confirmed live,
 * "revoke it now" comes first: it is an incident, not a clean-up.
 */
export function helpFor(
  detector: Pick<Detector, 'id' | 'provider' | 'envName' | 'remediation'>,
  verification?: Verification,
  place: Place = 'code',
): string {
  const remediation = remediationFor(detector);
  const lead =
    verification?.status === 'live'
      ? 'The key is live: revoke it now.'
      : verification?.status === 'invalid'
        ? `${detector.provider} no longer accepts this key${verification.reason ? ` (${verification.reason})` : ''}: remove it, and rotate its successor if that was exposed too.`
        : 'Rotate the key.';
  if (!remediation && place === 'code') return verification ? `${lead} ${detector.remediation}` : detector.remediation;
  // without the vendor's steps, elsewhere than code: the detector's own line would say process.env
  const where = remediation
    ? `${detector.provider}: ${remediation.steps}${remediation.url ? ` (${remediation.url})` : ''}.`
    : `Revoke it with ${detector.provider} and issue a new one.`;
  return `${lead} ${where} ${placeAdvice(place, detector.envName)}`;
}

function placeAdvice(place: Place, envName: string): string {
  if (place === 'env-file')
    return 'Then keep the new key in an env file git ignores (such as .env.local) or in a secrets manager.';
  if (place === 'history')
    return 'Rotating is the fix: the old key stays in the history of every clone and fork, so it must stop working.';
  if (place === 'bundle')
    return 'Then keep the new key on the server: read it in server code, under a name without a public prefix (VITE_, NEXT_PUBLIC_, …).';
  return `Then read the new key from \`process.env.${envName}\` or a secrets manager.`;
}

/** Every provider and detector with known steps, for docs/remediation.md. */
export function remediations(): { readonly byProvider: typeof BY_PROVIDER; readonly byDetector: typeof BY_DETECTOR } {
  return { byProvider: BY_PROVIDER, byDetector: BY_DETECTOR };
}
