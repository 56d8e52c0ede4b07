import { namesOfficeNotLao } from './not-an-lao';

describe('offices that are no LAO', () => {
  // As the invitation's letters name the offices it passes through (../shared/seed: สำนักงานท้องถิ่นจังหวัด sends
  // the governor's letter on to ท้องถิ่นอำเภอ and the LAOs), with the abbreviations their staff write.
  test.each([
    'สำนักงานท้องถิ่นจังหวัดตาก',
    'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดขอนแก่น',
    'สถ.จ.ขอนแก่น',
    'สถจ.ขอนแก่น',
    'สถ.อ.ชุมแพ',
    'ท้องถิ่นอำเภอชุมแพ',
    'สำนักงานท้องถิ่นอำเภอเมืองตาก',
    'ที่ว่าการอำเภอชุมแพ',
    'กรมส่งเสริมการปกครองท้องถิ่น',
    'สถ.',
    'สำนักงาน ก.ก.ถ.',
    'ก.ก.ถ.',
  ])('%s', (answer) => {
    expect(namesOfficeNotLao(answer)).toBe(true);
  });

  // LAO names that begin like them: ทต.สถาน (เชียงราย), ทต.ศาลากลาง (นนทบุรี), and LAOs written with their offices.
  test.each(['สถาน', 'อบต.สถาน', 'ศาลากลาง', 'ทต.ศาลากลาง', 'สำนักงานเทศบาลตำบลบางปู', 'ที่ทำการ อบต.แม่สัน', 'สำนักปลัด อบต.นาดี', 'ท่าหลวง'])(
    '%s is an LAO as written',
    (answer) => {
      expect(namesOfficeNotLao(answer)).toBe(false);
    },
  );
});
