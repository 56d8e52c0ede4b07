import { withBangkok } from '../core/registry/import';
import { processResponses } from '../core/rsvp/pipeline';
import { BANGKOK_CODE, buildDataset } from './bench/dataset';
async function main() {
  const seed = Number(process.argv[2] ?? 2570);
  const dataset = await buildDataset({ seed, responses: 30_000, registry: (process.argv[3] ?? 'real') as any, indicators: false });
  const { responses } = dataset;
  const r = processResponses({ registry: withBangkok(dataset.registry, BANGKOK_CODE), sessions: dataset.sessions, grid: [responses.header, ...responses.rows] });
  if (!r.ok) throw new Error('x');
  const col = (h: string) => responses.header.indexOf(h);
  for (const x of r.responses) {
    const row = responses.rows[x.row - 1]!; const t = responses.truth[x.row - 1]!;
    console.log([x.row, x.laoCode ?? '-', x.status, x.duplicateOf ?? '', x.reasons.map((q) => q.code).join(','), 'truth=' + (t as any).laoCode, 'res=' + (t as any).resolvable, (t as any).mistakes.join(','), row[col('ประเภท อปท.')], row[col('ชื่อ อปท.')], row[col('อำเภอ')], row[col('จังหวัด')]].join(' | '));
  }
}
void main();
