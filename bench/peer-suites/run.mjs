#!/usr/bin/env node
// Peer-suite recall and false-positive rate: the public test data of gitleaks, secretlint, trufflehog and
// semgrep-rules, read from checkouts on disk at run time (their data is never copied into this repository),
// run through Keyward's text scan (core `scanFileText`, as `keyward scan` runs it).
//
//   node bench/peer-suites/run.mjs --corpora /work/corpora [--suite gitleaks] [--misses 20] [--fps 20] [--json]
//
// recall: positives found / positives; FP rate: negatives with any finding / negatives. Provider-specific:
// the share of found positives whose finding came from a provider's own detector (not generic-secret, URL
// password, connection string or bare JWT). FP rate, rule's kind: negatives with a finding of the kind the
// peer's rule is about (or a provider finding of another kind not shown to be a real key): see kinds.mjs,
// whose causes the table after the first one counts (`--fps N` lists each negative with its cause).

import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import {
  binaryDetectors,
  builtInCatalog,
  DEFAULT_CONFIG,
  isPlaceholder,
  scanFileText,
} from '../../packages/core/dist/index.js';
import { checkBinary, decode, emptyStats, fileScanContext } from '../../packages/scanner/dist/index.js';
import { seededRandom } from './regex-sample.mjs';
import { gitleaksCases } from './gitleaks.mjs';
import { trufflehogCases } from './trufflehog.mjs';
import { semgrepFiles } from './semgrep.mjs';
import { secretlintFiles } from './secretlint.mjs';
import { CAUSES, judgeNegative, toRegExps } from './kinds.mjs';

const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: '/work/corpora' },
    suite: { type: 'string', multiple: true },
    misses: { type: 'string', default: '0' },
    fps: { type: 'string', default: '0' },
    json: { type: 'boolean', default: false },
    seed: { type: 'string', default: '13' },
  },
});

const catalog = builtInCatalog();
const NOT_PROVIDER = new Set(['Generic', 'URL', 'Connection string', 'JSON Web Token']);
const scan = (text, path) => scanFileText(text, path, { catalog }).matches;
const binaryContext = fileScanContext(DEFAULT_CONFIG, false);
const binaryDetector = new Map(binaryDetectors.map((detector) => [detector.id, detector]));
/**
 * A binary input as the scanner judges it (its decode, then its binary check): each finding becomes a match over
 * the whole input, its secret the finding's label (`pkcs12-keystore:input.p12`), never the bytes. Undefined for text.
 */
function binaryMatches(bytes, path, length) {
  const read = decode(bytes, path);
  if (!('skip' in read) || read.skip !== 'binary') return undefined;
  return checkBinary(bytes, path, binaryContext, emptyStats()).map((finding) => ({
    detector: binaryDetector.get(finding.detectorId),
    secret: `${finding.detectorId}:${finding.redacted}`,
    start: 0,
    end: length,
  }));
}
/** A finding of a provider's own detector (peers' negatives are per detector: a random value assigned to `API_KEY` is generic's business). */
const byProvider = (m) => !NOT_PROVIDER.has(m.detector.provider);
const overlaps = (m, start, end) => m.start < end && m.end > start;

/** Tally of one suite. */
function tally(name) {
  return {
    name,
    positives: 0,
    found: 0,
    provider: 0,
    negatives: 0,
    falsePositives: 0,
    providerFalsePositives: 0,
    kindFalsePositives: 0,
    allowlisted: 0,
    causes: Object.fromEntries(CAUSES.map((cause) => [cause, 0])),
    skipped: 0,
    placeholderShaped: 0,
    foundPlain: 0,
    misses: [],
    fps: [],
    byDetector: {},
  };
}

/**
 * Peers' positives that Keyward's own placeholder filter calls documentation stand-ins (`sk_live_AAAA…`,
 * `aBcDeF…123456…`, `user:pass@`): counted apart, so the table shows recall on real-shaped positives too.
 */
const placeholderShaped = (secret) =>
  typeof secret === 'string' && isPlaceholder(secret.replace(/^[A-Za-z][\w+.-]*:\/\/[^:@/]*:/, '').replace(/@.*$/, ''));

function hit(t, match, positive, detail) {
  if (positive && detail.secret !== undefined && placeholderShaped(detail.secret)) t.placeholderShaped++;
  else if (positive && match) t.foundPlain++;
  if (positive) {
    if (match) {
      t.found++;
      if (!NOT_PROVIDER.has(match.detector.provider)) t.provider++;
      t.byDetector[match.detector.id] = (t.byDetector[match.detector.id] ?? 0) + 1;
    } else t.misses.push(detail);
  } else if (match) t.fps.push({ ...detail, detector: match.detector.id, secret: match.secret });
}

/** Judge a negative's findings by the peer rule's kind (kinds.mjs) and count its cause. */
function judge(t, suite, rule, matches, positives, allowlist, caseName) {
  const verdict = judgeNegative(suite, rule, matches, positives, allowlist, caseName);
  if (!verdict) return undefined;
  t.causes[verdict.cause]++;
  if (verdict.counted) t.kindFalsePositives++;
  if (verdict.allowlisted) t.allowlisted++;
  return verdict;
}

const verdictText = (v) =>
  v
    ? `${v.cause}${v.allowlisted ? ' (allow-listed by the peer)' : ''} ${v.match.detector.id}${v.reason ? ` — ${v.reason}` : ''}`
    : '';

/** Peers' cases are single texts: a positive is found when a finding overlaps its secret (or any finding, when the secret is unknown). */
function runCases(name, { cases, skipped }) {
  const t = tally(name);
  t.skipped = skipped;
  const positives = cases.filter((c) => c.positive).map((c) => c.text);
  for (const c of cases) {
    const matches = scan(c.text, c.path);
    if (c.positive) t.positives++;
    else t.negatives++;
    let match;
    if (!c.positive) match = matches[0];
    else if (c.want) match = matches.find((m) => c.want.some((w) => w.includes(m.secret) || m.secret.includes(w)));
    else if (c.secret)
      match = matches.find((m) => {
        const at = c.text.indexOf(c.secret);
        return at < 0 || overlaps(m, at, at + c.secret.length);
      });
    else match = matches[0];
    if (!c.positive && match) t.falsePositives++;
    if (!c.positive && matches.some(byProvider)) t.providerFalsePositives++;
    const verdict = c.positive
      ? undefined
      : judge(t, name, c.rule, matches, positives, toRegExps(c.allowlist ?? []), c.name);
    const secret = c.secret ?? c.want?.[0];
    hit(t, match, c.positive, {
      rule: c.rule,
      path: c.path,
      text: c.text.slice(0, 300),
      verdict: verdictText(verdict),
      ...(secret === undefined ? {} : { secret }),
    });
  }
  return t;
}

/**
 * semgrep-rules marks lines, not secrets: the line's longest token with a digit (split at spaces, quotes and
 * assignment punctuation; names rarely hold digits) stands for its secret, so placeholder-shaped lines (`12345678-ABCD-…`, `abcd1234abcd1234…`,
 * jwt.io's sample) are counted apart as in the other suites. Tokens under 12 characters are not judged.
 */
function lineSecret(line) {
  const longest = (line ?? '')
    .split(/[\s"'`=:,;()<>{}[\]]+/)
    .filter((token) => /[0-9]/.test(token))
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length >= 12 ? longest : undefined;
}

function runSemgrep(files) {
  const t = tally('semgrep-rules');
  const positives = files.flatMap((file) => {
    const lines = file.text.split('\n');
    return file.expectations.filter((e) => e.positive).map((e) => lines[e.line - 1] ?? '');
  });
  for (const file of files) {
    const matches = scan(file.text, file.path);
    const starts = [0];
    for (let i = file.text.indexOf('\n'); i !== -1; i = file.text.indexOf('\n', i + 1)) starts.push(i + 1);
    const lineOf = (offset) => {
      let lo = 0,
        hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    };
    for (const e of file.expectations) {
      const match = matches.find((m) => lineOf(m.start) <= e.line && lineOf(m.end - 1) >= e.line);
      if (e.positive) t.positives++;
      else {
        t.negatives++;
        if (match) t.falsePositives++;
        if (matches.some((m) => byProvider(m) && lineOf(m.start) <= e.line && lineOf(m.end - 1) >= e.line))
          t.providerFalsePositives++;
      }
      const onLine = matches.filter((m) => lineOf(m.start) <= e.line && lineOf(m.end - 1) >= e.line);
      const verdict = e.positive ? undefined : judge(t, 'semgrep', e.rule, onLine, positives);
      const line = file.text.split('\n')[e.line - 1];
      const secret = e.positive ? lineSecret(line) : undefined;
      hit(t, match, e.positive, {
        rule: e.rule,
        path: file.source,
        text: line?.slice(0, 300),
        verdict: verdictText(verdict),
        ...(secret === undefined ? {} : { secret }),
      });
    }
  }
  return t;
}

function runSecretlint(files) {
  const t = tally('secretlint');
  const positives = files.filter((file) => file.positive).map((file) => file.text);
  for (const file of files) {
    const matches = binaryMatches(file.bytes, file.path, file.text.length) ?? scan(file.text, file.path);
    if (file.positive) {
      for (const e of file.expected) {
        t.positives++;
        hit(
          t,
          matches.find((m) => overlaps(m, e.start, e.end)),
          true,
          {
            rule: `${file.rule}/${e.id}`,
            path: file.source,
            text: file.text.slice(e.start, e.end).slice(0, 300),
            secret: file.text.slice(e.start, e.end),
          },
        );
      }
    } else {
      t.negatives++;
      if (matches[0]) t.falsePositives++;
      if (matches.some(byProvider)) t.providerFalsePositives++;
      const verdict = judge(t, 'secretlint', file.rule, matches, positives);
      hit(t, matches[0], false, { rule: file.rule, path: file.source, text: '', verdict: verdictText(verdict) });
    }
  }
  return t;
}

const suites = {
  secretlint: (root) => runSecretlint(secretlintFiles(root)),
  gitleaks: (root) => runCases('gitleaks', gitleaksCases(root, seededRandom(Number(values.seed)))),
  trufflehog: (root) => runCases('trufflehog', trufflehogCases(root)),
  semgrep: (root) => runSemgrep(semgrepFiles(root)),
};
const folders = { secretlint: 'secretlint', gitleaks: 'gitleaks', trufflehog: 'trufflehog', semgrep: 'semgrep-rules' };

const results = [];
for (const [name, run] of Object.entries(suites)) {
  if (values.suite && !values.suite.includes(name)) continue;
  const root = join(values.corpora, folders[name]);
  if (!existsSync(root)) {
    console.error(`skipping ${name}: ${root} not found`);
    continue;
  }
  results.push(run(root));
}

const pct = (a, b) => (b === 0 ? '—' : (a / b).toFixed(3));
if (values.json) {
  console.log(
    JSON.stringify(
      results.map(({ misses: _misses, fps: _fps, ...rest }) => rest),
      null,
      2,
    ),
  );
} else {
  console.log(
    "| suite | positives | recall | placeholder-shaped positives | recall on the rest | negatives | FP rate | FP rate, provider detectors only | FP rate, rule's kind | provider-specific share of hits | skipped |",
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const t of results)
    console.log(
      `| ${t.name} | ${t.positives} | ${pct(t.found, t.positives)} | ${t.placeholderShaped} | ${pct(t.foundPlain, t.positives - t.placeholderShaped)} | ${t.negatives} | ${pct(t.falsePositives, t.negatives)} | ${pct(t.providerFalsePositives, t.negatives)} | ${pct(t.kindFalsePositives, t.negatives)} | ${pct(t.provider, t.found)} | ${t.skipped} |`,
    );
  console.log('');
  console.log(
    '| suite | negatives with a finding | same kind (counted) | of which allow-listed by value by the peer | other kind, unconfirmed (counted) | the peer says it is a key (not counted) | another key type really present (not counted) | generic finding on a provider rule (not counted) |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const t of results) {
    const c = t.causes;
    console.log(
      `| ${t.name} | ${t.falsePositives} | ${c['same-kind']} | ${t.allowlisted} | ${c.unconfirmed} | ${c['peer-says-key']} | ${c['other-type']} | ${c['generic-policy']} |`,
    );
  }
  for (const t of results) {
    for (const miss of t.misses.slice(0, Number(values.misses)))
      console.log(`MISS ${t.name} ${miss.rule} ${miss.path} ${JSON.stringify(miss.text)}`);
    for (const fp of t.fps.slice(0, Number(values.fps)))
      console.log(`FP ${t.name} ${fp.rule} ${fp.path} ${fp.detector} [${fp.verdict}] ${JSON.stringify(fp.text)}`);
  }
}
