/** What a scan is doing: the text scan of every file, then waiting for the semantic pass (imports, data flow). */
export type Phase = 'text' | 'semantic';

/** How often the semantic line's elapsed time is redrawn (the pass runs in its own thread: this one is free). */
const TICK_MS = 1000;

/**
 * A one-line progress indicator on stderr (a terminal), shown only when a scan runs longer than about a second.
 * Each draw clears the line first, so a shorter line leaves nothing of a longer one behind.
 */
export function progressReporter(write: (text: string) => void, delayMs = 1000) {
  const started = Date.now();
  let shown = false;
  let lastDraw = 0;
  let ticker: ReturnType<typeof setInterval> | undefined;
  const draw = (text: string) => {
    shown = true;
    lastDraw = Date.now();
    write(`\r\x1b[2Kkeyward: ${text}`);
  };
  return {
    update(done: number, total: number, phase: Phase = 'text'): void {
      if (phase === 'semantic') {
        // drawn at once (the text scan's last line would stand for the whole pass), then with the time it takes
        const since = Date.now();
        const line = () => {
          const seconds = Math.round((Date.now() - since) / 1000);
          return `semantic pass over ${total} code files (imports, data flow)${seconds ? ` ${seconds} s` : ''}`;
        };
        if (Date.now() - started >= delayMs) draw(line());
        clearInterval(ticker);
        ticker = setInterval(() => Date.now() - started >= delayMs && draw(line()), TICK_MS);
        ticker.unref();
        return;
      }
      const now = Date.now();
      if (now - started < delayMs || now - lastDraw < 100) return;
      draw(`scanning ${done}/${total} files`);
    },
    done(): void {
      clearInterval(ticker);
      if (shown) write('\r\x1b[2K');
    },
  };
}
