import { describe, expect, it } from 'vitest';
import { scanText } from '../src/index.js';
import { randomAirtableOauthToken, randomJenkinsSecret, randomNgcLegacyKey } from './helpers/random-keys.js';
import { generator } from './helpers/random.js';

// Formats whose body is decoded to confirm them (`detectors/encoded-keys.ts`), EdDSA-signed JWTs, and the
// context rows of Sendbird and X. Keys are made at test time from a seeded generator.

const g = generator(2613);
const ids = (text: string, path: string) => scanText(text, { path }).map((match) => match.detector.id);
const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

describe('keys confirmed by decoding their body', () => {
  it('an Airtable OAuth token is reported whole, its claims decoded', () => {
    const token = randomAirtableOauthToken(g.next);
    const [match] = scanText(`headers: { Authorization: \`Bearer ${token}\` },\n`, { path: 'client.ts' });
    expect(match?.detector.id).toBe('airtable-oauth-token');
    expect(match?.secret).toBe(token);
    expect(match?.detector.environment).toBeUndefined();
  });

  it('an NGC legacy key needs both the NGC word and the decoded `<26>:<id>` shape', () => {
    const key = randomNgcLegacyKey(g.next);
    expect(ids(`NGC_CLI_API_KEY=${key}\n`, '.env')).toEqual(['nvidia-ngc-legacy-api-key']);
    // the same shape far from any NGC word, and an 84-character run that decodes to something else
    expect(ids(`hash: ${key}\n`, 'notes.txt')).toEqual([]);
    expect(ids(`ngc token: ${g.chars(84)}\n`, 'notes.txt')).not.toContain('nvidia-ngc-legacy-api-key');
  });

  it('a Jenkins encrypted value is one base64 run of a version-1 Secret; the readable template form is not', () => {
    const body = randomJenkinsSecret(g.next);
    const [match] = scanText(`<secret>{${body}}</secret>\n`, { path: 'credentials.xml' });
    expect(match?.detector.id).toBe('jenkins-encrypted-secret');
    expect(match?.secret).toBe(body);
    expect(match?.detector.severity).toBe('medium');
    expect(ids(`<secret>{AQAAABAAA ${g.chars(32)}}</secret>\n`, 'credentials.xml')).not.toContain(
      'jenkins-encrypted-secret',
    );
  });
});

describe('webhook URLs and JWTs', () => {
  const lowernum = 'abcdefghijklmnopqrstuvwxyz0123456789';

  it('a Tines webhook URL with its path and secret is reported; one without the secret is not', () => {
    const path = g.chars(32, lowernum);
    const secret = g.chars(32, lowernum);
    expect(ids(`url: https://acme-sec.tines.com/webhook/${path}/${secret}\n`, 'config.yaml')).toEqual([
      'tines-webhook-url',
    ]);
    expect(ids(`url: https://acme-sec.tines.com/webhook/${path}\n`, 'config.yaml')).toEqual([]);
  });

  it('a Zapier catch hook is `<account id>/<hook id>`', () => {
    const url = `https://hooks.zapier.com/hooks/catch/${g.chars(7, '0123456789')}/${g.chars(7, lowernum)}/`;
    expect(ids(`ZAPIER_HOOK=${url}\n`, '.env')).toEqual(['zapier-webhook-url']);
  });

  it('an EdDSA-signed JWT is a JWT', () => {
    const header = b64url(JSON.stringify({ alg: 'EdDSA', typ: 'JWT' }));
    const claims = b64url(JSON.stringify({ sub: g.chars(12), iat: 1_760_000_000, scope: 'deploy' }));
    const signature = b64url(Buffer.from(Array.from({ length: 64 }, () => g.int(256))));
    expect(ids(`${header}.${claims}.${signature}\n`, 'notes.txt')).toEqual(['jwt']);
  });
});

describe('provider word and credential word before a prefix-less secret', () => {
  it('a Sendbird token after `sendbird` and `token`', () => {
    expect(ids(`sendbird token - '${g.chars(40, '0123456789abcdef')}'\n`, 'notes.txt')).toEqual([
      'sendbird-api-token-in-context',
    ]);
    // a commit SHA beside the word, with no credential word
    expect(ids(`sendbird sdk bumped in ${g.chars(40, '0123456789abcdef')}\n`, 'CHANGELOG.md')).toEqual([]);
  });

  it('an X consumer secret after `twitter` and `secret`', () => {
    expect(ids(`twitter consumer secret: ${g.chars(50)}\n`, 'notes.md')).toEqual(['twitter-api-secret-in-context']);
    expect(ids(`twitter consumer secret: ${g.chars(49)}\n`, 'notes.md')).not.toContain('twitter-api-secret-in-context');
  });
});
