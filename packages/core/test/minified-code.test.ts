import { describe, expect, it } from 'vitest';
import { scanText } from '../src/index.js';
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
