// Random strings of a detector's shape, generated from its own regex: the subset the catalog uses
// (literals, escapes, classes, groups, alternation, bounded quantifiers; look-arounds generate nothing).
// Used by the no-drop property test: every string generated here is a key of that shape.

type Node =
  | { kind: 'chars'; chars: string }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'group'; node: Node; name?: string }
  | { kind: 'repeat'; node: Node; min: number; max: number }
  | { kind: 'empty' };

const PRINTABLE = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).join('');
const DIGITS = '0123456789';
const WORD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_';

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at < this.source.length) throw new Error(`unparsed regex tail at ${this.at}: ${this.source}`);
    return node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return { kind: 'seq', items };
  }

  private atom(): Node {
    const c = this.source[this.at]!;
    if (c === '(') return this.group();
    if (c === '[') return { kind: 'chars', chars: this.charClass() };
    if (c === '.') {
      this.at++;
      return { kind: 'chars', chars: PRINTABLE };
    }
    if (c === '^' || c === '$') {
      this.at++;
      return { kind: 'empty' };
    }
    if (c === '\\') {
      const escaped = this.escape();
      return escaped === '' ? { kind: 'empty' } : { kind: 'chars', chars: escaped };
    }
    this.at++;
    return { kind: 'chars', chars: c };
  }

  private group(): Node {
    this.at++; // (
    let name: string | undefined;
    let lookaround = false;
    if (this.source[this.at] === '?') {
      const rest = this.source.slice(this.at);
      if (rest.startsWith('?:')) this.at += 2;
      else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
        this.at += 3;
        lookaround = true;
      } else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        this.at += 2;
        lookaround = true;
      } else if (rest.startsWith('?<')) {
        const close = this.source.indexOf('>', this.at);
        name = this.source.slice(this.at + 2, close);
        this.at = close + 1;
      }
    }
    const node = this.alternation();
    if (this.source[this.at] !== ')') throw new Error(`unclosed group in ${this.source}`);
    this.at++;
    if (lookaround) return { kind: 'empty' };
    return name === undefined ? { kind: 'group', node } : { kind: 'group', node, name };
  }

  private quantified(atom: Node): Node {
    const c = this.source[this.at];
    let min = 1;
    let max = 1;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, 8];
    else if (c === '+') [min, max] = [1, 8];
    else if (c === '{') {
      const brace = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.at));
      if (!brace) return atom;
      min = Number(brace[1]);
      max = brace[2] === undefined ? min : brace[3] === '' ? min + 8 : Number(brace[3]);
      this.at += brace[0].length - 1;
    } else return atom;
    this.at++;
    if (this.source[this.at] === '?') this.at++; // lazy: same strings
    return { kind: 'repeat', node: atom, min, max };
  }

  /** An escape outside a class: its characters, or '' for assertions such as `\b`. */
  private escape(): string {
    const c = this.source[this.at + 1]!;
    this.at += 2;
    if (c === 'd') return DIGITS;
    if (c === 'w') return WORD;
    if (c === 's') return ' ';
    if (c === 'b' || c === 'B') return '';
    if (c === 'n') return '\n';
    if (c === 'r') return '\r';
    if (c === 't') return '\t';
    if (c === 'x') {
      const hex = this.source.slice(this.at, this.at + 2);
      this.at += 2;
      return String.fromCharCode(parseInt(hex, 16));
    }
    if (c === 'u') {
      const hex = this.source.slice(this.at, this.at + 4);
      this.at += 4;
      return String.fromCharCode(parseInt(hex, 16));
    }
    return c;
  }

  private charClass(): string {
    this.at++; // [
    let negated = false;
    if (this.source[this.at] === '^') {
      negated = true;
      this.at++;
    }
    const members = new Set<string>();
    let first = true;
    while (this.at < this.source.length && (this.source[this.at] !== ']' || first)) {
      first = false;
      let from: string;
      if (this.source[this.at] === '\\') {
        const escaped = this.escape();
        if (escaped.length !== 1) {
          for (const ch of escaped) members.add(ch);
          continue;
        }
        from = escaped;
      } else {
        from = this.source[this.at]!;
        this.at++;
      }
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']' && this.at + 1 < this.source.length) {
        this.at++;
        const to = this.source[this.at] === '\\' ? this.escape() : this.source[this.at++]!;
        for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) members.add(String.fromCharCode(code));
      } else {
        members.add(from);
      }
    }
    this.at++; // ]
    if (!negated) return [...members].join('');
    return [...PRINTABLE].filter((ch) => !members.has(ch)).join('');
  }
}

export interface Shape {
  /** A random string the regex matches (look-arounds aside). */
  readonly generate: (next: () => number) => string;
}

const cache = new Map<string, Node>();

/** A generator for `source`, or for its named group `secret` when `secretOnly` and the group exists. */
export function shapeOf(source: string, secretOnly = true): Shape {
  let root = cache.get(source);
  if (!root) {
    root = new Parser(source).parse();
    cache.set(source, root);
  }
  const target = (secretOnly && findGroup(root, 'secret')) || root;
  return { generate: (next) => emit(target, next) };
}

function findGroup(node: Node, name: string): Node | undefined {
  switch (node.kind) {
    case 'group':
      return node.name === name ? node.node : findGroup(node.node, name);
    case 'seq':
      for (const item of node.items) {
        const found = findGroup(item, name);
        if (found) return found;
      }
      return undefined;
    case 'alt':
      for (const option of node.options) {
        const found = findGroup(option, name);
        if (found) return found;
      }
      return undefined;
    case 'repeat':
      return findGroup(node.node, name);
    default:
      return undefined;
  }
}

function emit(node: Node, next: () => number): string {
  switch (node.kind) {
    case 'chars':
      return node.chars[Math.floor(next() * node.chars.length)]!;
    case 'seq':
      return node.items.map((item) => emit(item, next)).join('');
    case 'alt':
      return emit(node.options[Math.floor(next() * node.options.length)]!, next);
    case 'group':
      return emit(node.node, next);
    case 'repeat': {
      const count = node.min + Math.floor(next() * (node.max - node.min + 1));
      let out = '';
      for (let i = 0; i < count; i++) out += emit(node.node, next);
      return out;
    }
    case 'empty':
      return '';
  }
}
