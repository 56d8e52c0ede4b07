import { medianOf } from '../../core/indicators/outliers';

/** The median of a list of timings or sizes (the core's quickselect, on a copy: the list is left as it was). */
export function median(values: readonly number[]): number {
  return medianOf(Float64Array.from(values));
}
