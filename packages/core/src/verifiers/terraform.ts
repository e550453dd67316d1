import type { Verifier } from './types.js';
import { bearer, simple } from './define.js';

/** HCP Terraform (Terraform Cloud): the account details of the token's user. */
export const terraform: Verifier = simple({
  id: 'terraform',
  provider: 'HashiCorp',
  // Vault tokens belong to a self-hosted server whose address the token does not tell: not verified
  detectorIds: ['terraform-cloud-token'],
  base: 'https://app.terraform.io',
  endpoint: 'GET /api/v2/account/details',
  headers: (secret) => ({ ...bearer(secret), 'content-type': 'application/vnd.api+json' }),
  sideEffects: 'Reads the token’s user; plans and applies nothing.',
  sources: [
    'https://developer.hashicorp.com/terraform/cloud-docs/api-docs/account#get-your-account-details (GET /api/v2/account/details)',
  ],
});
