import type { Verifier } from './types.js';
import { lensmor } from './lensmor.js';
import { laminr } from './laminr.js';
import { lumenfall } from './lumenfall.js';
import { aws } from './aws.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { npm } from './npm.js';
import { stripe } from './stripe.js';
import { openai } from './openai.js';
import { anthropic, anthropicAdmin } from './anthropic.js';
import { huggingface } from './huggingface.js';
import { groq } from './groq.js';
import { replicate } from './replicate.js';
import { xai } from './xai.js';
import { openrouter } from './openrouter.js';
import { slack } from './slack.js';
import { twilio } from './twilio.js';
import { sendgrid } from './sendgrid.js';
import { mailgun } from './mailgun.js';
import { mailchimp } from './mailchimp.js';
import { resend } from './resend.js';
import { shopify } from './shopify.js';
import { discord } from './discord.js';
import { telegram } from './telegram.js';
import { digitalocean } from './digitalocean.js';
import { heroku } from './heroku.js';
import { doppler } from './doppler.js';
import { pulumi } from './pulumi.js';
import { cloudflare } from './cloudflare.js';
import { netlify } from './netlify.js';
import { datadog } from './datadog.js';
import { terraform } from './terraform.js';
import { circleci } from './circleci.js';
import { buildkite } from './buildkite.js';
import { newrelic } from './newrelic.js';
import { linear } from './linear.js';
import { notion } from './notion.js';
import { postman } from './postman.js';
import { contentful } from './contentful.js';
import { typeform } from './typeform.js';
import { mapbox } from './mapbox.js';

export type {
  Attribution,
  InvalidReason,
  KeyContext,
  KeyMaterial,
  RequestContext,
  UnknownReason,
  Verifier,
  VerifyRequest,
  VerifyResponse,
} from './types.js';
export { unverifiable } from './unverifiable.js';
export { sign as signSigV4, type SigV4Request, type SigV4Credentials, type SigV4Result } from './sigv4.js';

/** Every verifier, seed vendors first. A key is sent only to the verifier of the detector that found it. */
export const verifiers: readonly Verifier[] = [
  lensmor,
  laminr,
  lumenfall,
  aws,
  github,
  gitlab,
  npm,
  stripe,
  openai,
  anthropic,
  anthropicAdmin,
  huggingface,
  groq,
  replicate,
  xai,
  openrouter,
  slack,
  twilio,
  sendgrid,
  mailgun,
  mailchimp,
  resend,
  shopify,
  discord,
  telegram,
  digitalocean,
  heroku,
  doppler,
  pulumi,
  cloudflare,
  netlify,
  datadog,
  terraform,
  circleci,
  buildkite,
  newrelic,
  linear,
  notion,
  postman,
  contentful,
  typeform,
  mapbox,
];

let byDetector: Map<string, Verifier> | undefined;

/** The verifier for a detector id, if its vendor documents a side-effect-free endpoint. */
export function verifierFor(detectorId: string): Verifier | undefined {
  byDetector ??= new Map(verifiers.flatMap((verifier) => verifier.detectorIds.map((id) => [id, verifier] as const)));
  return byDetector.get(detectorId);
}

/** `KEYWARD_VERIFY_URL_<PROVIDER>`: the provider in upper snake case (`Hugging Face` → `HUGGING_FACE`). */
export function verifyUrlVariable(provider: string): string {
  const snake = provider
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `KEYWARD_VERIFY_URL_${snake}`;
}
