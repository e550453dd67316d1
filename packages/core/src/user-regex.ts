// Regexes from the user's configuration (custom detectors, allow-list `/regex/`s) run on RE2JS, a linear-time
// engine, never on V8's backtracking one: no syntactic check catches every pattern that backtracks
// (`acme_(\w?\w?)+!` and `acme_(?:.?){40}!` hang V8 on 30 characters; `\w+\w+x` is quadratic), and a config
// comes from the repository being scanned. RE2 syntax: no backreferences, no look-ahead; look-behind works.
// Measured in bench/RESULTS.md ("Custom and allow-list regexes"). The engine loads on first use only, so
// the ESLint plugin and configs without such regexes never pay for it.

import type { RE2JS as Engine } from 're2js';
import { re2js } from './lazy/re2js.js';

function re2(): typeof Engine {
  return re2js().RE2JS;
}

/** Why a user regex cannot be used (`is rejected: …`, `does not compile: …`); never quotes the pattern. */
export class UserRegexError extends Error {}

export interface UserRegex {
  /** Whether the pattern matches somewhere in `text`. */
  test(text: string): boolean;
  /** Matches in `text.slice(from, to)`, as offsets into `text`; a `secret` group narrows the span. */
  matches(text: string, from: number, to: number): Iterable<{ start: number; end: number }>;
}

/**
 * Compiles a user pattern. `flags` are JS regex flags: `i`, `m`, `s` carry over; `g` and `y` (which make a
 * JS `test` stateful) and `u`, `d` mean nothing here and are dropped.
 */
export function compileUserRegex(source: string, flags = ''): UserRegex {
  if (/\\[1-9]|\\k</.test(source))
    throw new UserRegexError('is rejected: backreferences are not supported (RE2 syntax)');
  if (/\(\?[=!]/.test(source))
    throw new UserRegexError(
      'is rejected: look-ahead is not supported (RE2 syntax); end the pattern with \\b or a character class',
    );
  const RE2 = re2();
  let bits = RE2.LOOKBEHINDS;
  for (const flag of flags) {
    if (flag === 'i') bits |= RE2.CASE_INSENSITIVE;
    else if (flag === 'm') bits |= RE2.MULTILINE;
    else if (flag === 's') bits |= RE2.DOTALL;
    else if (!'gyud'.includes(flag)) throw new UserRegexError(`is rejected: flag "${flag}" is not supported`);
  }
  let compiled: Engine;
  try {
    compiled = RE2.compile(source, bits);
  } catch (error) {
    // RE2JS quotes the offending fragment after a colon; the fragment may be part of a secret in an allow list
    const reason = (error as Error).message.replace(/^error parsing regexp: /, '').replace(/:\s*`[\s\S]*$/, '');
    throw new UserRegexError(`does not compile (RE2 syntax): ${reason}`);
  }
  const secretGroup = 'secret' in compiled.namedGroups();
  return {
    test: (text) => compiled.test(text),
    *matches(text, from, to) {
      const slice = text.slice(from, to);
      const matcher = compiled.matcher(slice);
      let at = 0;
      while (at <= slice.length && matcher.find(at)) {
        const start = matcher.start();
        const end = matcher.end();
        const span = secretGroup ? { start: matcher.start('secret'), end: matcher.end('secret') } : { start, end };
        if (span.start >= 0 && span.end > span.start) yield { start: from + span.start, end: from + span.end };
        at = end > start ? end : start + 1;
      }
    },
  };
}
