// Samples for the table-driven detectors, derived from each entry's declared shape (`detectors/table.ts`):
// real-shaped positives, near misses (one character short or long, a character outside the alphabet, a
// placeholder, the key glued to a word, the value under an unrelated name) and adversarial inputs. Keys are
// random strings of the declared alphabet made at test time; none is anybody's key.
import { ALPHABETS, partsOf, tableSpecs, type Part, type Run, type TokenSpec } from '../../src/detectors/table.js';
import type { DetectorSamples, Positive } from './samples.js';

type Chars = (length: number, charset?: string) => string;

const expanded = new Map<string, string>();

/** The characters of an alphabet's regex class body (`a-f0-9` → `abcdef0123456789`). */
export function alphabetChars(alphabet: Run['alphabet']): string {
  let chars = expanded.get(alphabet);
  if (chars !== undefined) return chars;
  const body = ALPHABETS[alphabet];
  chars = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i + 1] === '-' && i + 2 < body.length) {
      for (let c = body.charCodeAt(i); c <= body.charCodeAt(i + 2); c++) chars += String.fromCharCode(c);
      i += 2;
    } else chars += body[i];
  }
  expanded.set(alphabet, chars);
  return chars;
}

type Lengths = 'min' | 'max' | 'mid';

function runText(part: Run, chars: Chars, lengths: Lengths, delta = 0): string {
  const base = lengths === 'min' ? part.min : lengths === 'max' ? part.max : Math.min(part.max, part.min + 3);
  const length = base + delta;
  if (length <= 0) return '';
  if (part.alphabet === 'pad') return '='.repeat(length);
  // URL-encoded base64: letters and digits with `%2B`, `%2F`, `%3D` escapes (never printf-like `%s`)
  if (part.alphabet === 'urlenc')
    return chars(length, alphabetChars('alnum'))
      .replace(/.{20}/g, '$&%2B')
      .slice(0, length)
      .replace(/%[0-9A-F]?$/, (cut) => 'x'.repeat(cut.length));
  return chars(length, alphabetChars(part.alphabet));
}

/** A key of the entry's shape; `change` alters the part at `index` (for near misses). */
export function keyOf(
  parts: readonly Part[],
  chars: Chars,
  lengths: Lengths = 'mid',
  change?: { index: number; delta?: number; replace?: (text: string) => string },
): string {
  return parts
    .map((part, index) => {
      if (typeof part === 'string') return part;
      const delta = change?.index === index ? (change.delta ?? 0) : 0;
      const text = runText(part, chars, lengths, delta);
      return change?.index === index && change.replace ? change.replace(text) : text;
    })
    .join('');
}

/** The variable name a named entry's samples use: its env name when that contains one of its names. */
export function sampleName(spec: TokenSpec): string {
  const squash = (text: string) => text.toLowerCase().replace(/[_.-]/g, '');
  const env = squash(spec.envName);
  if (spec.names!.some((name) => env.includes(squash(name)))) return spec.envName;
  return `${spec.names![0]!.toUpperCase()}_KEY`;
}

const camel = (screaming: string) =>
  screaming
    .toLowerCase()
    .split('_')
    .map((word, i) => (i === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');

/** Where the key sits in a sample: plain code for prefixed keys, an assignment to the right name for named ones. */
function placements(spec: TokenSpec, key: string): Positive[] {
  if (spec.context) {
    const word = spec.context[0]!;
    return [
      { text: `[DEBUG] calling the ${word} API\n[DEBUG] key=${key}\n`, secret: key, path: 'app.log' },
      { text: `  <secret>{${word} token ${key}}</secret>\n`, secret: key, path: 'credentials.xml' },
      // in code, in a comment (a named detector of the same provider would take an assignment)
      { text: `// ${word} key: ${key}\n`, secret: key, path: 'src/client.ts' },
    ];
  }
  // entries that need a word nearby (`near`: the provider's name) get it in a comment above
  const note = spec.near ? `// ${spec.near[0]} credentials\n` : '';
  if (!spec.names) return [{ text: `${note}const credential = "${key}";\n`, secret: key }];
  const name = sampleName(spec);
  return [
    { text: `${name}=${key}\n`, secret: key, path: '.env' },
    { text: `const ${camel(name)} = "${key}";\n`, secret: key },
  ];
}

function inContext(spec: TokenSpec, key: string): string {
  return placements(spec, key)[0]!.text;
}

const OUTSIDE = 'gzGZ';

/** Derives positives and near misses for one entry. */
export function tableEntrySamples(spec: TokenSpec, chars: Chars): DetectorSamples {
  const parts = partsOf(spec);
  const runs = parts.map((part, index) => ({ part, index })).filter((entry) => typeof entry.part !== 'string') as {
    part: Run;
    index: number;
  }[];
  const positives = [
    ...placements(spec, keyOf(parts, chars, 'min')),
    ...placements(spec, keyOf(parts, chars, 'max')).slice(0, 1),
  ];
  const negatives: string[] | { text: string; path: string }[] = [];
  const add = (text: string) => (negatives as string[]).push(text);
  // the longest run, for the changes that should break the key
  const longest = runs.filter((r) => r.part.alphabet !== 'pad').sort((a, b) => b.part.max - a.part.max)[0]!;
  const last = parts[parts.length - 1]!;
  if (longest.part.min > 1) add(inContext(spec, keyOf(parts, chars, 'min', { index: longest.index, delta: -1 })));
  if (typeof last !== 'string' && last.alphabet !== 'pad') {
    const extra = alphabetChars(last.alphabet)[0]!;
    add(inContext(spec, keyOf(parts, chars, 'max') + extra));
  }
  const own = alphabetChars(longest.part.alphabet);
  const outside = [...OUTSIDE].find((c) => !own.includes(c));
  if (outside && longest.part.min >= 4) {
    add(
      inContext(
        spec,
        keyOf(parts, chars, 'mid', {
          index: longest.index,
          replace: (text) => text.slice(0, text.length >> 1) + outside + text.slice((text.length >> 1) + 1),
        }),
      ),
    );
  }
  // documentation placeholders
  const prefix = typeof parts[0] === 'string' ? parts[0] : '';
  add(inContext(spec, `${prefix}xxxxxxxx`));
  add(inContext(spec, `${prefix}your_api_key_here`));
  if (spec.context) {
    const word = spec.context[0]!;
    const key = keyOf(parts, chars, 'mid');
    // the provider word too far before the key, glued to a word before it, or only after the key
    add(`${word} settings${'.'.repeat(60)}\nkey=${key}\n`);
    add(`const my${word.toLowerCase()}Value = "${key}";\n`);
    add(`key=${key} # ${word}\n`);
    // the provider word right before a value, but no credential word: a commit SHA, a request id, a hash
    add(`[INFO] ${word} dashboard updated in ${key}\n`);
    add(`export const m = { ${word.toLowerCase().replace(/[^a-z0-9]/g, '')}: { sha: "${key}" } };\n`);
    // in code, a bare run after the word is an identifier, not a literal
    add(`const handlers = [${word.toLowerCase().replace(/[^a-z0-9]/g, '')}Handler, ${key}];\n`);
    add(`const unrelatedValue = "${key}";\n`);
  } else if (spec.names) add(`const unrelatedValue = "${keyOf(parts, chars, 'mid')}";\n`);
  else add(`const credential = "x${keyOf(parts, chars, 'mid')}";\n`);
  // the shape without the word it needs nearby
  if (spec.near) add(`const credential = "${keyOf(parts, chars, 'mid')}";\n`);
  return { positives, negatives };
}

/** Samples for every table entry, keyed by detector id. */
export function tableSamples(chars: Chars): Record<string, DetectorSamples> {
  return Object.fromEntries([...tableSpecs.values()].map((spec) => [spec.id, tableEntrySamples(spec, chars)]));
}
