/** A one-line progress indicator that appears only when a scan runs longer than about a second. */
export function progressReporter(write: (text: string) => void, delayMs = 1000) {
  const started = Date.now();
  let shown = false;
  let lastDraw = 0;
  return {
    update(done: number, total: number): void {
      const now = Date.now();
      if (now - started < delayMs || now - lastDraw < 100) return;
      lastDraw = now;
      shown = true;
      write(`\rkeyward: scanning ${done}/${total} files`);
    },
    done(): void {
      if (shown) write('\r\x1b[2K');
    },
  };
}
