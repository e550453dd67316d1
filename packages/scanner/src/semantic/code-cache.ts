import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

// TypeScript's bundle is 9 MB of JavaScript (the CLI's bundle loads a 1.8 MB subset of it); compiling it costs
// ~250 ms (~60 ms) on every start, which a pre-commit hook cannot afford. V8 can save its compiled code and
// reuse it: the first run writes the cache, later runs skip the compile. Only files over LARGE bytes go through
// the cache (TypeScript, in practice).
// The cache holds compiled library code only, never scanned content; it lives in the user's own cache
// directory, and any failure falls back to a normal compile.

const LARGE = 1024 * 1024;

interface CompilingModule {
  exports: unknown;
  _compile(content: string, filename: string): unknown;
}

let installed = false;
/** Scripts compiled without a usable cache, saved once the pass has run (see saveCodeCache). */
const unsaved: { file: string; script: vm.Script }[] = [];

/** The directory of the code cache: `$KEYWARD_CACHE_DIR`, else `$XDG_CACHE_HOME/keyward`, else `~/.cache/keyward`. */
export function codeCacheDirectory(): string {
  const base =
    process.env['KEYWARD_CACHE_DIR'] ??
    path.join(process.env['XDG_CACHE_HOME'] ?? path.join(homedir(), '.cache'), 'keyward');
  return path.join(base, 'v8');
}

/** Routes the compilation of large CommonJS files through a V8 code cache, once per process. */
export function enableCodeCache(): void {
  if (installed || process.env['KEYWARD_NO_CODE_CACHE']) return;
  installed = true;
  const prototype = (Module as unknown as { prototype: CompilingModule }).prototype;
  const compile = prototype._compile;
  prototype._compile = function cachedCompile(this: CompilingModule, content: string, filename: string) {
    if (content.length < LARGE) return compile.call(this, content, filename);
    try {
      return compileWithCache(this, content, filename);
    } catch {
      return compile.call(this, content, filename);
    }
  };
}

function compileWithCache(module: CompilingModule, content: string, filename: string): unknown {
  const stat = statSync(filename);
  const key = createHash('sha256')
    .update(`${filename}\0${stat.size}\0${stat.mtimeMs}\0${process.version}\0${process.arch}`)
    .digest('hex')
    .slice(0, 32);
  const file = path.join(codeCacheDirectory(), `${key}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(file);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(content), { filename, ...(cachedData ? { cachedData } : {}) });
  const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
  const result = wrapper.call(
    module.exports,
    module.exports,
    createRequire(filename),
    module,
    filename,
    path.dirname(filename),
  );
  if (!cachedData || script.cachedDataRejected) unsaved.push({ file, script });
  return result;
}

/**
 * Writes the caches of scripts compiled without one. Called after the semantic pass has run, so the cache also
 * holds the parser functions V8 compiled lazily during the pass, not just the module's top level.
 */
export function saveCodeCache(): void {
  for (const { file, script } of unsaved.splice(0)) save(file, script.createCachedData());
}

/** Caches of earlier TypeScript or Node versions: the newest few are kept, the rest removed. */
const KEPT = 4;

function prune(directory: string, current: string): void {
  const caches = readdirSync(directory)
    .filter((name) => name.endsWith('.bin'))
    .map((name) => path.join(directory, name))
    .filter((file) => file !== current)
    .map((file) => ({ file, mtime: statSync(file).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { file } of caches.slice(KEPT - 1)) rmSync(file, { force: true });
}

function save(file: string, data: Buffer): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, file); // atomic: a concurrent run reads the old cache or the new one, never half
    prune(path.dirname(file), file);
  } catch {
    // a read-only home or a full disk only costs the next run its speed
  }
}
