import { createRng, weightedSampler } from './random';

describe('seeded random numbers', () => {
  test('the same seed gives the same stream, another seed another one', () => {
    const draw = (seed: number | string) => {
      const rng = createRng(seed);
      return Array.from({ length: 20 }, () => rng.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw('demo')).toEqual(draw('demo'));
    expect(draw(42)).not.toEqual(draw(43));
  });

  test('draws are uniform enough: every decile gets about a tenth', () => {
    const rng = createRng(7);
    const deciles = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = rng.next();
      if (x < 0 || x >= 1) outside++;
      else deciles[Math.floor(x * 10)]! += 1;
    }
    expect(outside).toBe(0);
    for (const n of deciles) expect(Math.abs(n - 10_000)).toBeLessThan(500);
  });

  test('int, between, pick and shuffle stay in range and shuffle keeps every item', () => {
    const rng = createRng(1);
    const ints = new Set(Array.from({ length: 1000 }, () => rng.int(5)));
    expect([...ints].sort()).toEqual([0, 1, 2, 3, 4]);
    const betweens = new Set(Array.from({ length: 1000 }, () => rng.between(3, 4)));
    expect([...betweens].sort()).toEqual([3, 4]);
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = rng.shuffle([...items]);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(() => rng.pick([])).toThrow();
  });

  test('weighted picks follow the weights, zero weight never', () => {
    const rng = createRng(3);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 30_000; i++)
      counts[
        rng.weighted([
          ['a', 1],
          ['b', 2],
          ['c', 0],
        ] as const)
      ] += 1;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(1.8);
    expect(counts.b / counts.a).toBeLessThan(2.2);
  });

  test('a weighted sampler draws like weighted picks: by weight, never a zero weight', () => {
    const rng = createRng(4);
    const pick = weightedSampler([
      ['a', 1],
      ['b', 0],
      ['c', 3],
    ] as const);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 40_000; i++) counts[pick(rng)] += 1;
    expect(counts.b).toBe(0);
    expect(counts.c / counts.a).toBeGreaterThan(2.8);
    expect(counts.c / counts.a).toBeLessThan(3.2);
    expect(() => weightedSampler([])).toThrow();
  });

  test('normal draws have mean about 0 and deviation about 1', () => {
    const rng = createRng(5);
    const xs = Array.from({ length: 20_000 }, () => rng.normal());
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });

  test('a fork is reproducible and does not move the parent stream', () => {
    const a = createRng(9);
    const b = createRng(9);
    const forkA = a.fork('stage');
    const forkB = createRng(9).fork('stage');
    expect(Array.from({ length: 5 }, () => forkA.next())).toEqual(Array.from({ length: 5 }, () => forkB.next()));
    expect(a.next()).toBe(b.next());
    expect(createRng(9).fork('one').next()).not.toBe(createRng(9).fork('two').next());
  });
});
