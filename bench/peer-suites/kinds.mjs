// Which of Keyward's findings a peer's negative is about. gitleaks and trufflehog test each rule's
// negatives against that rule alone, and secretlint's `ok.*` snapshots and semgrep's `ok:` lines against one
// rule too: a negative of the Cloudflare API-token rule that holds a Cloudflare global key says "the token
// rule must not fire here", not "there is no key here". So a negative counts as a false positive of the
// rule's kind only when a Keyward finding is of the kind the peer's rule is about; findings of another kind
// are judged apart, and the harness prints each with its cause.
//
// Causes (one per negative with findings, the first that applies, in this order):
//   same-kind        a finding of the rule's kind                                        counted
//   unconfirmed      a provider finding of another kind, not shown to be a real key      counted
//   peer-says-key    the peer's own source calls the value a key it misses (by hand), or  not counted
//                    names the case "valid pattern - …" (trufflehog: a valid key it declines to report
//                    because its keyword is out of range, or half of a pair is missing)
//   other-type       a provider finding of another kind whose secret the same peer's     not counted
//                    positives (any rule) hold, or that a hand note names
//   generic-policy   only generic / URL / connection-string / bare-JWT findings, for a   not counted
//                    provider rule (a random value assigned to `API_KEY` is reported by policy)
// A same-kind finding whose secret the peer's rule allow-lists by value (gitleaks `Allowlists`) is counted
// and flagged `allow-listed`, so the table can show it.

const NOT_PROVIDER = new Set(['Generic', 'URL', 'Connection string', 'JSON Web Token']);
const norm = (text) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
const URL_KINDS = (m) => m.detector.provider === 'URL' || m.detector.provider === 'Connection string';
const ANY = () => true;
const ids =
  (...list) =>
  (m) =>
    list.includes(m.detector.id);

/**
 * Peer rules whose kind the provider-name rule below would get wrong: generic rules (any finding is of
 * their kind), URL/JWT rules, and one key type of a provider Keyward has several detectors for.
 */
const RULE_KINDS = {
  gitleaks: {
    'generic-api-key': ANY,
    'cloudflare-api-key': ids('cloudflare-api-token'),
    'cloudflare-global-api-key': ids('cloudflare-global-api-key'),
    'cloudflare-origin-ca-key': ids('cloudflare-origin-ca-key'),
    'gcp-api-key': (m) => m.detector.provider === 'Google' || m.detector.provider === 'Firebase',
    'jwt-base64': (m) => m.detector.provider === 'JSON Web Token',
    'curl-auth-user': (m) => m.detector.id.startsWith('curl-') || URL_KINDS(m),
    'curl-auth-header': (m) => m.detector.id.startsWith('curl-'),
    'private-key': (m) => /private-key/.test(m.detector.id),
  },
  trufflehog: {
    gitlaboauth2: ids('gitlab-oauth-app-secret'),
    openaiadmin: (m) => m.detector.provider === 'OpenAI' && m.secret.startsWith('sk-admin-'),
    jwt: (m) => m.detector.provider === 'JSON Web Token',
    postgres: URL_KINDS,
    redis: URL_KINDS,
    uri: URL_KINDS,
    ftp: URL_KINDS,
    ldap: URL_KINDS,
    jdbc: URL_KINDS,
    mongodb: URL_KINDS,
    privatekey: (m) => /private-key/.test(m.detector.id),
  },
  secretlint: {
    basicauth: URL_KINDS,
    'database-connection-string': URL_KINDS,
    'secp256k1-privatekey': (m) => /private-key/.test(m.detector.id),
  },
  semgrep: {
    'generic-api-key': ANY,
    'detected-generic-api-key': ANY,
    'detected-generic-secret': ANY,
    'detected-jwt-token': (m) => m.detector.provider === 'JSON Web Token',
    'detected-username-and-password-in-uri': URL_KINDS,
    'detected-ssh-password': ANY,
    'detected-private-key': (m) => /private-key/.test(m.detector.id),
  },
};

/**
 * Negatives judged by hand, each with the reason (matched on the rule and the finding's secret prefix; never
 * the secret itself). `key: true`: the peer's source itself says the value is a real key.
 */
const NOTES = {
  secretlint: [
    {
      rule: 'gcp',
      secret: /^pkcs12-keystore:/,
      reason:
        "a PKCS#12 keystore whose MAC does not verify with Google's password (another password, no MAC, or too many iterations to check): not a Google key, but a committed private-key container, reported as that type",
    },
  ],
  gitleaks: [
    {
      rule: 'mailchimp-api-key',
      secret: /^[0-9a-f]{32}-us\d\d$/,
      peerSaysKey: true,
      reason: "gitleaks' rule file lists it under a `// False Negative` comment: a real key its regex misses",
    },
  ],
  trufflehog: [
    {
      rule: 'openaiadmin',
      secret: /^sk-(?:proj-)?[A-Za-z0-9]{10,}T3BlbkFJ/,
      reason: 'a regular OpenAI API key (the case says so), reported as that type',
    },
    {
      rule: 'gitlaboauth2',
      secret: /^glpat-/,
      reason: 'a GitLab personal access token under `client_secret`, reported as that type',
    },
  ],
};

/** The peer rule's kind, as a predicate on a Keyward finding. */
export function kindOf(suite, rule) {
  const table = RULE_KINDS[suite] ?? {};
  if (Object.hasOwn(table, rule)) return table[rule];
  const r = norm(rule.replace(/^detected-/, ''));
  return (m) => {
    if (NOT_PROVIDER.has(m.detector.provider)) return false;
    const id = norm(m.detector.id);
    const provider = norm(m.detector.provider);
    const words = m.detector.provider
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length >= 3);
    return (
      r.startsWith(provider) ||
      provider.startsWith(r) ||
      words.some((word) => r.startsWith(word)) ||
      id.startsWith(r) ||
      r.startsWith(id)
    );
  };
}

/**
 * Judge one negative's findings. `positives` is the peer suite's positive texts (for "another key type
 * really present"), `allowlist` the peer rule's allow-list regexes (gitleaks), if any.
 */
export function judgeNegative(suite, rule, matches, positives, allowlist = [], caseName = undefined) {
  if (matches.length === 0) return undefined;
  const ofKind = kindOf(suite, rule);
  const notes = (NOTES[suite] ?? []).filter((note) => note.rule === rule);
  const noted = (m) => notes.find((note) => note.secret.test(m.secret));
  const same = matches.filter((m) => ofKind(m));
  const peerValid = caseName !== undefined && /^valid/i.test(caseName);
  const peerSays = (m) => noted(m)?.peerSaysKey || (peerValid && ofKind(m));
  const sameNotNoted = same.filter((m) => !peerSays(m));
  if (sameNotNoted.length > 0) {
    const m = sameNotNoted[0];
    return {
      cause: 'same-kind',
      counted: true,
      match: m,
      allowlisted: allowlist.some((re) => re.test(m.secret)),
    };
  }
  const provider = matches.filter((m) => !NOT_PROVIDER.has(m.detector.provider) && !ofKind(m));
  const confirmed = (m) => noted(m) || positives.some((text) => text.includes(m.secret));
  const unconfirmed = provider.find((m) => !confirmed(m));
  if (unconfirmed) return { cause: 'unconfirmed', counted: true, match: unconfirmed };
  const sayKey = same.find(peerSays);
  if (sayKey)
    return {
      cause: 'peer-says-key',
      counted: false,
      match: sayKey,
      reason: noted(sayKey)?.reason ?? `the peer names the case "${caseName}"`,
    };
  if (provider.length > 0) {
    const m = provider[0];
    return {
      cause: 'other-type',
      counted: false,
      match: m,
      reason: noted(m)?.reason ?? `the secret is a positive of the same peer's tests (${m.detector.id})`,
    };
  }
  return { cause: 'generic-policy', counted: false, match: matches[0] };
}

export const CAUSES = ['same-kind', 'unconfirmed', 'peer-says-key', 'other-type', 'generic-policy'];

/** Go regexes of gitleaks' allow-lists, as JS regexes (the few Go-only constructs are skipped). */
export function toRegExps(sources) {
  const out = [];
  for (const source of sources) {
    try {
      out.push(new RegExp(source.replace(/^\(\?i\)/, ''), source.startsWith('(?i)') ? 'i' : ''));
    } catch {
      // a Go-only construct: that entry is not used
    }
  }
  return out;
}
