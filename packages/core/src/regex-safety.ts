/**
 * Rejects user patterns that can backtrack catastrophically: a quantified group that itself contains
 * a quantifier (`(a+)+`, `(?:\w*x?)*`), and backreferences. Built-in detectors are held to a stricter
 * rule by their tests: every quantifier bounded.
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
    else if (c === ')') {
      const hadQuantifier = groups.pop() ?? false;
      const quantified = isQuantifierAt(source, i + 1);
      if (hadQuantifier && quantified) return `nested quantifier at offset ${i + 1} can backtrack exponentially`;
      if ((hadQuantifier || quantified) && groups.length > 0) groups[groups.length - 1] = true;
    } else if (isQuantifierAt(source, i) && groups.length > 0) {
      groups[groups.length - 1] = true;
    }
  }
  return undefined;
}

function isQuantifierAt(source: string, i: number): boolean {
  const c = source[i];
  return c === '+' || c === '*' || c === '?' ? c !== '?' || source[i - 1] !== '(' : c === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(i, i + 12));
}
