import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hardcodedKeyFindings, scanText, verifiers, type Finding, type Verification } from '@keyward/core';
import { KeyCollector, VerificationRun, type VerifyOptions } from '../src/verify/index.js';
import { buildSamples } from '../../core/test/helpers/samples.js';
import { startMock, type MockReply, type MockVendor } from './helpers/mock-vendor.js';
import { cases, overridesTo, prefixOf, type VerifierCase } from './helpers/verifier-cases.js';

// Every verifier against a loopback vendor: the request it sends, and its verdict on a live key, each
// documented rejection, a rate limit, a server error, a vendor slower than the timeout, a redirect to another
// host (not followed) and a response that echoes the key (never in the verdict).

let vendor: MockVendor;
let elsewhere: MockVendor;
const samples = buildSamples(23);

beforeAll(async () => {
  vendor = await startMock();
  // another host: a redirect there must never be followed
  elsewhere = await startMock('127.0.0.2').catch(() => startMock('localhost'));
});
afterAll(async () => {
  await vendor.close();
  await elsewhere.close();
});

interface Planted {
  readonly secret: string;
  readonly findings: Finding[];
  readonly keys: KeyCollector;
}

function plant(testCase: VerifierCase, copies = 1): Planted {
  const positive = samples[testCase.detector]!.positives[0]!;
  const path = positive.path ?? 'src/config.ts';
  const text = `${testCase.context ?? ''}${positive.text}`;
  const matches = scanText(text, { path }).filter((match) => match.detector.id === testCase.detector);
  expect(matches, `${testCase.detector} sample`).toHaveLength(1);
  const keys = new KeyCollector();
  const findings: Finding[] = [];
  for (let copy = 0; copy < copies; copy++) {
    const found = hardcodedKeyFindings(text, matches, { file: `copy${copy}/${path}` });
    keys.collect(text, matches, found);
    findings.push(...found);
  }
  return { secret: matches[0]!.secret, findings, keys };
}

const overrides = overridesTo;

async function verdictOf(
  testCase: VerifierCase,
  reply: MockReply | ((request: { url: string }) => MockReply),
  options: VerifyOptions = {},
): Promise<{ verification: Verification | undefined; planted: Planted; output: string }> {
  vendor.answer(reply);
  const planted = plant(testCase);
  const run = new VerificationRun({ env: overrides(vendor.origin), limits: { perHostIntervalMs: 0 }, ...options });
  const result = await run.verify(planted.findings, planted.keys);
  return { verification: result.findings[0]!.verification, planted, output: JSON.stringify(result) };
}

describe.each(cases.map((testCase) => [testCase.verifier, testCase] as const))('verifier %s', (_id, testCase) => {
  it('sends one request to the documented endpoint, carrying the key as the vendor documents', async () => {
    const before = vendor.requests.length;
    const { planted } = await verdictOf(testCase, testCase.live);
    const sent = vendor.requests.slice(before);
    expect(sent).toHaveLength(1);
    const request = sent[0]!;
    expect(request.method).toBe(testCase.method);
    const prefix = prefixOf(testCase.verifier);
    expect(request.url.startsWith(`${prefix}/`)).toBe(true);
    const path = request.url.slice(prefix.length);
    if (typeof testCase.path === 'string') expect(path).toBe(testCase.path);
    else expect(path).toMatch(testCase.path);
    expect(testCase.carries(request, planted.secret)).toBe(true);
  });

  it('reports a live key as live', async () => {
    expect((await verdictOf(testCase, testCase.live)).verification?.status).toBe('live');
  });

  it.each((testCase.alsoLive ?? []).map((reply) => [reply.status, reply] as const))(
    'reads HTTP %s as a key that authenticates',
    async (_status, reply) => {
      expect((await verdictOf(testCase, reply)).verification?.status).toBe('live');
    },
  );

  it.each(Object.entries(testCase.invalid))('reports the vendor’s "%s" rejection as invalid', async (reason, reply) => {
    const { verification } = await verdictOf(testCase, reply);
    expect(verification).toMatchObject({ status: 'invalid', reason });
  });

  it('reports a rate limit (429) as unknown', async () => {
    const { verification } = await verdictOf(testCase, { status: 429, headers: { 'retry-after': '30' }, body: '{}' });
    expect(verification).toMatchObject({ status: 'unknown', reason: 'rate-limited' });
  });

  it('reports a server error (500) as unknown', async () => {
    const { verification } = await verdictOf(testCase, { status: 500, body: 'oops' });
    expect(verification).toMatchObject({ status: 'unknown', reason: 'server-error' });
  });

  it('gives up on a vendor slower than the timeout', async () => {
    const started = performance.now();
    const { verification } = await verdictOf(testCase, { ...testCase.live, delayMs: 2000 }, { timeoutMs: 150 });
    expect(verification).toMatchObject({ status: 'unknown', reason: 'timeout' });
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('does not follow a redirect to another host', async () => {
    const before = elsewhere.connections;
    const { verification } = await verdictOf(testCase, {
      status: 302,
      headers: { location: `${elsewhere.origin}${prefixOf(testCase.verifier)}/steal` },
    });
    expect(verification).toMatchObject({ status: 'unknown', reason: 'redirect' });
    expect(elsewhere.connections).toBe(before);
  });

  it('never carries a key the response echoes', async () => {
    for (const status of [testCase.live.status, 401, 403, 400]) {
      const echo = (request: { url: string; headers?: Record<string, string> }) => ({
        status,
        headers: { 'x-echo': JSON.stringify(request.headers ?? {}).slice(0, 2000) },
        body: JSON.stringify({ echo: request, error: { code: JSON.stringify(request.headers), message: request.url } }),
      });
      const { output, planted } = await verdictOf(testCase, echo as never);
      expect(output.includes(planted.secret)).toBe(false);
    }
  });
});

describe('verification run', () => {
  const laminr = cases.find((c) => c.verifier === 'laminr')!;
  const lensmor = cases.find((c) => c.verifier === 'lensmor')!;

  it('has a mock case for every verifier', () => {
    expect(cases.map((c) => c.verifier).sort()).toEqual(verifiers.map((v) => v.id).sort());
  });

  it('sends each distinct key once, however often it occurs', async () => {
    vendor.answer(lensmor.live);
    const planted = plant(lensmor, 5);
    const before = vendor.requests.length;
    const run = new VerificationRun({ env: overrides(vendor.origin) });
    const result = await run.verify(planted.findings, planted.keys);
    expect(vendor.requests.length - before).toBe(1);
    expect(result.summary).toMatchObject({ keys: 1, requests: 1, live: 1 });
    expect(result.findings.every((f) => f.verification?.status === 'live')).toBe(true);
    // and again within the same run: the run-level cache answers
    await run.verify(planted.findings, planted.keys);
    expect(vendor.requests.length - before).toBe(1);
  });

  it('sends only the keys of the findings it is given (baselined findings send nothing)', async () => {
    const planted = plant(lensmor);
    const before = vendor.requests.length;
    const result = await new VerificationRun({ env: overrides(vendor.origin) }).verify([], planted.keys);
    expect(vendor.requests.length - before).toBe(0);
    expect(result.summary.keys).toBe(0);
  });

  it('does not send a Laminr-shaped key from a file that does not name Laminr', async () => {
    const secret = `sk_live_${'Ab3dE5gH7jK9mN2pQ4sT'}`;
    const text = `fetch(url, { headers: { 'x-api-key': '${secret}' } });\n`;
    const matches = scanText(text, { path: 'src/client.ts' });
    expect(matches.map((m) => m.detector.id)).toEqual(['laminr-live-key']);
    const keys = new KeyCollector();
    const findings = hardcodedKeyFindings(text, matches, { file: 'src/client.ts' });
    keys.collect(text, matches, findings);
    const before = vendor.requests.length;
    const result = await new VerificationRun({ env: overrides(vendor.origin) }).verify(findings, keys);
    expect(vendor.requests.length - before).toBe(0);
    expect(result.findings[0]!.verification).toMatchObject({ status: 'unknown', reason: 'not-sent' });
    expect(JSON.stringify(result)).not.toContain(secret);
  });

  it('never tries one key against two vendors: a key two detectors attribute differently is not sent', async () => {
    const secret = ['sk', 'live', 'Zx8Cv7Bn6Mq5Wr4Et3Yu2Io1'].join('_');
    const asLaminr = `const laminr = new Laminr({ apiKey: '${secret}' });\n`;
    const asStripe = `const stripe = new Stripe('${secret}');\n`;
    const keys = new KeyCollector();
    const findings: Finding[] = [];
    for (const [file, text] of [
      ['laminr.ts', asLaminr],
      ['stripe.ts', asStripe],
    ] as const) {
      const matches = scanText(text, { path: file });
      const found = hardcodedKeyFindings(text, matches, { file });
      keys.collect(text, matches, found);
      findings.push(...found);
    }
    expect(findings.map((f) => f.detectorId).sort()).toEqual(['laminr-live-key', 'stripe-live-secret-key']);
    const before = vendor.requests.length;
    const result = await new VerificationRun({ env: overrides(vendor.origin) }).verify(findings, keys);
    expect(vendor.requests.length - before).toBe(0);
    for (const finding of result.findings)
      expect(finding.verification).toMatchObject({ status: 'unknown', reason: 'not-sent' });
  });

  it('counts a conflicting claim even when that occurrence is baselined (not reported)', async () => {
    const secret = ['sk', 'live', 'Qw8Er7Ty6Ui5Op4As3Df2Gh1'].join('_');
    const keys = new KeyCollector();
    const reported: Finding[] = [];
    for (const [file, text] of [
      ['laminr.ts', `const laminr = new Laminr({ apiKey: '${secret}' });\n`],
      ['stripe.ts', `const stripe = new Stripe('${secret}');\n`],
    ] as const) {
      const matches = scanText(text, { path: file });
      const found = hardcodedKeyFindings(text, matches, { file });
      keys.collect(text, matches, found);
      // the Stripe occurrence is in the baseline: not reported, but still a claim on the key
      if (file === 'laminr.ts') reported.push(...found);
    }
    const before = vendor.requests.length;
    const result = await new VerificationRun({ env: overrides(vendor.origin) }).verify(reported, keys);
    expect(vendor.requests.length - before).toBe(0);
    expect(result.findings[0]!.verification).toMatchObject({ status: 'unknown', reason: 'not-sent' });
    expect(result.findings[0]!.verification!.detail).toMatch(/Laminr and Stripe|Stripe and Laminr/);
  });

  it('stops sending to a host that answered 429 and reports the rest as rate-limited', async () => {
    vendor.answer({ status: 429, body: '{}' });
    const keys = new KeyCollector();
    const findings: Finding[] = [];
    for (let i = 0; i < 4; i++) {
      const text = `const k = "uak_${'abcd1234'.slice(0, 4)}${i}xyz_${'Q'.repeat(4)}${String(i).repeat(4)}Rt5Yh6Uj7Ik8Ol9";\n`;
      const matches = scanText(text, { path: 'a.ts' });
      expect(matches).toHaveLength(1);
      const found = hardcodedKeyFindings(text, matches, { file: `f${i}.ts` });
      keys.collect(text, matches, found);
      findings.push(...found);
    }
    const before = vendor.requests.length;
    const result = await new VerificationRun({
      env: overrides(vendor.origin),
      limits: { concurrency: 1, perHostInFlight: 1, perHostIntervalMs: 0 },
    }).verify(findings, keys);
    expect(vendor.requests.length - before).toBe(1);
    expect(result.findings.map((f) => f.verification?.reason)).toEqual(Array(4).fill('rate-limited'));
  });

  it('reports a refused connection as a network error, with a code and no message', async () => {
    const closed = await startMock();
    const origin = closed.origin;
    await closed.close();
    const planted = plant(lensmor);
    const result = await new VerificationRun({ env: overrides(origin) }).verify(planted.findings, planted.keys);
    expect(result.findings[0]!.verification).toEqual({
      status: 'unknown',
      reason: 'network-error',
      detail: 'ECONNREFUSED',
    });
  });

  it('waits 5 seconds by default before giving up', async () => {
    vendor.answer({ ...laminr.live, delayMs: 5600 });
    const planted = plant(lensmor);
    const started = performance.now();
    const result = await new VerificationRun({ env: overrides(vendor.origin) }).verify(planted.findings, planted.keys);
    const waited = performance.now() - started;
    expect(result.findings[0]!.verification).toMatchObject({ status: 'unknown', reason: 'timeout' });
    expect(waited).toBeGreaterThan(4900);
    expect(waited).toBeLessThan(5500);
  }, 15_000);
});

describe('where keys may go', () => {
  it('rejects a plain-http override to anything but loopback, and an override naming no provider', () => {
    expect(() => new VerificationRun({ env: { KEYWARD_VERIFY_URL_LENSMOR: 'http://example.com' } })).toThrow(
      /https:\/\/ URL/,
    );
    expect(() => new VerificationRun({ env: { KEYWARD_VERIFY_URL_LENSMOR: 'not a url' } })).toThrow(/not a URL/);
    expect(() => new VerificationRun({ env: { KEYWARD_VERIFY_URL_LENSMORE: 'https://proxy.example' } })).toThrow(
      /names no provider/,
    );
    for (const ok of ['https://proxy.example/lensmor', 'http://127.0.0.1:8080', 'http://localhost:1', 'http://[::1]:9'])
      expect(() => new VerificationRun({ env: { KEYWARD_VERIFY_URL_LENSMOR: ok } })).not.toThrow();
  });

  it('every verifier’s documented base is https', () => {
    for (const verifier of verifiers) {
      if (typeof verifier.base === 'string') expect(new URL(verifier.base).protocol, verifier.id).toBe('https:');
      else expect(verifier.hosts?.length, `${verifier.id} lists the hosts its base may produce`).toBeGreaterThan(0);
    }
  });
});
