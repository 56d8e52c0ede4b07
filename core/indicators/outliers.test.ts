import { medianOf, modifiedZ, outlierScale } from './outliers';

/** Reference median by sorting, to check the selection against. */
function sortedMedian(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

describe('median and modified z-score', () => {
  test('quickselect median equals the sorted median, odd and even, with ties', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let n = 1; n <= 60; n++) {
      const values = Array.from({ length: n }, () => Math.round(rnd() * 20));
      expect(medianOf(Float64Array.from(values))).toBe(sortedMedian(values));
    }
    expect(medianOf(new Float64Array(0))).toBeNaN();
  });

  test('0.6745 (x − median) / MAD', () => {
    const scale = outlierScale(Float64Array.from([1, 2, 3, 4, 100]));
    // median 3, deviations 2 1 0 1 97 → MAD 1
    expect(scale.median).toBe(3);
    expect(modifiedZ(100, scale)).toBeCloseTo(0.6745 * 97, 9);
  });

  test('MAD 0 falls back to 1.253314 × mean absolute deviation; no spread at all gives no score', () => {
    const scale = outlierScale(Float64Array.from([5, 5, 5, 5, 15]));
    // mean absolute deviation 2
    expect(modifiedZ(15, scale)).toBeCloseTo(10 / (1.253314 * 2), 9);
    expect(modifiedZ(5, outlierScale(Float64Array.from([5, 5, 5])))).toBeNull();
  });
});
