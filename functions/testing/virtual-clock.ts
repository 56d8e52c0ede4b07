import type { Clock } from '../clock';

/**
 * A clock whose `sleep` advances time at once. Shared by the adapter and the fake server, so pacing and
 * per-minute quotas see the same minutes while a test runs in milliseconds. Suits sequential callers only.
 */
export class VirtualClock implements Clock {
  private current: number;
  /** Total virtual time spent sleeping, for assertions on pacing and back-off. */
  slept = 0;

  constructor(start = Date.UTC(2026, 5, 22, 1, 0, 0)) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  async sleep(ms: number): Promise<void> {
    const step = Math.max(0, ms);
    this.current += step;
    this.slept += step;
  }
}
