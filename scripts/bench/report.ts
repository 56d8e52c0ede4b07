/**
 * One report shape for every benchmark, printed as text tables or as JSON (`--json`). A report is a list of sections
 * so that other measurements join it without changing it: the Apps Script side adds a section with service calls per
 * submission, the cloud-function side one with API requests per rebuild (from their fakes), each with its metrics
 * (one number each, with a target when there is one) and tables.
 */
import { cpus, totalmem } from 'node:os';

export interface Target {
  /** The value must be at most (`<=`) or at least (`>=`) `value`. */
  op: '<=' | '>=';
  value: number;
}

export interface Metric {
  /** Stable identifier, e.g. `lao_matching.wrong_pct`. */
  id: string;
  label: string;
  value: number | null;
  unit: string;
  target?: Target;
  /** Filled by `finishReport` from value and target. */
  met?: boolean | null;
}

export type TableCell = string | number | null;

export interface Table {
  title: string;
  columns: string[];
  rows: TableCell[][];
}

export interface Section {
  /** Stable identifier, e.g. `local-job`, `lao-matching`, `apps-script`, `cloud-functions`. */
  id: string;
  title: string;
  metrics: Metric[];
  tables: Table[];
  notes: string[];
}

export interface BenchReport {
  benchmark: 'quality' | 'speed';
  generatedAt: string;
  environment: { node: string; platform: string; cpus: number; cpuModel: string; memoryMb: number };
  dataset: Record<string, string | number>;
  sections: Section[];
}

export function newReport(benchmark: BenchReport['benchmark'], dataset: BenchReport['dataset']): BenchReport {
  const cpu = cpus();
  return {
    benchmark,
    generatedAt: new Date().toISOString(),
    environment: {
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpus: cpu.length,
      cpuModel: cpu[0]?.model ?? 'unknown',
      memoryMb: Math.round(totalmem() / 2 ** 20),
    },
    dataset,
    sections: [],
  };
}

/** Whether a metric meets its target (null without a target or a value). */
export function targetMet(metric: Metric): boolean | null {
  if (!metric.target || metric.value === null) return null;
  return metric.target.op === '<=' ? metric.value <= metric.target.value : metric.value >= metric.target.value;
}

export function finishReport(report: BenchReport): BenchReport {
  for (const section of report.sections) for (const m of section.metrics) m.met = targetMet(m);
  return report;
}

/** Text form: each section's metrics (with targets) and tables, columns aligned for Thai text too. */
export function renderReport(report: BenchReport): string {
  const out: string[] = [];
  const env = report.environment;
  out.push(`${report.benchmark} benchmark, ${report.generatedAt}`);
  out.push(`node ${env.node}, ${env.platform}, ${env.cpus} × ${env.cpuModel}, ${env.memoryMb} MB`);
  out.push(
    Object.entries(report.dataset)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; '),
  );
  for (const section of report.sections) {
    out.push('', `== ${section.title} ==`);
    if (section.metrics.length) {
      out.push(
        renderTable({
          title: '',
          columns: ['metric', 'value', 'target', ''],
          rows: section.metrics.map((m) => [
            m.label,
            m.value === null ? 'n/a' : `${formatNumber(m.value)} ${m.unit}`.trim(),
            m.target ? `${m.target.op} ${formatNumber(m.target.value)} ${m.unit}`.trim() : '',
            m.met === true ? 'met' : m.met === false ? 'MISSED' : '',
          ]),
        }),
      );
    }
    for (const table of section.tables) out.push('', table.title ? `${table.title}` : '', renderTable(table));
    for (const note of section.notes) out.push(`  * ${note}`);
  }
  return out.filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n');
}

export function renderTable(table: Table): string {
  const text = (c: TableCell) => (c === null ? '' : typeof c === 'number' ? formatNumber(c) : c);
  const rows = [table.columns, ...table.rows.map((r) => r.map(text))];
  const widths = table.columns.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]) =>
    '  ' +
    cells
      .map((c, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - displayWidth(c));
        return i === 0 ? c + pad : pad + c;
      })
      .join('  ');
  return [line(rows[0]!), '  ' + widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** Columns a terminal gives the text: Thai vowel and tone marks above or below a letter take none. */
function displayWidth(text: string): number {
  return [...text.replace(/[\p{Mn}\p{Me}\u200B-\u200D]/gu, '')].length;
}

export function formatNumber(x: number): string {
  if (Number.isInteger(x)) return x.toLocaleString('en-US');
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : Math.abs(x) >= 1 ? 2 : 3;
  return x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** `--json` prints the report as JSON only (for joining with other reports); otherwise the text form. */
export function printReport(report: BenchReport, json: boolean): void {
  finishReport(report);
  console.log(json ? JSON.stringify(report, null, 2) : renderReport(report));
}

export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : (100 * part) / whole;
}
