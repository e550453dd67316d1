import { describe, expect, it } from 'vitest';
import { isSecretName, scanText } from '../src/index.js';
import { define } from '../src/detectors/define.js';
import { providerWords, providerWordsOf } from '../src/detectors/provider-words.js';
import { generator } from './helpers/random.js';

// `<provider>_key` is a credential's name when the catalog knows the provider (`clarifai_key`, `coinapiKey`,
// `COINAPI_KEY`); a bare `key` after any other word is not (`cache_key`, `sort_key`, `primary_key`). The value
// still passes every generic value rule and the placeholder filter. Values are random, made at test time.

const { chars } = generator(1331);
const value = chars(32);

const generic = (text: string, path: string) =>
  scanText(text, { path })
    .filter((match) => match.detector.id === 'generic-secret')
    .map((match) => match.secret);

describe('provider words come from the catalog', () => {
  it("holds every provider's name, squeezed, and its name-and-context words", () => {
    const words = providerWords();
    for (const word of ['clarifai', 'coinapi', 'stripe', 'azure', 'salesforce', 'newrelic', 'twitter', 'aliyun'])
      expect(words.has(word), word).toBe(true);
  });

  it('holds no code vocabulary, format or credential word', () => {
    const words = providerWords();
    for (const word of ['cache', 'sort', 'primary', 'public', 'foreign', 'meta', 'shortcut', 'pem', 'url', 'api'])
      expect(words.has(word), word).toBe(false);
    expect([...words].filter((word) => /(?:key|token|secret)$/.test(word))).toEqual([]);
  });

  it("a detector's provider brings its word along", () => {
    const detector = define({
      id: 'widgetco-api-key',
      provider: 'Widget Co.',
      title: 'Widget Co. API key',
      matches: 'test',
      keywords: ['wco_'],
      pattern: /wco_[a-z]{8}/g,
      envName: 'WIDGETCO_API_KEY',
    });
    expect([...providerWordsOf([detector])]).toEqual(['widgetco']);
    expect(providerWords().has('widgetco')).toBe(false);
  });
});

describe('<provider>_key names', () => {
  it.each([
    ['YAML', `api:\n  clarifai_key: "${value}"\n`, 'config.yaml'],
    ['YAML, bare', `coinapi_key: ${value}\n`, 'settings.yml'],
    ['camel case in code', `const coinapiKey = "${value}";`, 'client.ts'],
    ['SCREAMING_SNAKE in .env', `COINAPI_KEY=${value}\n`, '.env'],
    ['a prefix before the provider', `self.my_salesforce_key = "${value}"`, 'client.py'],
    ['a provider spelt in two words', `NEW_RELIC_KEY=${value}\n`, '.env'],
    ['.properties', `azure.key=${value}\n`, 'application.properties'],
  ])('%s', (_label, text, path) => {
    expect(generic(text, path)).toEqual([value]);
  });

  it.each([
    ['cache_key', 'config.yaml'],
    ['sort_key', 'config.yaml'],
    ['primary_key', 'schema.yml'],
    ['public_key', 'config.yaml'],
    ['partition_key', 'table.yaml'],
    ['idempotency_key', 'request.yaml'],
    ['widget_key', 'config.yaml'],
    ['meta_key', 'wp.yaml'],
    ['shortcutKey', 'keys.yaml'],
    ['posthogKey', 'analytics.yaml'],
    ['MAPBOX_KEY', 'maps.yaml'],
    ['stripe_key_id', 'billing.yaml'],
  ])('%s is not a credential name', (name, path) => {
    expect(isSecretName(name)).toBe(false);
    expect(generic(`${name}: ${value}\n`, path)).toEqual([]);
  });

  it('a provider key name keeps the value rules and the placeholder filter', () => {
    for (const placeholder of ['your_stripe_key_here', 'xxxxxxxxxxxxxxxxxxxxxxxx', '<stripe-key>', 'sk_live_xxx'])
      expect(generic(`stripe_key: "${placeholder}"\n`, 'config.yaml'), placeholder).toEqual([]);
    // a path, a reference, a lower-case word: not values
    for (const other of ['./keys/stripe.pem', 'settings.STRIPE_KEY', 'production'])
      expect(generic(`stripe_key: "${other}"\n`, 'config.yaml'), other).toEqual([]);
    expect(generic(`stripe_key: "${value}"\n`, 'config.yaml')).toEqual([value]);
  });
});
