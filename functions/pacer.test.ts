import { RequestPacer } from './pacer';
import { VirtualClock } from './testing/virtual-clock';

describe('RequestPacer', () => {
  test('lets the first `limit` requests through at once, then one per freed slot', async () => {
    const clock = new VirtualClock(0);
    const pacer = new RequestPacer(3, clock, 60_000);
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      await pacer.take();
      times.push(clock.now());
    }
    expect(times.slice(0, 3)).toEqual([0, 0, 0]);
    expect(times[3]).toBe(60_001);
    expect(times[6]).toBe(120_002);
    // No window of 60 s ever holds more than 3.
    for (const t of times) expect(times.filter((u) => u > t - 60_000 && u <= t).length).toBeLessThanOrEqual(3);
  });

  test('does not wait while under the limit', async () => {
    const clock = new VirtualClock(0);
    const pacer = new RequestPacer(60, clock);
    for (let i = 0; i < 60; i++) await pacer.take();
    expect(clock.slept).toBe(0);
    expect(pacer.waitedMs).toBe(0);
  });
});
