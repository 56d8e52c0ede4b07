/**
 * Robust outlier score (Iglewicz & Hoaglin): modified z = 0.6745 (x − median) / MAD. When more than half the
 * values are equal (MAD 0, common: many LAOs report 100%), the mean absolute deviation stands in, scaled by
 * 1.253314 so both estimate the same spread; when every value is equal there is no outlier.
 */
export interface OutlierScale {
  median: number;
  /** Divisor that turns (x − median) into a modified z-score; null when the values do not vary. */
  divisor: number | null;
}

const MAD_FACTOR = 0.6745;
const MEAN_AD_FACTOR = 1.253314;

export function outlierScale(values: Float64Array): OutlierScale {
  const median = medianOf(values.slice());
  const deviations = new Float64Array(values.length);
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    deviations[i] = Math.abs(values[i]! - median);
    sum += deviations[i]!;
  }
  const mad = medianOf(deviations);
  if (mad > 0) return { median, divisor: mad / MAD_FACTOR };
  const meanAd = sum / values.length;
  return { median, divisor: meanAd > 0 ? MEAN_AD_FACTOR * meanAd : null };
}

export function modifiedZ(x: number, scale: OutlierScale): number | null {
  return scale.divisor === null ? null : (x - scale.median) / scale.divisor;
}

/** Median by quickselect, O(n) instead of a sort; reorders `a`. NaN for no values. */
export function medianOf(a: Float64Array): number {
  const n = a.length;
  if (n === 0) return NaN;
  const upper = select(a, n >> 1);
  if (n % 2) return upper;
  // After selecting k, every value left of k is ≤ a[k]: the lower middle is their maximum.
  let lower = -Infinity;
  for (let i = 0; i < n >> 1; i++) if (a[i]! > lower) lower = a[i]!;
  return (lower + upper) / 2;
}

/** Hoare's selection: the k-th smallest value, with smaller values moved left of k. */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}
