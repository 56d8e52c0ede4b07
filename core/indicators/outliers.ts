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
  const sorted = values.slice().sort();
  const median = medianOfSorted(sorted);
  const deviations = new Float64Array(sorted.length);
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) {
    deviations[i] = Math.abs(sorted[i]! - median);
    sum += deviations[i]!;
  }
  const mad = medianOfSorted(deviations.sort());
  if (mad > 0) return { median, divisor: mad / MAD_FACTOR };
  const meanAd = sum / sorted.length;
  return { median, divisor: meanAd > 0 ? MEAN_AD_FACTOR * meanAd : null };
}

export function modifiedZ(x: number, scale: OutlierScale): number | null {
  return scale.divisor === null ? null : (x - scale.median) / scale.divisor;
}

function medianOfSorted(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
