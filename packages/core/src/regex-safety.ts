/**
 * Rejects patterns that can backtrack catastrophically on V8: a repeated group that itself contains a
 * quantifier — optional items included, since `(\w?\w?)+` and `(?:.?){40}` repeat them — or an alternation
 * (`(a+)+`, `(?:\w*x)*`, `(a{1,9}){2,}`, `(a|aa)+`), and backreferences. An optional group (`(…)?`) repeats
 * nothing and is fine. The built-in detectors are held to it (and to bounded quantifiers) by their tests;
 * user patterns run on a linear-time engine instead (`user-regex.ts`).
 */
export function unsafeRegexReason(source: string): string | undefined {
  if (/\\[1-9]|\\k</.test(source)) return 'backreferences are not allowed';
  const groups: boolean[] = []; // per open group: does it contain a quantifier?
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') groups.push(false);
    else if (c === '|' && groups.length > 0) groups[groups.length - 1] = true;
    else if (c === ')') {
      const hadQuantifier = groups.pop() ?? false;
      const quantified = isRepeatAt(source, i + 1);
      if (hadQuantifier && quantified)
        return `repeated group at offset ${i + 1} holds a quantifier or alternation and can backtrack exponentially`;
      if ((hadQuantifier || quantified) && groups.length > 0) groups[groups.length - 1] = true;
    } else if ((isRepeatAt(source, i) || isOptionalAt(source, i)) && groups.length > 0) {
      groups[groups.length - 1] = true;
    }
  }
  return undefined;
}

/** A quantifier that can match its operand more than once: `*`, `+`, `{n,m}` with m > 1, `{n,}`. */
function isRepeatAt(source: string, i: number): boolean {
  const c = source[i];
  if (c === '+' || c === '*') return source[i - 1] !== '(';
  if (c !== '{') return false;
  const brace = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
  if (!brace) return false;
  if (brace[2] === undefined) return Number(brace[1]) > 1;
  return brace[3] === '' || Number(brace[3]) > 1;
}

/** A `?` quantifier (not the `?` of `(?:`, `(?<name>` or a lazy `+?`). */
function isOptionalAt(source: string, i: number): boolean {
  return source[i] === '?' && source[i - 1] !== '(' && source[i - 1] !== '\\';
}
