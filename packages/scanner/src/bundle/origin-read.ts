// Which read put a value into the bundle, told from the original line's syntax: only names are returned
// (`import.meta.env.VITE_OPENAI_API_KEY`, `__API_KEY__`), never the text of the line.

const ENV_READ =
  /(import\.meta\.env|process\.env)[ \t]*(?:\??\.[ \t]*([A-Za-z_$][\w$]{0,127})|\??\.?\[[ \t]*(['"`])([A-Za-z_$][\w$]{0,127})\3[ \t]*\])/y;
const ENV_READ_ANYWHERE = new RegExp(ENV_READ.source, 'g');
const NAME_CHAIN = /[A-Za-z_$][\w$]{0,127}(?:[ \t]*\??\.[ \t]*[A-Za-z_$][\w$]{0,127}){0,8}/y;
const MAX_LINE = 4096;

/** What an original line reads at a column: an env read, a build-time constant, a literal, or unknown. */
export type OriginRead =
  | { readonly kind: 'env'; readonly read: string }
  | { readonly kind: 'identifier'; readonly read: string }
  | { readonly kind: 'literal' }
  | undefined;

/** Reads the syntax at `column` (0-based) of `line`: an env read, a literal (or one folded with an env read), a name. */
export function readAt(line: string, column: number): OriginRead {
  if (line.length > MAX_LINE) line = line.slice(0, MAX_LINE);
  ENV_READ.lastIndex = column;
  const env = ENV_READ.exec(line);
  if (env) return { kind: 'env', read: `${env[1]}.${env[2] ?? env[4]}` };
  const char = line[column];
  if (char === '"' || char === "'" || char === '`') {
    // `'Bearer ' + import.meta.env.X`: the bundler folded the concatenation into one literal
    const close = line.indexOf(char, column + 1);
    const joined = close === -1 ? undefined : /^[ \t]*\+[ \t]*/.exec(line.slice(close + 1, close + 64));
    if (joined) {
      ENV_READ.lastIndex = close + 1 + joined[0].length;
      const next = ENV_READ.exec(line);
      if (next) return { kind: 'env', read: `${next[1]}.${next[2] ?? next[4]}` };
    }
    return { kind: 'literal' };
  }
  NAME_CHAIN.lastIndex = column;
  const chain = NAME_CHAIN.exec(line);
  if (chain && !/^(?:const|let|var|return|export|import|new|await|typeof)$/.test(chain[0]))
    return { kind: 'identifier', read: chain[0].replace(/[ \t]/g, '') };
  return undefined;
}

/** The line's env read when it has exactly one: a last resort when the map points at no read itself. */
export function onlyEnvRead(line: string): string | undefined {
  const reads = [...line.slice(0, MAX_LINE).matchAll(ENV_READ_ANYWHERE)];
  return reads.length === 1 ? `${reads[0]![1]}.${reads[0]![2] ?? reads[0]![4]}` : undefined;
}

/** The 1-based `line` of a text, or undefined past its end. */
export function lineOf(text: string, line: number): string | undefined {
  let start = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return undefined;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
}

const INITIALISER = /^[A-Za-z_$][\w$]{0,127}(?:[ \t]*\??\.[ \t]*[A-Za-z_$][\w$]{0,127}){0,8}/;

/**
 * Follows a local name to what it was declared from, a few hops at most (`const signature =
 * __SIGNING_KEY__;` gives `__SIGNING_KEY__`), when the bundler inlined the declaration into its use.
 * Names in, names out: only identifiers and member chains are returned.
 */
export function followLocal(text: string, name: string, hops = 3): string {
  let current = name;
  for (let hop = 0; hop < hops && /^[A-Za-z_$][\w$]{0,127}$/.test(current); hop++) {
    const declaration = new RegExp(
      `(?:^|[^\\w$.])(?:const|let|var)[ \\t]+${current.replace(/\$/g, '\\$')}[ \\t]*(?::[^=\\n]{0,200})?=[ \\t]*`,
      'g',
    ).exec(text);
    if (!declaration) break;
    const after = text.slice(
      declaration.index + declaration[0].length,
      declaration.index + declaration[0].length + 1200,
    );
    ENV_READ.lastIndex = 0;
    const env = ENV_READ.exec(after);
    if (env) return `${env[1]}.${env[2] ?? env[4]}`;
    const chain = INITIALISER.exec(after);
    if (!chain || !/^[ \t]*[;,)\n]/.test(after.slice(chain[0].length))) break;
    current = chain[0].replace(/[ \t]/g, '');
  }
  return current;
}
