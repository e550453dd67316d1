import { describe, expect, it } from 'vitest';
import {
  detectors,
  helpFor,
  remediationFor,
  unverifiable,
  verifierFor,
  verifiers,
  verifyUrlVariable,
  type VerifyResponse,
} from '../src/index.js';
import { buildSamples } from './helpers/samples.js';
import { scanText } from '../src/scan.js';

// The verifier catalog stays consistent: every verifier names real detectors of its own provider, documents
// its endpoint, why it has no side effects and where the facts came from; a detector has one verifier at
// most; the seed placeholders never reach a verifier because the scan drops them first.

const byId = new Map(detectors.map((detector) => [detector.id, detector]));
const response = (status: number, body = ''): VerifyResponse => ({ status, headers: {}, body });

describe('verifier catalog', () => {
  it.each(verifiers.map((verifier) => [verifier.id, verifier] as const))(
    '%s is documented and consistent',
    (_id, v) => {
      expect(v.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(v.detectorIds.length).toBeGreaterThan(0);
      for (const id of v.detectorIds) {
        const detector = byId.get(id);
        expect(detector, `${v.id}: detector ${id} exists`).toBeDefined();
        // the override variable is the detector's provider in upper snake case
        expect(detector!.provider, `${v.id}: ${id} has the verifier's provider`).toBe(v.provider);
        expect(unverifiable[id], `${id} is not also listed as unverifiable`).toBeUndefined();
      }
      expect(v.endpoint).toMatch(/^(?:GET|POST) \//);
      expect(v.sideEffects.length).toBeGreaterThan(20);
      expect(v.sources.length).toBeGreaterThan(0);
    },
  );

  it('gives each detector at most one verifier', () => {
    const ids = verifiers.flatMap((verifier) => verifier.detectorIds);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(verifierFor(id)?.detectorIds).toContain(id);
    expect(verifierFor('generic-secret')).toBeUndefined();
  });

  it('lists unverifiable detectors that exist, with a reason', () => {
    for (const [id, reason] of Object.entries(unverifiable)) {
      expect(byId.has(id), id).toBe(true);
      expect(reason.length).toBeGreaterThan(30);
    }
  });

  it('names override variables in upper snake case', () => {
    expect(verifyUrlVariable('Lensmor')).toBe('KEYWARD_VERIFY_URL_LENSMOR');
    expect(verifyUrlVariable('Hugging Face')).toBe('KEYWARD_VERIFY_URL_HUGGING_FACE');
    expect(verifyUrlVariable('Fly.io')).toBe('KEYWARD_VERIFY_URL_FLY_IO');
    expect(verifyUrlVariable('npm')).toBe('KEYWARD_VERIFY_URL_NPM');
  });

  it('falls back to an unknown verdict on statuses a vendor does not document', () => {
    for (const verifier of verifiers) {
      expect(verifier.interpret(response(429)), verifier.id).toMatchObject({
        status: 'unknown',
        reason: 'rate-limited',
      });
      expect(verifier.interpret(response(503)), verifier.id).toMatchObject({
        status: 'unknown',
        reason: 'server-error',
      });
      expect(verifier.interpret(response(418)), verifier.id).toMatchObject({ status: 'unknown' });
    }
  });

  it('never reaches a verifier with a seed documentation placeholder: the scan drops them', () => {
    const placeholders = [
      'Authorization: Bearer lmif_live_xxx',
      'curl https://api.laminr.ai/v1/files -H "x-api-key: sk_live_abc123xyz789"',
      'export LAMINR_API_KEY="sk_live_abc123xyz789"',
      'Authorization: Bearer lmnfl_abc123.xyz789',
      'LUMENFALL_API_KEY=lmnfl_abc123.xyz789',
      'export LENSMOR_API_KEY="uak_your_api_key"',
      'uak_abc12def_xyzExampleKeyValue1234567890',
    ];
    for (const text of placeholders) expect(scanText(text, { path: 'README.md' }), text).toEqual([]);
  });

  it('builds requests that carry the key only where the vendor documents it', () => {
    const samples = buildSamples(5);
    for (const verifier of verifiers) {
      const positive = samples[verifier.detectorIds[0]!]!.positives[0]!;
      const match = scanText(positive.text, { path: positive.path ?? 'a.ts' })[0]!;
      const attribution = verifier.attribute?.(match.secret, { text: positive.text, index: match.start });
      const companions = attribution && 'companions' in attribution ? attribution.companions : {};
      const request = verifier.request({ secret: match.secret, companions }, { now: new Date(0), host: 'h' });
      expect(request.path.startsWith('/'), verifier.id).toBe(true);
      // Basic credentials are base64 of user:password
      const decoded = Object.values(request.headers).map((value) =>
        value.startsWith('Basic ') ? atob(value.slice(6)) : value,
      );
      const carried = [request.path, request.body ?? '', ...decoded].join('\n');
      // SigV4 sends a signature made with the secret, never the secret
      expect(carried.includes(match.secret), verifier.id).toBe(verifier.id !== 'aws');
    }
  });
});

describe('remediation', () => {
  const lmif = byId.get('lmif-live-key')!;

  it('gives the seed vendors the steps of their own pages', () => {
    expect(remediationFor(lmif)?.steps).toMatch(/Settings → API Keys.*Rotate.*24 hours.*Revoke/);
    expect(remediationFor(byId.get('laminr-live-key')!)?.steps).toMatch(/Tenant Admin → Service Accounts/);
    expect(remediationFor(byId.get('lumenfall-api-key')!)?.steps).toMatch(/API Keys.*Revoke/);
    expect(remediationFor(byId.get('lensmor-api-key')!)?.steps).toMatch(/Settings → API Keys/);
  });

  it('puts "revoke it now" first for a live key', () => {
    expect(helpFor(lmif, { status: 'live' })).toMatch(/^The key is live: revoke it now\. LMIF: /);
    expect(helpFor(lmif)).toMatch(/^Rotate the key\. LMIF: .*process\.env\.LMIF_API_KEY/);
    expect(helpFor(lmif, { status: 'invalid', reason: 'revoked' })).toMatch(/no longer accepts this key \(revoked\)/);
  });

  it('has steps for every verified vendor and for the major providers', () => {
    for (const verifier of verifiers)
      for (const id of verifier.detectorIds) expect(remediationFor(byId.get(id)!), id).toBeDefined();
    for (const provider of [
      'GitHub',
      'GitLab',
      'npm',
      'Slack',
      'Stripe',
      'OpenAI',
      'Anthropic',
      'AWS',
      'SendGrid',
      'Twilio',
    ])
      expect(remediationFor({ id: '', provider }), provider).toBeDefined();
  });

  it('falls back to the detector’s own line for a vendor without steps', () => {
    const detector = { id: 'x', provider: 'Nobody', envName: 'X', remediation: 'Revoke it.' };
    expect(helpFor(detector)).toBe('Revoke it.');
    expect(helpFor(detector, { status: 'live' })).toBe('The key is live: revoke it now. Revoke it.');
  });
});
