import { BaselineError, ConfigError } from '@keyward/core';
import { GitError, MissingPathError } from '@keyward/scanner';

/** A mistake in how the command was called: exit 2 with a one-line reason. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Maps any error to the one-line reason the user sees; every error is exit code 2. */
export function describeError(error: unknown): string {
  if (error instanceof UsageError || error instanceof ConfigError || error instanceof BaselineError || error instanceof MissingPathError || error instanceof GitError) {
    return error.message;
  }
  const err = error as NodeJS.ErrnoException;
  if (err && typeof err === 'object' && err.code && err.path) return `${err.code}: ${err.path}`;
  return `internal error: ${(err as Error)?.message ?? String(error)}`;
}
