import { Report } from '../../sheets-schema/report';
import { reportJson } from './outputs';

const report: Report = {
  generatedAt: '2026-06-22T08:00:00.000Z',
  responses: [
    { row: 1, status: 'ok', laoCode: '6630107', duplicateOf: null, reasons: [] },
    { row: 2, status: 'duplicate', laoCode: '6630107', duplicateOf: 1, reasons: ['duplicate_of'] },
  ],
  provinces: [{ province: 'ตาก', laosTotal: 1, laosRegistered: 1, attendees: 1, needsReview: 0, byType: { 'อบต.': { total: 1, registered: 1 } } }],
  national: { laosTotal: 1, laosRegistered: 1, attendees: 1, needsReview: 0 },
};

test('report.json: objects indented, one array element per line, the same data back', () => {
  const text = reportJson(report);
  expect(Report.parse(JSON.parse(text))).toEqual(report);
  expect(text.split('\n').slice(0, 6)).toEqual([
    '{',
    '  "generatedAt": "2026-06-22T08:00:00.000Z",',
    '  "responses": [',
    '    {"row":1,"status":"ok","laoCode":"6630107","duplicateOf":null,"reasons":[]},',
    '    {"row":2,"status":"duplicate","laoCode":"6630107","duplicateOf":1,"reasons":["duplicate_of"]}',
    '  ],',
  ]);
  expect(text.endsWith('}\n')).toBe(true);
  expect(reportJson({ ...report, responses: [] })).toContain('"responses": [],');
});
