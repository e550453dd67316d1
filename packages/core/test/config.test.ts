import { describe, expect, it } from 'vitest';
import { ConfigError, unsafeRegexReason, validateConfig } from '../src/index.js';

const FILE = 'keyward.config.json';

describe('validateConfig', () => {
  it('accepts a full config', () => {
    const config = validateConfig(
      {
        $schema: './schema.json',
        ignore: ['**/fixtures/**'],
        disable: ['jwt'],
        allow: { 'generic-secret': ['/^test-/'] },
        detectors: [{ id: 'acme-token', regex: 'acme_[a-z]{8}', keywords: ['acme_'] }],
        maxFileSize: 1000,
        failOn: 'medium',
        baseline: 'keyward-baseline.json',
      },
      FILE,
    );
    expect(config.failOn).toBe('medium');
    expect(config.maxFileSize).toBe(1000);
  });

  it('disables a binary-file detector by its id', () => {
    expect(validateConfig({ disable: ['pkcs12-keystore'] }, FILE).disable).toEqual(['pkcs12-keystore']);
  });

  it.each([
    [[], '', 'must be an object'],
    [{ ignroe: [] }, 'ignroe', 'is not a known option'],
    [{ ignore: 'src' }, 'ignore', 'must be an array of strings'],
    [{ disable: ['no-such-detector'] }, 'disable[0]', 'names no detector'],
    [{ allow: { nope: ['x'] } }, 'allow.nope', 'names no detector'],
    [{ allow: { jwt: 'x' } }, 'allow.jwt', 'must be a list of strings'],
    [{ allow: { jwt: ['/a(?=b)/'] } }, 'allow.jwt[0]', 'is not a valid /regex/'],
    [{ allow: { jwt: ['/a/x'] } }, 'allow.jwt[0]', 'is not a valid /regex/'],
    [{ maxFileSize: -1 }, 'maxFileSize', 'positive integer'],
    [{ failOn: 'critical' }, 'failOn', 'must be one of'],
    [{ detectors: [{ id: 'Bad Id', regex: 'x', keywords: ['x'] }] }, 'detectors[0].id', 'kebab-case'],
    [{ detectors: [{ id: 'a', regex: '(', keywords: ['x'] }] }, 'detectors[0].regex', 'does not compile'],
    [{ detectors: [{ id: 'a', regex: '(a)\\1', keywords: ['a'] }] }, 'detectors[0].regex', 'is rejected'],
    [{ detectors: [{ id: 'a', regex: 'a', keywords: [] }] }, 'detectors[0].keywords', 'at least one'],
    [
      { detectors: [{ id: 'a', regex: 'a', keywords: ['a'], colour: 'red' }] },
      'detectors[0].colour',
      'not a known detector option',
    ],
  ])('rejects %j naming the key', (raw, key, problem) => {
    let error: unknown;
    try {
      validateConfig(raw, FILE);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).key).toBe(key);
    expect((error as Error).message).toContain(FILE);
    expect((error as Error).message).toContain(problem);
  });
});

describe('unsafeRegexReason', () => {
  it.each(['(a+)+', '(?:\\w*x)*', '([a-z]{1,9}){2,}', '(a|aa)+b', '(.)\\1', 'acme_(\\w?\\w?)+!', 'acme_(?:.?){40}!'])(
    'rejects %s',
    (source) => {
      expect(unsafeRegexReason(source)).toBeDefined();
    },
  );
  it.each(['acme_[a-z0-9]{24}', '(?:foo|bar)_[A-Z]+', 'x(?:\\.[a-z]{2})?', '[(a+)+]'])('accepts %s', (source) => {
    expect(unsafeRegexReason(source)).toBeUndefined();
  });
});
