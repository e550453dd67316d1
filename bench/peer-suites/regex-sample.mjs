// A random string matching a regular expression, for the peer suites whose positives are written as
// "a secret matching this pattern" (gitleaks' `secrets.NewSecret(...)`). Covers the subset those
// patterns use: literals, escapes, classes, groups, alternation and quantifiers. Flags are ignored.

/** A seeded generator (mulberry32), so a run is reproducible. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const range = (from, to) =>
  Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) =>
    String.fromCharCode(from.charCodeAt(0) + i),
  );
const DIGITS = range('0', '9');
const WORD = [...range('a', 'z'), ...range('A', 'Z'), ...DIGITS, '_'];
const ESCAPES = { d: DIGITS, w: WORD, s: [' '] };

export function sampleRegex(source, random) {
  const parser = { source: source.replace(/^\(\?[a-z]+\)/, ''), at: 0 };
  const node = parseAlternation(parser);
  if (parser.at < parser.source.length) throw new Error(`unsupported regex: ${source}`);
  return generate(node, random);
}

function parseAlternation(p) {
  const options = [parseSequence(p)];
  while (p.source[p.at] === '|') {
    p.at++;
    options.push(parseSequence(p));
  }
  return { type: 'alt', options };
}

function parseSequence(p) {
  const items = [];
  while (p.at < p.source.length && p.source[p.at] !== '|' && p.source[p.at] !== ')') {
    const atom = parseAtom(p);
    if (atom) items.push(parseQuantifier(p, atom));
  }
  return { type: 'seq', items };
}

function parseAtom(p) {
  const c = p.source[p.at++];
  if (c === '(') {
    if (p.source[p.at] === '?') {
      const flags = /^\?[a-z]*(?::|\))/.exec(p.source.slice(p.at));
      if (!flags) throw new Error('unsupported group');
      p.at += flags[0].length;
      if (flags[0].endsWith(')')) return undefined;
    }
    const inner = parseAlternation(p);
    if (p.source[p.at++] !== ')') throw new Error('unbalanced group');
    return inner;
  }
  if (c === '[') return { type: 'set', chars: parseClass(p) };
  if (c === '\\') {
    const e = p.source[p.at++];
    if (e === 'b' || e === 'B' || e === 'A' || e === 'z') return undefined;
    return { type: 'set', chars: ESCAPES[e] ?? [e] };
  }
  if (c === '^' || c === '$') return undefined;
  if (c === '.') return { type: 'set', chars: WORD };
  return { type: 'set', chars: [c] };
}

function parseClass(p) {
  const chars = [];
  let negate = false;
  if (p.source[p.at] === '^') {
    negate = true;
    p.at++;
  }
  let first = true;
  while (p.at < p.source.length && (p.source[p.at] !== ']' || first)) {
    first = false;
    if (p.source.startsWith('[:alnum:]', p.at)) {
      chars.push(...WORD.filter((x) => x !== '_'));
      p.at += 9;
      continue;
    }
    let c = p.source[p.at++];
    if (c === '\\') {
      const e = p.source[p.at++];
      if (ESCAPES[e]) {
        chars.push(...ESCAPES[e]);
        continue;
      }
      c = e;
    }
    if (p.source[p.at] === '-' && p.source[p.at + 1] && p.source[p.at + 1] !== ']') {
      let to = p.source[p.at + 1];
      p.at += 2;
      if (to === '\\') to = p.source[p.at++];
      chars.push(...range(c, to));
    } else chars.push(c);
  }
  p.at++;
  if (negate) return WORD.filter((x) => !chars.includes(x));
  return chars;
}

function parseQuantifier(p, atom) {
  const c = p.source[p.at];
  let min = 1;
  let max = 1;
  if (c === '*' || c === '+' || c === '?') {
    p.at++;
    [min, max] = c === '*' ? [0, 8] : c === '+' ? [1, 8] : [0, 1];
  } else if (c === '{') {
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(p.source.slice(p.at));
    if (!m) return atom;
    p.at += m[0].length;
    min = Number(m[1]);
    max = m[2] ? (m[3] ? Number(m[3]) : min + 8) : min;
  } else return atom;
  if (p.source[p.at] === '?' || p.source[p.at] === '+') p.at++;
  return { type: 'repeat', atom, min, max };
}

function generate(node, random) {
  switch (node.type) {
    case 'alt':
      return generate(node.options[Math.floor(random() * node.options.length)], random);
    case 'seq':
      return node.items.map((item) => generate(item, random)).join('');
    case 'set':
      return node.chars[Math.floor(random() * node.chars.length)] ?? '';
    case 'repeat': {
      const count = node.min + Math.floor(random() * (node.max - node.min + 1));
      let out = '';
      for (let i = 0; i < count; i++) out += generate(node.atom, random);
      return out;
    }
  }
  throw new Error('bad node');
}
