// Reads the string values a Go test file builds (literals, `+`, fmt.Sprintf, []string{…}, append and the
// peers' own sample helpers), without running Go. Expressions it cannot evaluate throw Unsupported and
// their case is counted as skipped.

export class Unsupported extends Error {}

export function tokenize(source) {
  const tokens = [];
  let at = 0;
  while (at < source.length) {
    const c = source[at];
    if (/\s/.test(c)) {
      at++;
    } else if (source.startsWith('//', at)) {
      const end = source.indexOf('\n', at);
      at = end === -1 ? source.length : end;
    } else if (source.startsWith('/*', at)) {
      const end = source.indexOf('*/', at + 2);
      at = end === -1 ? source.length : end + 2;
    } else if (c === '"') {
      let end = at + 1;
      while (end < source.length && source[end] !== '"' && source[end] !== '\n') end += source[end] === '\\' ? 2 : 1;
      tokens.push({ type: 'string', value: unescape(source.slice(at + 1, end)), at });
      at = end + 1;
    } else if (c === '`') {
      const end = source.indexOf('`', at + 1);
      tokens.push({ type: 'string', value: source.slice(at + 1, end).replace(/\r/g, ''), at });
      at = end + 1;
    } else if (c === "'") {
      let end = at + 1;
      while (end < source.length && source[end] !== "'") end += source[end] === '\\' ? 2 : 1;
      tokens.push({ type: 'rune', value: unescape(source.slice(at + 1, end)), at });
      at = end + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(at, at + 200));
      tokens.push({ type: 'ident', value: m[0], at });
      at += m[0].length;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9][0-9a-fA-Fx_.]*/.exec(source.slice(at, at + 50));
      tokens.push({ type: 'number', value: m[0], at });
      at += m[0].length;
    } else {
      const op = ['...', ':=', '+=', '==', '!=', '&&', '||'].find((o) => source.startsWith(o, at)) ?? c;
      tokens.push({ type: 'punct', value: op, at });
      at += op.length;
    }
  }
  return tokens;
}

function unescape(body) {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (_, e) => {
    if (e[0] === 'x' || e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (/^[0-7]{3}$/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return { n: '\n', t: '\t', r: '\r', 0: '\0' }[e] ?? e;
  });
}

/** Parses and evaluates one expression at tokens[at]; returns { value, next }. */
export function evaluate(tokens, at, env, helpers) {
  const parser = { tokens, at, env, helpers };
  const value = parseSum(parser);
  return { value, next: parser.at };
}

const peek = (p, offset = 0) => p.tokens[p.at + offset];
const isPunct = (token, value) => token && token.type === 'punct' && token.value === value;

function expect(p, value) {
  if (!isPunct(peek(p), value)) throw new Unsupported(`expected ${value}`);
  p.at++;
}

function parseSum(p) {
  let value = parsePostfix(p);
  while (isPunct(peek(p), '+')) {
    p.at++;
    const right = parsePostfix(p);
    if (typeof value !== 'string' || typeof right !== 'string') throw new Unsupported('+ on non-strings');
    value += right;
  }
  return value;
}

function parsePostfix(p) {
  let value = parsePrimary(p);
  // []byte(...) conversions and string(...) are transparent; indexing and slicing are not supported.
  if (isPunct(peek(p), '[')) throw new Unsupported('index');
  return value;
}

function parsePrimary(p) {
  const token = peek(p);
  if (!token) throw new Unsupported('end');
  if (token.type === 'string') {
    p.at++;
    return token.value;
  }
  if (token.type === 'number') {
    p.at++;
    return Number(token.value);
  }
  if (isPunct(token, '(')) {
    p.at++;
    const value = parseSum(p);
    expect(p, ')');
    return value;
  }
  if (isPunct(token, '[')) {
    // []string{…} or []byte(…)
    expect(p, '[');
    expect(p, ']');
    const type = peek(p);
    p.at++;
    if (type?.value === 'byte' && isPunct(peek(p), '(')) {
      p.at++;
      const value = parseSum(p);
      expect(p, ')');
      return value;
    }
    if (type?.value !== 'string') throw new Unsupported('composite of non-strings');
    return parseList(p, '{', '}');
  }
  if (token.type === 'ident') {
    let name = token.value;
    p.at++;
    while (isPunct(peek(p), '.') && peek(p, 1)?.type === 'ident') {
      name += '.' + peek(p, 1).value;
      p.at += 2;
    }
    if (isPunct(peek(p), '(')) {
      const args = parseList(p, '(', ')', true);
      return call(p, name, args);
    }
    if (name === 'nil') return [];
    if (name === 'true' || name === 'false') return name === 'true';
    if (name in p.env) return p.env[name];
    throw new Unsupported(`unknown name ${name}`);
  }
  throw new Unsupported(`token ${token.value}`);
}

function parseList(p, open, close, allowSpread = false) {
  expect(p, open);
  const items = [];
  while (!isPunct(peek(p), close)) {
    const value = parseSum(p);
    if (allowSpread && isPunct(peek(p), '...')) {
      p.at++;
      items.push({ spread: value });
    } else items.push(value);
    if (isPunct(peek(p), ',')) p.at++;
    else if (!isPunct(peek(p), close)) throw new Unsupported('list');
  }
  p.at++;
  return allowSpread ? items : items;
}

function call(p, name, args) {
  const plain = args.map((arg) => (arg && typeof arg === 'object' && 'spread' in arg ? arg.spread : arg));
  const short = name.split('.').pop();
  if (short === 'append') {
    const [head, ...rest] = args;
    const out = [...asList(head)];
    for (const item of rest)
      out.push(...(item && typeof item === 'object' && 'spread' in item ? asList(item.spread) : [item]));
    return out;
  }
  if (name === 'fmt.Sprintf') return sprintf(String(plain[0]), plain.slice(1));
  if (name === 'string' || name === 'strings.TrimSpace') return String(plain[0]).trim();
  if (name === 'strings.Repeat') return String(plain[0]).repeat(Number(plain[1]));
  if (name === 'strings.ToUpper') return String(plain[0]).toUpperCase();
  if (name === 'strings.ToLower') return String(plain[0]).toLowerCase();
  if (name === 'strings.Join') return asList(plain[0]).join(String(plain[1]));
  const helper = p.helpers[short];
  if (helper) return helper(...plain);
  throw new Unsupported(`call ${name}`);
}

function asList(value) {
  if (Array.isArray(value)) return value;
  throw new Unsupported('not a list');
}

export function sprintf(format, args) {
  let i = 0;
  return format.replace(/%([-+# 0-9.]*)([svdqx%])/g, (_, __, verb) => {
    if (verb === '%') return '%';
    const arg = args[i++];
    if (arg === undefined || Array.isArray(arg)) throw new Unsupported('sprintf arg');
    return verb === 'q' ? JSON.stringify(String(arg)) : String(arg);
  });
}
