/** What `run` may know of its surroundings; the bin fills it from the process, tests by hand. */
export interface RunContext {
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** stdout is a terminal: colours on (unless NO_COLOR / --no-color). */
  readonly stdoutIsTTY?: boolean;
  /** Writes transient progress (a TTY stderr); absent when progress must not be shown. */
  readonly progress?: (text: string) => void;
  /** Reads what is piped to stdin, up to `maxBytes`; absent when stdin is a terminal (nothing is piped). */
  readonly stdin?: (maxBytes: number) => Promise<Buffer>;
}

export interface RunResult {
  readonly exitCode: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}
