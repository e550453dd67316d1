import { describe, expect, it } from 'vitest';
import { looksMinified, scanText } from '../src/index.js';
import { generator } from './helpers/random.js';

// Minified code as bundles ship it (keyward bundle scans it): shapes that look like credentials to a
// detector but are code.

const c = generator(2016).chars;

describe('detectors on minified code', () => {
  it('a URL polyfill copying fields (t.password=n.password,…) is not a connection string', () => {
    const code =
      'else if("?"==i)t.username=n.username,t.password=n.password,t.host=n.host,t.port=n.port,t.path=n.path.slice(),t.query="";';
    expect(scanText(code, { path: 'polyfills.js', minified: true })).toEqual([]);
    const fetch =
      'if(e===35){this.url.host=this.base.host;this.url.username=this.base.username;this.url.password=this.base.password;';
    expect(scanText(fetch, { path: 'node-fetch.js', minified: true })).toEqual([]);
  });

  it('a password that merely contains a dot is still a password', () => {
    const password = `${c(8)}.${c(8)}`;
    const code = `var s="Server=db;User ID=app;Password=${password};";`;
    expect(scanText(code, { path: 'chunk.js', minified: true }).map((match) => match.secret)).toEqual([password]);
  });

  it('a real connection string in a bundle is still reported', () => {
    const password = c(16);
    const code = `var s="Server=db.internal;Database=app;User ID=app;Password=${password};";`;
    expect(scanText(code, { path: 'chunk.js', minified: true }).map((match) => match.secret)).toEqual([password]);
  });
});

describe('looksMinified on bytes', () => {
  it('judges ASCII bytes as it judges their text, short, long and past its 64 KB sample', () => {
    const samples = [
      'short();',
      'a();\n'.repeat(1000),
      `var a=${'[1,2],'.repeat(1000)}0;`,
      `${'x=1;'.repeat(20000)}\n${'y();\n'.repeat(20000)}`,
      `${'y();\n'.repeat(20000)}${'x=1;'.repeat(20000)}`,
    ];
    for (const text of samples)
      expect([text.length, looksMinified(Buffer.from(text, 'latin1'))]).toEqual([text.length, looksMinified(text)]);
    expect(looksMinified(Buffer.from(samples[2]!, 'latin1'))).toBe(true);
    expect(looksMinified(Buffer.from(samples[1]!, 'latin1'))).toBe(false);
  });
});
