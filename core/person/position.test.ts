/**
 * Posts as LAO staff write them. Levels are the ก.ถ. general standard's (มาตรฐานทั่วไปเกี่ยวกับตำแหน่ง): a post written
 * with its level, without it, or with ระดับ is the same post; the common abbreviations are read (ผอ., จพ., นวก., หน.),
 * others and lines of executive work tell nothing.
 */
import { comparePosts, postKey } from './position';

describe('the same post', () => {
  test.each([
    ['นักวิเคราะห์นโยบายและแผน', 'นักวิเคราะห์นโยบายและแผนชำนาญการ'],
    ['นักวิชาการศึกษาชำนาญการพิเศษ', 'นักวิชาการศึกษา ปฏิบัติการ'],
    ['เจ้าพนักงานธุรการชำนาญงาน', 'เจ้าพนักงานธุรการ ระดับปฏิบัติงาน'],
    ['นักวิชาการเงินและบัญชีอาวุโส', 'นักวิชาการเงินและบัญชี'],
    ['ผู้อำนวยการกองคลัง ระดับต้น', 'ผู้อำนวยการกองคลัง'],
    // One holds the other: the deputy's post and the post, a unit written after the post.
    ['ปลัดองค์การบริหารส่วนตำบล', 'รองปลัดองค์การบริหารส่วนตำบล'],
    ['นักวิชาการสาธารณสุข', 'นักวิชาการสาธารณสุข กองสาธารณสุขและสิ่งแวดล้อม'],
    // Typing slips.
    ['นักพัฒนาชุมชน', 'นักพัฒนาชุมน'],
    ['วิศวกรโยธา', 'วิศวกร โยธา'],
    // Common abbreviations, as HR lists and LAO pages expand them.
    ['ผอ.กองช่าง', 'ผู้อำนวยการกองช่าง'],
    ['ผอ. กองคลัง', 'ผู้อำนวยการกองคลัง ระดับต้น'],
    ['จพ.ธุรการ ชก.', 'เจ้าพนักงานธุรการชำนาญการ'],
    ['จพง.ธุรการ', 'เจ้าพนักงานธุรการ'],
    ['นวก.ศึกษา ชพ.', 'นักวิชาการศึกษาชำนาญการพิเศษ'],
    ['หน.สำนักปลัด', 'หัวหน้าสำนักปลัด'],
    ['ปลัด อบต.', 'ปลัดองค์การบริหารส่วนตำบล'],
  ])('%s / %s', (a, b) => {
    expect(comparePosts(a, b)).toBe('same');
  });
});

describe('clearly different posts', () => {
  test.each([
    ['นักพัฒนาชุมชนปฏิบัติงาน', 'นักวิชาการเงินและบัญชี'],
    ['ปลัดองค์การบริหารส่วนตำบล', 'นักวิชาการคอมพิวเตอร์'],
    ['ปลัดเทศบาล', 'วิศวกรโยธา'],
    ['ผู้อำนวยการกองการศึกษา', 'ผู้อำนวยการกองช่าง'],
    // พนักงานธุรการ is a post of contract staff, not a kind of staff.
    ['พนักงานธุรการ', 'นายช่างโยธา'],
    // Abbreviated posts, read.
    ['ผอ.กองช่าง', 'นักวิชาการคอมพิวเตอร์'],
    ['จพ.ธุรการชำนาญการ', 'ปลัดเทศบาล'],
    ['ปลัด อบต.', 'นักวิชาการศึกษา'],
  ])('%s / %s', (a, b) => {
    expect(comparePosts(a, b)).toBe('different');
  });
});

describe('nothing to tell', () => {
  test.each([
    // Not given, or not a post.
    ['', 'ปลัดเทศบาล'],
    ['-', 'ปลัดเทศบาล'],
    ['123', 'ปลัดเทศบาล'],
    // Abbreviated other than the common ones: those are many and personal.
    ['ปลัด ทต.', 'นักวิชาการศึกษา'],
    ['นักวิชาการ คอมพ.', 'นักวิชาการศึกษา'],
    ['นักวิเคราะห์ฯ', 'นักวิชาการศึกษา'],
    // A line of executive work is what a ปลัด or a director may write instead of the post.
    ['นักบริหารงานท้องถิ่น ระดับกลาง', 'ปลัดองค์การบริหารส่วนตำบล'],
    // A kind of staff, or a role for this work, rather than a post.
    ['พนักงานจ้างตามภารกิจ', 'ผู้ช่วยนักวิชาการเกษตร'],
    ['พนักงานส่วนตำบล', 'นักวิชาการศึกษา'],
    ['เจ้าหน้าที่', 'นักจัดการงานทั่วไป'],
    ['ผู้ประสานงานโครงการ', 'นักวิเคราะห์นโยบายและแผน'],
    ['ผู้รับผิดชอบงานมาตรฐานขั้นต่ำ', 'นักวิเคราะห์นโยบายและแผน'],
  ])('%s / %s', (a, b) => {
    expect(comparePosts(a, b)).toBe('unknown');
  });
});

test('the key drops spaces, punctuation and the level, and only the level at the end', () => {
  expect(postKey('นักวิชาการศึกษา ระดับชำนาญการพิเศษ')).toBe('นักวิชาการศึกษา');
  expect(postKey('เจ้าพนักงานป้องกันและบรรเทาสาธารณภัยชำนาญงาน')).toBe('เจ้าพนักงานป้องกันและบรรเทาสาธารณภัย');
  expect(postKey('หัวหน้าฝ่ายปกครอง')).toBe('หัวหน้าฝ่ายปกครอง');
});
