/**
 * report.json's indicator rows as columns, to cross from the indicator thread to the main thread: 400,000 rows are
 * 8 MB of typed arrays handed over without a copy, where the rows as objects would be cloned one by one and their
 * text (made on the thread) would be 60 MB held until written. The main thread remakes each row as it writes it.
 */
import type { ReportEntry } from '../../core/indicators/report';
import { INDICATOR_RESULTS } from '../../core/vocabulary';

/** The columns, as posted between threads (`transferList` hands their buffers over). */
export interface ReportRowsData {
  count: number;
  row: Int32Array;
  /** Index into `codes`. */
  laoCode: Int32Array;
  indicatorCode: Int32Array;
  /** NaN: null. */
  ratioPct: Float64Array;
  /** Index into INDICATOR_RESULTS; -1: null. */
  result: Int8Array;
  /** Each distinct LAO and indicator code, once. */
  codes: string[];
  /** Only the rows with a reason: their index, error codes and warning codes. */
  reasons: Array<[index: number, errors: string[], warnings: string[]]>;
  /** Rows with at least one error (the command line's closing summary). */
  withErrors: number;
}

/** Collects the rows as they are made (core/indicators/report.ts's `each`). */
export class ReportRowsBuilder {
  private length = 0;
  private row = new Int32Array(1024);
  private laoCode = new Int32Array(1024);
  private indicatorCode = new Int32Array(1024);
  private ratioPct = new Float64Array(1024);
  private result = new Int8Array(1024);
  private readonly codes: string[] = [];
  private readonly codeIndex = new Map<string, number>();
  private readonly reasons: ReportRowsData['reasons'] = [];
  private withErrors = 0;

  add(entry: ReportEntry): void {
    if (this.length === this.row.length) this.grow();
    const i = this.length++;
    this.row[i] = entry.row;
    this.laoCode[i] = this.code(entry.laoCode);
    this.indicatorCode[i] = this.code(entry.indicatorCode);
    this.ratioPct[i] = entry.ratioPct ?? NaN;
    this.result[i] = entry.result === null ? -1 : INDICATOR_RESULTS.indexOf(entry.result);
    if (entry.errors.length || entry.warnings.length) this.reasons.push([i, [...entry.errors], [...entry.warnings]]);
    if (entry.errors.length) this.withErrors++;
  }

  /** The columns, cut to their length; the buffers to hand over with them. */
  finish(): { data: ReportRowsData; transfer: ArrayBuffer[] } {
    const n = this.length;
    const data: ReportRowsData = {
      count: n,
      row: this.row.slice(0, n),
      laoCode: this.laoCode.slice(0, n),
      indicatorCode: this.indicatorCode.slice(0, n),
      ratioPct: this.ratioPct.slice(0, n),
      result: this.result.slice(0, n),
      codes: this.codes,
      reasons: this.reasons,
      withErrors: this.withErrors,
    };
    return { data, transfer: [data.row, data.laoCode, data.indicatorCode, data.ratioPct, data.result].map((a) => a.buffer as ArrayBuffer) };
  }

  private code(code: string): number {
    let index = this.codeIndex.get(code);
    if (index === undefined) {
      index = this.codes.push(code) - 1;
      this.codeIndex.set(code, index);
    }
    return index;
  }

  private grow(): void {
    const grown = <T extends Int32Array | Float64Array | Int8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.row = grown(this.row);
    this.laoCode = grown(this.laoCode);
    this.indicatorCode = grown(this.indicatorCode);
    this.ratioPct = grown(this.ratioPct);
    this.result = grown(this.result);
  }
}

const NONE = Object.freeze([]) as readonly string[] as string[];

/**
 * Every row, made one at a time when asked for (the JSON writer asks as it writes): the same fields in the same order
 * as core/indicators/report.ts makes them, so each row's JSON is the same text.
 */
export function reportRows(data: ReportRowsData): { length: number; at: (i: number) => ReportEntry } {
  const reasons = new Map(data.reasons.map(([i, errors, warnings]) => [i, { errors, warnings }]));
  const at = (i: number): ReportEntry => {
    const ratio = data.ratioPct[i]!;
    const result = data.result[i]!;
    const { errors, warnings } = reasons.get(i) ?? { errors: NONE, warnings: NONE };
    return {
      row: data.row[i]!,
      laoCode: data.codes[data.laoCode[i]!]!,
      indicatorCode: data.codes[data.indicatorCode[i]!]!,
      ratioPct: Number.isNaN(ratio) ? null : ratio,
      result: result < 0 ? null : INDICATOR_RESULTS[result]!,
      errors,
      warnings,
    };
  };
  return { length: data.count, at };
}
