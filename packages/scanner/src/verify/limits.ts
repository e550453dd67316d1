/** How hard verification may press on vendors. */
export interface Limits {
  /** Requests in flight at once, across all hosts. */
  readonly concurrency: number;
  /** Requests in flight at once to one host. */
  readonly perHostInFlight: number;
  /** Least time between two request starts to one host (100 ms: at most 10 a second). */
  readonly perHostIntervalMs: number;
}

export const DEFAULT_LIMITS: Limits = { concurrency: 8, perHostInFlight: 2, perHostIntervalMs: 100 };

interface HostState {
  active: number;
  nextStart: number;
  /** The host answered 429 earlier in this run: nothing more is sent to it. */
  limited: boolean;
}

interface Waiter {
  readonly host: string;
  readonly start: (allowed: boolean) => void;
}

/** Bounded concurrency with a per-host cap and spacing; a host that rate-limits us is left alone for the run. */
export class Scheduler {
  private active = 0;
  private readonly hosts = new Map<string, HostState>();
  private readonly queue: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;

  constructor(private readonly limits: Limits = DEFAULT_LIMITS) {}

  /** Runs `task` when the limits allow; resolves to undefined without running it if the host rate-limited us. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T | undefined> {
    const allowed = await new Promise<boolean>((start) => {
      this.queue.push({ host, start });
      this.pump();
    });
    if (!allowed) return undefined;
    try {
      return await task();
    } finally {
      this.active--;
      this.state(host).active--;
      this.pump();
    }
  }

  /** After a 429: later requests to this host are not sent. */
  rateLimited(host: string): void {
    this.state(host).limited = true;
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) this.hosts.set(host, (state = { active: 0, nextStart: 0, limited: false }));
    return state;
  }

  private pump(): void {
    const now = Date.now();
    let wakeAt = Infinity;
    for (let i = 0; i < this.queue.length;) {
      const waiter = this.queue[i]!;
      const state = this.state(waiter.host);
      if (state.limited) {
        this.queue.splice(i, 1);
        waiter.start(false);
        continue;
      }
      if (this.active >= this.limits.concurrency) break;
      if (state.active < this.limits.perHostInFlight && now >= state.nextStart) {
        this.queue.splice(i, 1);
        this.active++;
        state.active++;
        state.nextStart = now + this.limits.perHostIntervalMs;
        waiter.start(true);
        continue;
      }
      if (state.active < this.limits.perHostInFlight) wakeAt = Math.min(wakeAt, state.nextStart);
      i++;
    }
    if (wakeAt < this.timerAt) {
      clearTimeout(this.timer);
      this.timerAt = wakeAt;
      this.timer = setTimeout(
        () => {
          this.timer = undefined;
          this.timerAt = Infinity;
          this.pump();
        },
        Math.max(1, wakeAt - now),
      );
    }
  }
}
