import { createProgress } from './progress';

function capture(isTTY: boolean) {
  const written: string[] = [];
  return { out: { isTTY, write: (t: string) => written.push(t) }, written };
}

test('on a terminal: stage lines, a bar redrawn in place, cleared before the next line', () => {
  const { out, written } = capture(true);
  const progress = createProgress(out);
  progress.stage('อ่านไฟล์');
  progress.writing(1, 4);
  progress.writing(2, 4);
  progress.stage('อื่น');
  expect(written[0]).toBe('… อ่านไฟล์\n');
  expect(written[1]).toBe(`\r[${'█'.repeat(8)}${'░'.repeat(22)}] เขียนไฟล์ 1/4`);
  expect(written[2]).toBe(`\r[${'█'.repeat(15)}${'░'.repeat(15)}] เขียนไฟล์ 2/4`);
  expect(written.slice(3)).toEqual(['\r\x1b[2K', '… อื่น\n']);
  progress.writing(4, 4);
  expect(written.slice(-2)).toEqual([`\r[${'█'.repeat(30)}] เขียนไฟล์ 4/4`, '\r\x1b[2K']);
  progress.end();
  expect(written.at(-1)).toBe('\r\x1b[2K');
});

test('into a file or a pipe: plain lines at each quarter, never a carriage return', () => {
  const { out, written } = capture(false);
  const progress = createProgress(out);
  progress.stage('เขียนไฟล์');
  for (let i = 1; i <= 80; i++) progress.writing(i, 80);
  progress.end();
  expect(written).toEqual(['… เขียนไฟล์\n', '  เขียนไฟล์แล้ว 20/80\n', '  เขียนไฟล์แล้ว 40/80\n', '  เขียนไฟล์แล้ว 60/80\n', '  เขียนไฟล์แล้ว 80/80\n']);
});
