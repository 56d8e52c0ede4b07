import type { Clock } from './clock';

/**
 * Keeps at most `limit` requests in any sliding window of `windowMs`, waiting on the clock when full.
 * A sliding window is stricter than Google's per-minute refill, so staying within it never trips the quota.
 */
export class RequestPacer {
  private readonly sent: number[] = [];
  /** Total time spent waiting, for the run summary. */
  waitedMs = 0;

  constructor(
    private readonly limit: number,
    private readonly clock: Clock,
    private readonly windowMs = 60_000,
  ) {
    if (!(limit >= 1)) throw new Error(`pacer limit must be at least 1, got ${limit}`);
  }

  async take(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.sent.length && this.sent[0]! <= now - this.windowMs) this.sent.shift();
      if (this.sent.length < this.limit) {
        this.sent.push(now);
        return;
      }
      const wait = this.sent[0]! + this.windowMs - now + 1;
      this.waitedMs += wait;
      await this.clock.sleep(wait);
    }
  }
}
