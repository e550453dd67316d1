/** One `NAME=value` assignment of a `.env` file, with its value unquoted and `${VAR}` references expanded. */
export interface EnvEntry {
  readonly name: string;
  readonly value: string;
  /** 1-based line of the assignment. */
  readonly line: number;
}

const ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]{0,127})[ \t]*=[ \t]*/;
const MAX_VALUE = 64 * 1024;

/**
 * Parses `.env` text as dotenv and the bundlers that read it do: `export` prefixes, `#` comments, single,
 * double and backtick quotes (double quotes may span lines and know `\n`), unquoted values end at ` #`.
 * Later assignments win. Linear: each character is looked at a bounded number of times.
 */
export function parseEnvFile(text: string): EnvEntry[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const entries = new Map<string, EnvEntry>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const head = ASSIGNMENT.exec(line);
    if (!head) continue;
    const name = head[1]!;
    let rest = line.slice(head[0].length);
    const quote = rest[0];
    let value: string;
    const startLine = i + 1;
    if (quote === '"' || quote === "'" || quote === '`') {
      let body = rest.slice(1);
      let close = body.indexOf(quote);
      // a quoted value may continue on the next lines until its closing quote
      while (close === -1 && i + 1 < lines.length && body.length < MAX_VALUE) {
        body += `\n${lines[++i]}`;
        close = body.indexOf(quote);
      }
      value = close === -1 ? body : body.slice(0, close);
      if (quote === '"') value = value.replace(/\\([nrt"\\])/g, (_, c: string) => ESCAPES[c] ?? c);
    } else {
      const comment = rest.search(/[ \t]#/);
      if (comment !== -1) rest = rest.slice(0, comment);
      value = rest.trim();
    }
    entries.set(name, { name, value, line: startLine });
  }
  return expand([...entries.values()]);
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** `${NAME}`, `${NAME:-default}` and `$NAME` from the same file, as dotenv-expand (used by Vite) does. */
function expand(entries: EnvEntry[]): EnvEntry[] {
  const values = new Map(entries.map((entry) => [entry.name, entry.value]));
  return entries.map((entry) => {
    if (!entry.value.includes('$')) return entry;
    const value = entry.value.replace(
      /\$\{([A-Za-z_][A-Za-z0-9_]{0,127})(?::?-([^}]{0,1024}))?\}|\$([A-Za-z_][A-Za-z0-9_]{0,127})/g,
      (whole, braced: string | undefined, fallback: string | undefined, bare: string | undefined) => {
        const name = braced ?? bare!;
        if (name === entry.name) return whole;
        return values.get(name) ?? fallback ?? '';
      },
    );
    return { ...entry, value };
  });
}
