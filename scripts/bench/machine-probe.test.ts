import { probeMachine, scatteredReads } from './machine-probe';

describe('the machine probe', () => {
  test('the worker runs the same loop as the main thread (same checksum), each timed', async () => {
    const probe = await probeMachine({ megabytes: 1, passes: 2, rounds: 1 });
    expect(probe.checksums.worker).toBe(probe.checksums.main);
    expect(probe.checksums.main).toBe(scatteredReads(1, 2));
    expect(probe.aloneMs).toBeGreaterThan(0);
    expect(probe.togetherMs.main).toBeGreaterThan(0);
    expect(probe.togetherMs.worker).toBeGreaterThan(0);
    expect(probe.throughput).toBeCloseTo(probe.aloneMs / probe.togetherMs.main + probe.aloneMs / probe.togetherMs.worker);
  });

  test('each pass does the work again: the checksum grows with the passes', () => {
    // Every pass adds to the slots it jumps to and reads them back, so a second pass reads larger values.
    expect(scatteredReads(1, 1)).toBeLessThan(scatteredReads(1, 2));
  });

  test('an array size the loop cannot mask is refused', async () => {
    await expect(probeMachine({ megabytes: 3, passes: 1, rounds: 1 })).rejects.toThrow('power of two');
  });
});
