import { describe, expect, it } from 'vitest';
import { canonicalQuery, sha256Hex, sign, signingKey, uriEncode } from '../src/verifiers/sigv4.js';

// AWS's published Signature Version 4 test suite (aws-sig-v4-test-suite): every case signs with the example
// credentials below, region us-east-1, service "service", at 2015-08-30T12:36:00Z, for host
// example.amazonaws.com. The expected values are the suite's published canonical-request hashes, string-to-sign
// hashes and signatures; the requests are restated here from the suite's descriptions.
const SUITE = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  region: 'us-east-1',
  service: 'service',
};
const AT = new Date('2015-08-30T12:36:00Z');
const HOST = 'example.amazonaws.com';
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

function signed(method: string, target: string, headers: Record<string, string> = {}, body = '') {
  const [path, query = ''] = target.split('?') as [string, string?];
  return sign({ method, path, query, headers, body, host: HOST }, SUITE, AT);
}

describe('SigV4 against the AWS test suite', () => {
  it('get-vanilla: canonical request, string to sign, signature and header', () => {
    const result = signed('GET', '/');
    expect(result.canonicalRequest).toBe(
      ['GET', '/', '', `host:${HOST}`, 'x-amz-date:20150830T123600Z', '', 'host;x-amz-date', EMPTY].join('\n'),
    );
    expect(result.stringToSign).toBe(
      [
        'AWS4-HMAC-SHA256',
        '20150830T123600Z',
        '20150830/us-east-1/service/aws4_request',
        'bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63',
      ].join('\n'),
    );
    expect(result.signature).toBe('5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31');
    expect(result.headers['authorization']).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
    expect(result.headers['x-amz-date']).toBe('20150830T123600Z');
  });

  it('post-vanilla', () => {
    expect(signed('POST', '/').signature).toBe('5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b');
  });

  it('get-vanilla-query-order-key-case: parameters sorted by name', () => {
    const result = signed('GET', '/?Param2=value2&Param1=value1');
    expect(result.canonicalRequest.split('\n')[2]).toBe('Param1=value1&Param2=value2');
    expect(sha256Hex(result.canonicalRequest)).toBe('816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0');
    expect(result.signature).toBe('b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500');
  });

  it('get-vanilla-query-order-value: equal names sorted by value', () => {
    expect(signed('GET', '/?Param1=value2&Param1=value1').signature).toBe(
      '5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694',
    );
  });

  it('get-unreserved: unreserved characters stay as they are', () => {
    expect(signed('GET', '/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz').signature).toBe(
      '07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f',
    );
  });

  it('get-header-value-trim: header values trimmed, inner whitespace collapsed', () => {
    const result = signed('GET', '/', { 'My-Header1': ' value1', 'My-Header2': ' "a   b   c"' });
    expect(result.canonicalRequest).toContain('my-header1:value1\nmy-header2:"a b c"\n');
    expect(result.signature).toBe('acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736');
  });

  it('post-x-www-form-urlencoded: the body is hashed into the canonical request', () => {
    const result = signed('POST', '/', { 'Content-Type': 'application/x-www-form-urlencoded' }, 'Param1=value1');
    expect(result.canonicalRequest.split('\n').at(-1)).toBe(
      '9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e',
    );
    expect(sha256Hex(result.canonicalRequest)).toBe('42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281');
    expect(result.signature).toBe('ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a');
    expect(result.headers['authorization']).toContain('SignedHeaders=content-type;host;x-amz-date,');
  });

  it('a changed secret, date, region or body changes the signature', () => {
    const base = signed('POST', '/', {}, 'a=1').signature;
    expect(
      sign({ method: 'POST', path: '/', query: '', headers: {}, body: 'a=2', host: HOST }, SUITE, AT).signature,
    ).not.toBe(base);
    expect(
      sign(
        { method: 'POST', path: '/', query: '', headers: {}, body: 'a=1', host: HOST },
        { ...SUITE, region: 'eu-west-1' },
        AT,
      ).signature,
    ).not.toBe(base);
    expect(
      sign(
        { method: 'POST', path: '/', query: '', headers: {}, body: 'a=1', host: HOST },
        SUITE,
        new Date('2015-08-31T00:00:00Z'),
      ).signature,
    ).not.toBe(base);
  });
});

describe('SigV4 building blocks', () => {
  it('derives the signing key of AWS’s documented example (secret, 20120215, us-east-1, iam)', () => {
    expect(signingKey('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', '20120215', 'us-east-1', 'iam').toString('hex')).toBe(
      'f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d',
    );
  });

  it('encodes everything but unreserved characters, with upper-case hex', () => {
    expect(uriEncode("a b*'()!~-._")).toBe('a%20b%2A%27%28%29%21~-._');
    expect(uriEncode('ሴ')).toBe('%E1%88%B4');
  });

  it('canonicalises an empty query and parameters without values', () => {
    expect(canonicalQuery('')).toBe('');
    expect(canonicalQuery('b&a=1')).toBe('a=1&b=');
  });
});
