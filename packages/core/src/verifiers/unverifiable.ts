// Detectors whose keys are never sent, and why: the vendor documents no endpoint that answers for a key
// without side effects (a write, a billed call, a message sent), or the key is not an API credential alone.
// docs/verification.md lists them; a finding of these detectors carries no `verification`.
export const unverifiable: Readonly<Record<string, string>> = {
  'lmif-live-key':
    'LMIF documents one endpoint, POST /v1/lmif/identity/check, which runs an identity check that counts against the plan’s daily request quota; it documents no read-only call.',
  'lmif-test-key':
    'LMIF documents one endpoint, POST /v1/lmif/identity/check, which runs an identity check that counts against the plan’s daily request quota; it documents no read-only call.',
};
