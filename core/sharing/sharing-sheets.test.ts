import { parseCoordinators } from './coordinators';
import { folderIdOf, parseSettings } from './settings';

describe('parseCoordinators', () => {
  it('maps provinces as the registry spells them (จ. prefixes accepted) to e-mails, each once', () => {
    const read = parseCoordinators(
      [
        ['จังหวัด', 'อีเมล'],
        ['จ.ตาก', 'A@Gmail.com'],
        ['ตาก', 'a@gmail.com'],
        ['กทม.', 'bkk@x.th'],
        ['ทั้งประเทศ', 'dir@x.th'],
      ],
      ['ตาก', 'กรุงเทพมหานคร'],
    );
    expect(read.ok && [...read.byProvince]).toEqual([
      ['ตาก', ['a@gmail.com']],
      ['กรุงเทพมหานคร', ['bkk@x.th']],
      ['ทั้งประเทศ', ['dir@x.th']],
    ]);
  });

  it('names each bad row, in Thai, and a missing column', () => {
    const read = parseCoordinators(
      [
        ['จังหวัด', 'อีเมล'],
        ['ตากก', 'a@x.th'],
        ['ตาก', 'a@x'],
      ],
      ['ตาก'],
    );
    expect(!read.ok && read.problems.map((p) => [p.row, p.message])).toEqual([
      [1, expect.stringMatching(/ไม่รู้จักจังหวัด "ตากก"/)],
      [2, expect.stringMatching(/อีเมล "a@x" ไม่ถูกต้อง/)],
    ]);
    const several = parseCoordinators(
      [
        ['จังหวัด', 'อีเมล'],
        ['ตาก', 'a@x.th, b@x.th'],
        ['ตาก', 'Ｃ＠x.th '],
      ],
      ['ตาก'],
    );
    expect(!several.ok && several.problems.map((p) => p.row)).toEqual([1]);
    const noEmail = parseCoordinators([['จังหวัด']], ['ตาก']);
    expect(!noEmail.ok && noEmail.problems[0]!.message).toMatch(/ไม่มีคอลัมน์ "อีเมล"/);
  });
});

describe('parseSettings', () => {
  it('reads the values by Thai label, ignores other rows, refuses a label given twice', () => {
    const grid = [
      ['รายการ', 'ค่า'],
      ['บัญชีบริการของฟังก์ชันคลาวด์', ' fn@p.iam.gserviceaccount.com '],
      ['บันทึกของฉัน', 'x'],
      ['โฟลเดอร์ไฟล์สรุป', ''],
    ];
    expect(parseSettings(grid)).toEqual({ ok: true, values: { functionServiceAccount: 'fn@p.iam.gserviceaccount.com' } });
    const twice = parseSettings([...grid, ['โฟลเดอร์ไฟล์สรุป', 'abc']]);
    expect(!twice.ok && twice.problems[0]!.message).toMatch(/มีมากกว่าหนึ่งแถว/);
  });

  it('takes a folder id or a folder link', () => {
    expect(folderIdOf('https://drive.google.com/drive/folders/1AbCdEfGhIjK_lm-no?usp=sharing')).toBe('1AbCdEfGhIjK_lm-no');
    expect(folderIdOf('1AbCdEfGhIjK_lm-no')).toBe('1AbCdEfGhIjK_lm-no');
    expect(folderIdOf('โฟลเดอร์ของฉัน')).toBeNull();
  });
});
