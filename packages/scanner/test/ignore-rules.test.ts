import { describe, expect, it } from 'vitest';
import { IgnoreRules, matchSegment } from '../src/ignore-rules.js';

const rules = (text: string) => new IgnoreRules(text);

describe('IgnoreRules (.gitignore outside a repository)', () => {
  it('matches names at any depth, anchored paths from its folder, and folders only with a trailing slash', () => {
    const set = rules('*.log\n/top.txt\nbuild/\ndocs/private.md\n# comment\n\n');
    expect(set.decide('a/b/debug.log', false)).toBe(true);
    expect(set.decide('top.txt', false)).toBe(true);
    expect(set.decide('sub/top.txt', false)).toBeUndefined();
    expect(set.decide('build', true)).toBe(true);
    expect(set.decide('build', false)).toBeUndefined();
    expect(set.decide('docs/private.md', false)).toBe(true);
    expect(set.decide('other/docs/private.md', false)).toBeUndefined();
    expect(set.decide('src/app.ts', false)).toBeUndefined();
  });

  it('lets the last matching rule decide, negations included', () => {
    const set = rules('*.env\n!keep.env\nsecret*\n!secret-ok.txt\n');
    expect(set.decide('x/a.env', false)).toBe(true);
    expect(set.decide('x/keep.env', false)).toBe(false);
    expect(set.decide('secret.txt', false)).toBe(true);
    expect(set.decide('secret-ok.txt', false)).toBe(false);
    expect(rules('!keep.env\n*.env\n').decide('keep.env', false)).toBe(true);
  });

  it('handles **, ?, classes and escapes', () => {
    const set = rules('src/**/gen-*.js\nf?.ts\nlog[0-9].txt\n\\#hash\n\\!bang\nlib/*/out\n');
    expect(set.decide('src/gen-1.js', false)).toBe(true);
    expect(set.decide('src/a/b/gen-1.js', false)).toBe(true);
    expect(set.decide('lib/gen-1.js', false)).toBeUndefined();
    expect(set.decide('a/f1.ts', false)).toBe(true);
    expect(set.decide('a/f12.ts', false)).toBeUndefined();
    expect(set.decide('log7.txt', false)).toBe(true);
    expect(set.decide('logx.txt', false)).toBeUndefined();
    expect(set.decide('#hash', false)).toBe(true);
    expect(set.decide('!bang', false)).toBe(true);
    expect(set.decide('lib/x/out', true)).toBe(true);
    expect(set.decide('lib/x/y/out', true)).toBeUndefined();
  });

  it('compiles 25,000 patterns once and answers for thousands of paths (literal, suffix and glob rules)', () => {
    const lines: string[] = [];
    for (let i = 0; i < 25_000; i++)
      lines.push(
        i % 4 === 0 ? `gen/out-${i}.js` : i % 4 === 1 ? `*.tmp${i}` : i % 4 === 2 ? `cache-${i}/` : `src/**/g${i}*.js`,
      );
    const set = rules(lines.join('\n'));
    expect(set.size).toBe(25_000);
    let ignored = 0;
    for (let d = 0; d < 40; d++) for (let f = 0; f < 50; f++) if (set.decide(`src/d${d}/f${f}.ts`, false)) ignored++;
    expect(ignored).toBe(0);
    expect(set.decide('gen/out-400.js', false)).toBe(true);
    expect(set.decide('x/y.tmp401', false)).toBe(true);
    expect(set.decide('a/cache-402', true)).toBe(true);
    expect(set.decide('src/a/g403-x.js', false)).toBe(true);
    expect(set.decide('src/a/g404-x.js', false)).toBeUndefined();
  });

  it('matches wildcards without backtracking (adversarial patterns over long names)', () => {
    const name = 'a'.repeat(20_000);
    expect(matchSegment('*a*a*a*a*a*a*a*a*a*a*b', name)).toBe(false);
    expect(matchSegment('*a*a*a*a*a*a*a*a*a*a', name)).toBe(true);
    const set = rules(`${'*a'.repeat(30)}b\n${'**/'.repeat(40)}x*y*z\n`);
    expect(set.decide(`${'d/'.repeat(300)}${name}`, false)).toBeUndefined();
  });
});
