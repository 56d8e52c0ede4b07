import { parseRebuildConfig } from './config';

const minimal = { sourceSpreadsheetId: 'src', folderId: 'folder', coordinators: { ตาก: ['tak@example.go.th'] } };

describe('parseRebuildConfig', () => {
  test('fills in defaults from the sheet definitions', () => {
    const read = parseRebuildConfig(JSON.stringify(minimal));
    expect(read).toEqual({
      ok: true,
      config: {
        sourceSpreadsheetId: 'src',
        folderId: 'folder',
        sheetNames: { registry: 'ทะเบียน อปท.', sessions: 'รอบการประชุม', responses: 'การตอบกลับแบบฟอร์ม 1', catalog: 'ตัวชี้วัด', entries: 'ข้อมูลตัวชี้วัด' },
        rsvp: true,
        indicators: false,
        coordinators: { ตาก: ['tak@example.go.th'] },
        nationalViewers: [],
        shareRole: 'reader',
        notifyNewViewers: true,
      },
    });
  });

  test('every problem is reported at once, in Thai, with where it is', () => {
    const read = parseRebuildConfig(
      JSON.stringify({ folderId: '  ', coordinators: { ตาก: ['not-an-email'] }, shareRole: 'owner', extra: 1 }),
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const [title, ...lines] = read.message.split('\n');
    expect(title).toBe('การตั้งค่า REBUILD_CONFIG ไม่ถูกต้อง:');
    expect(lines.sort()).toEqual(
      [
        '- (ทั้งหมด): ไม่รู้จักหัวข้อ extra',
        '- sourceSpreadsheetId: ต้องระบุ',
        '- folderId: ต้องไม่ว่าง',
        '- coordinators.ตาก.0: "not-an-email" ไม่ใช่อีเมลที่ถูกต้อง',
        '- shareRole: ต้องเป็นค่าใดค่าหนึ่งใน reader, commenter',
      ].sort(),
    );
  });

  test('missing or broken JSON, or nothing to do', () => {
    expect(parseRebuildConfig(undefined)).toEqual({ ok: false, message: expect.stringContaining('REBUILD_CONFIG') });
    expect(parseRebuildConfig('{')).toEqual({ ok: false, message: expect.stringContaining('ไม่ใช่ JSON') });
    expect(parseRebuildConfig(JSON.stringify({ ...minimal, rsvp: false }))).toEqual({ ok: false, message: expect.stringContaining('rsvp และ indicators') });
  });
});
