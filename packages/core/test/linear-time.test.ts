import { describe, expect, it } from 'vitest';
import { compileCatalog, detectors, scanText, unsafeRegexReason } from '../src/index.js';
import { buildSamples } from './helpers/samples.js';

/** Quantifiers outside character classes, in order: `*`, `+`, `?`, `{n}`, `{n,m}`, `{n,}`. */
function quantifiers(source: string): string[] {
  const found: string[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if ((c === '*' || c === '+') && source[i - 1] !== '(') found.push(c);
    else if (c === '{') {
      const brace = /^\{\d+(?:,\d*)?\}/.exec(source.slice(i));
      if (brace) found.push(brace[0]);
    }
  }
  return found;
}

describe('every built-in detector regex is linear-time by construction', () => {
  it.each(detectors.map((detector) => [detector.id, detector.pattern.source]))(
    '%s has only bounded quantifiers',
    (_id, source) => {
      const unbounded = quantifiers(source).filter((q) => q === '*' || q === '+' || /^\{\d+,\}$/.test(q));
      expect(unbounded).toEqual([]);
      expect(unsafeRegexReason(source)).toBeUndefined();
    },
  );
});

/** 100 KB inputs built to make a backtracking matcher struggle with each detector. */
function adversarialInputs(keyword: string): string[] {
  const size = 100_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return [
    fill(keyword),
    keyword + fill('a'),
    fill(`${keyword}A1b2`),
    fill(`${keyword}=`),
    fill(`"${keyword}": "`),
    fill(`${keyword}.eyJ`),
    fill('aB3/+'),
    fill(`x://${keyword}:${keyword}@`),
  ];
}

/**
 * Repeated headers (issue #11): a detector's positive samples cut before their last line and repeated, so a
 * block opens again and again without closing (`-----BEGIN PRIVATE KEY-----` lines, PGP headers and their
 * bodies), and each sample's first line repeated.
 */
function repeatedHeaders(id: string): string[] {
  const size = 100_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return (samples[id]?.positives ?? []).flatMap((positive) => {
    const lines = positive.text.trimEnd().split('\n');
    if (lines.length < 2) return [];
    return [fill(lines[0]! + '\n'), fill(lines.slice(0, -1).join('\n') + '\n')];
  });
}

const samples = buildSamples();

function timeScan(text: string, catalog: ReturnType<typeof compileCatalog>, runs: number): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    scanText(text, { path: 'adversarial.env', catalog });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * The time for an input and for four times it. Linear work grows ~4x, quadratic ~16x; the bound (10x plus
 * 150 ms) stays clear of a GC pause. One run of each usually settles it; a pair over the bound is measured
 * again, best of three, up to three times, since a load spike on a shared machine can slow one side:
 * super-linear behaviour, which on 400 KB costs seconds, fails every time.
 */
function growth(input: string, catalog: ReturnType<typeof compileCatalog>): { small: number; large: number } {
  let pair = { small: 0, large: Infinity };
  for (let attempt = 0; attempt < 3 && !(pair.large < pair.small * 10 + 150); attempt++)
    pair = {
      small: timeScan(input, catalog, attempt ? 3 : 1),
      large: timeScan(input.repeat(4), catalog, attempt ? 3 : 1),
    };
  return pair;
}

describe('every detector stays linear on 100 KB of adversarial input', () => {
  it.each(detectors.map((detector) => [detector.id]))('%s', (id) => {
    const detector = detectors.find((d) => d.id === id)!;
    const catalog = compileCatalog([detector]);
    // Case variants of one keyword stress the same paths; one of each is enough.
    const keywords = [...new Map(detector.keywords.map((word) => [word.toLowerCase(), word])).values()];
    for (const input of [...keywords.flatMap(adversarialInputs), ...repeatedHeaders(id)]) {
      const { small, large } = growth(input, catalog);
      expect(
        large,
        `${id} / ${JSON.stringify(input.slice(0, 30))}: ${small.toFixed(1)}ms → ${large.toFixed(1)}ms`,
      ).toBeLessThan(small * 10 + 150);
      expect(large).toBeLessThan(2000);
    }
  });
});

/**
 * The structure checks of the precision pass (SAS fields read around each signature, the Basic decoding, the
 * generic detector's host-name and truncation rules) on inputs that repeat what they look at.
 */
describe('structure checks stay linear on 100 KB of adversarial input', () => {
  const size = 100_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const sig = 'Ab3'.repeat(15);
  it.each([
    ['azure-sas-token', fill(`&sp=rl&sip=1.2.3.4&spr=https&sv=2022-11-02&sig=${sig}`)],
    ['azure-sas-token', fill(`sp=sp=sp=&sv=2022-11-02&sig=${sig}`)],
    ['curl-auth-header', fill(`curl -H "Authorization: Basic ${'QUJD'.repeat(40)}" `)],
    ['generic-secret', fill(`api_secret = "${'a1.'.repeat(80)}com"\n`)],
    ['generic-secret', fill(`api_secret = "${'a1b2'.repeat(30)}..."\n`)],
    // decoded structures: an unclosed Jenkins secret, an Airtable token whose signature never comes, NGC words
    // before runs one short of a key, a provider key name before every value
    ['jenkins-encrypted-secret', fill(`{AQAAABAAAA${'Ab3+'.repeat(1200)}`)],
    ['airtable-oauth-token', fill(`oaa${'Ab3'.repeat(5)}.v1.eyJ${'Ab3_'.repeat(300)}.${'ab3'.repeat(20)}`)],
    ['nvidia-ngc-legacy-api-key', fill(`ngc token ${'Ab3'.repeat(27)}ab `)],
    ['generic-secret', fill(`clarifai_key: ${'Ab3'.repeat(10)}\nstripe_key_`)],
  ])('%s', (id, input) => {
    const catalog = compileCatalog([detectors.find((d) => d.id === id)!]);
    const { small, large } = growth(input, catalog);
    expect(large, `${id}: ${small.toFixed(1)}ms → ${large.toFixed(1)}ms`).toBeLessThan(small * 10 + 150);
    expect(large).toBeLessThan(2000);
  });
});
