import { describe, expect, it } from 'vitest';
import { joinLabel, labelName } from '../src/index.js';
import { generator } from './helpers/random.js';

const g = generator(11);

describe('labelName: names go into labels, quoted values do not', () => {
  it.each(['apiKey', 'x-api-key', '$client', '_token', 'Authorization'])('keeps the name %s', (name) => {
    expect(labelName(name)).toBe(name);
  });

  it('drops a key used as a property name, text that is not name-shaped, and very long names', () => {
    expect(labelName(`lmif_live_${g.chars(32)}`)).toBe('…');
    expect(labelName(`sk_live_${g.chars(24)}`)).toBe('…');
    expect(labelName('Bearer abc')).toBe('…');
    expect(labelName("a'b")).toBe('…');
    expect(labelName('x'.repeat(49))).toBe('…');
    expect(labelName('')).toBe('…');
  });

  it('joinLabel keeps the last pieces of a long chain', () => {
    expect(joinLabel(['getClient(…)', '.apiKey'])).toBe('getClient(…).apiKey');
    expect(joinLabel(['headers', "['x-api-key']"])).toBe("headers['x-api-key']");
    expect(joinLabel(['a'.repeat(30), '.b'.repeat(5), '.headers'], 20)).toBe('….b.b.b.b.b.headers');
    expect(joinLabel(['x'.repeat(60)], 20)).toBe('…');
  });
});

describe('redactKeys: the last line of defence for messages the tool does not write', () => {
  it('redacts every key the catalog finds, and leaves other text alone', async () => {
    const { redactKeys } = await import('../src/index.js');
    const key = `lmif_live_${g.chars(32)}`;
    const out = redactKeys(`Unexpected token in "${key}" at 3; and ${key}`);
    expect(out).not.toContain(key.slice(10, 20));
    expect(out).toContain('lmif_live_');
    expect(redactKeys('nothing here')).toBe('nothing here');
  });
});
