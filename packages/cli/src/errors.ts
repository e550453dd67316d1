/** A mistake in how the command was called: exit 2 with a one-line reason. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Errors whose message is already the one line the user should see (by name, so `--help` loads no library). */
const EXPECTED = new Set([
  'UsageError',
  'ConfigError',
  'BaselineError',
  'MissingPathError',
  'GitError',
  'NoBuildOutputError',
  'VerifyConfigError',
  'MemoryLimitError',
]);

/** Maps any error to the one-line reason the user sees; every error is exit code 2. */
export function describeError(error: unknown): string {
  if (error instanceof Error && EXPECTED.has(error.name)) return error.message;
  const err = error as NodeJS.ErrnoException;
  if (err && typeof err === 'object' && err.code && err.path) return `${err.code}: ${err.path}`;
  return `internal error: ${(err as Error)?.message ?? String(error)}`;
}

/**
 * `describeError`, with any key in an unexpected error's message redacted (a library's message may quote the
 * text it choked on). Loads core only for such errors, so `--help` still loads no library.
 */
export async function describeErrorSafely(error: unknown): Promise<string> {
  const described = describeError(error);
  if (!described.startsWith('internal error: ')) return described;
  const { redactKeys } = await import('@keyward/core');
  return redactKeys(described);
}
