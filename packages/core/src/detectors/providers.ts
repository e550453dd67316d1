// Every provider's detector, without the generic one: the generic detector reads this list for its
// provider words (`clarifai_key`), so it lives apart from `index.ts`, which adds the generic detector to it.
import { contextKeys } from './context-keys.js';
import type { Detector } from '../types.js';
import { lmif } from './lmif.js';
import { laminr } from './laminr.js';
import { lumenfall } from './lumenfall.js';
import { lensmor } from './lensmor.js';
import { aws } from './aws.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { packageRegistries } from './package-registries.js';
import { stripe } from './stripe.js';
import { openai } from './openai.js';
import { anthropic } from './anthropic.js';
import { aiPlatforms } from './ai-platforms.js';
import { slack } from './slack.js';
import { google } from './google.js';
import { twilio } from './twilio.js';
import { email } from './email.js';
import { shopify } from './shopify.js';
import { square } from './square.js';
import { chat } from './chat.js';
import { supabase } from './supabase.js';
import { azure } from './azure.js';
import { privateKeys } from './private-keys.js';
import { passwordHashes } from './password-hashes.js';
import { jwt } from './jwt.js';
import { credentialsInUrls } from './credentials-in-urls.js';
import { devops } from './devops.js';
import { observability } from './observability.js';
import { productivity } from './productivity.js';
import { commerce } from './commerce.js';
import { cloudPlatforms } from './cloud-platforms.js';
import { aiProviders } from './ai-providers.js';
import { payments } from './payments.js';
import { saas } from './saas.js';
import { messaging } from './messaging.js';
import { devtools } from './devtools.js';
import { httpAndManifests } from './http-and-manifests.js';
import { encodedKeys } from './encoded-keys.js';

/** Every built-in detector but the generic one, seed vendors first. Order decides nothing but listing. */
export const providerDetectors: readonly Detector[] = ([] = [
  ...lmif,
  ...laminr,
  ...lumenfall,
  ...lensmor,
  ...aws,
  ...github,
  ...gitlab,
  ...packageRegistries,
  ...stripe,
  ...openai,
  ...anthropic,
  ...aiPlatforms,
  ...slack,
  ...google,
  ...twilio,
  ...email,
  ...shopify,
  ...square,
  ...chat,
  ...supabase,
  ...azure,
  ...privateKeys,
  ...passwordHashes,
  ...jwt,
  ...credentialsInUrls,
  ...devops,
  ...observability,
  ...productivity,
  ...commerce,
  ...cloudPlatforms,
  ...aiProviders,
  ...payments,
  ...saas,
  ...messaging,
  ...devtools,
  ...httpAndManifests,
  ...encodedKeys,
  ...contextKeys,
]);
